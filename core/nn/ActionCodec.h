#pragma once
// How the policy head spells a move: u, v and w concatenated into one vector of coefficients,
// cut into chunks of k coefficients, each chunk one token of a vocabulary of |C|^k (as in
// AlphaTensor). The last chunk may be shorter than k: its missing digits are "zero" digits, and
// tokens with anything else there are invalid (the network masks them).
//
// Torch-free, so the trainer's data side and the tests use it without LibTorch.
#include <span>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/search/Evaluator.h"
#include "core/search/IntResidual.h"
#include "core/tensor/TensorSize.h"

namespace tg::nn {

// The integer values of a finite coefficient set, increasing ({0,1}, {-1,0,1}, {-2,...,2}).
// Throws std::invalid_argument for CoefficientSet::Unrestricted.
[[nodiscard]] std::vector<int> coefficientValues(CoefficientSet set);

// The network learns one spelling of each move: search::canonicalAction, with search::withinSet
// and search::hasZeroFactor for which actions it can spell (core/search/IntResidual.h).

class ActionCodec {
  public:
    // chunk 0: the default for the set (vocabulary at most 256).
    ActionCodec(TensorSize size, CoefficientSet set, int chunk = 0);

    [[nodiscard]] static int defaultChunk(CoefficientSet set);

    [[nodiscard]] const TensorSize& size() const { return size_; }
    [[nodiscard]] CoefficientSet coefficients() const { return set_; }
    [[nodiscard]] int length() const { return length_; }  // uSize + vSize + wSize
    [[nodiscard]] int chunk() const { return chunk_; }
    [[nodiscard]] int steps() const { return steps_; }  // tokens per action
    [[nodiscard]] int base() const { return static_cast<int>(values_.size()); }
    [[nodiscard]] int vocabulary() const { return vocabulary_; }
    // Index of the value 0 in values() (the padding digit).
    [[nodiscard]] int zeroDigit() const { return zeroDigit_; }
    [[nodiscard]] const std::vector<int>& values() const { return values_; }
    // Index of a value in values(); mod 2 reduces first. -1 when not in the set.
    [[nodiscard]] int digitOf(int value) const;

    // Throws std::invalid_argument when the action has the wrong lengths or leaves the set.
    [[nodiscard]] std::vector<int> encode(const search::Action& action) const;
    [[nodiscard]] search::Action decode(std::span<const int> tokens) const;
    // False for tokens of the last step whose padding digits are not the zero digit.
    [[nodiscard]] bool isValid(int step, int token) const;

  private:
    TensorSize size_;
    CoefficientSet set_;
    std::vector<int> values_;
    int zeroDigit_ = 0;
    int length_ = 0;
    int chunk_ = 0;
    int steps_ = 0;
    int vocabulary_ = 0;
};

}  // namespace tg::nn
