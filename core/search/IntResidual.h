#pragma once
// The agent's view of a TensorGame state: a dense residual with small integer entries, over Z
// or reduced mod 2. ExactTensor (rational, checked) is the reference; this is the lean copy the
// tree search makes thousands of times, so it is a plain vector of ints.
#include <cstdint>
#include <vector>

#include "core/search/Evaluator.h"
#include "core/tensor/ExactTensor.h"

namespace tg::search {

class IntResidual {
  public:
    IntResidual() = default;
    IntResidual(TensorSize size, bool mod2);
    // T<n,m,p>.
    static IntResidual matMul(TensorSize size, bool mod2);
    // Throws std::invalid_argument when an entry is not an integer (or does not fit an int).
    static IntResidual fromExact(const ExactTensor& tensor);
    // From dense entries (an Observation's); throws std::invalid_argument on a size mismatch.
    static IntResidual fromData(TensorSize size, bool mod2, std::vector<int> data);

    [[nodiscard]] const TensorSize& size() const { return size_; }
    [[nodiscard]] bool mod2() const { return mod2_; }
    [[nodiscard]] const std::vector<int>& data() const { return data_; }
    [[nodiscard]] int at(long long flat) const { return data_[static_cast<std::size_t>(flat)]; }
    [[nodiscard]] long long nonZeros() const { return nonZeros_; }
    [[nodiscard]] bool isZero() const { return nonZeros_ == 0; }

    // this -= u (x) v (x) w (mod 2 when mod2()).
    void subtract(const Action& a) { add(a, -1); }
    void add(const Action& a, int sign);
    // A 64-bit hash of the entries (for transposition checks and tests).
    [[nodiscard]] std::uint64_t hash() const;

    [[nodiscard]] ExactTensor toExact() const;
    friend bool operator==(const IntResidual&, const IntResidual&) = default;

  private:
    TensorSize size_{};
    bool mod2_ = true;
    long long nonZeros_ = 0;
    std::vector<int> data_;
};

// Conversions between the agent's actions and core's terms.
[[nodiscard]] Term termOf(const Action& a);
// Throws std::invalid_argument when a coefficient is not an integer.
[[nodiscard]] Action actionOf(const Term& t);
// True when a factor is all zero (such a move removes nothing).
[[nodiscard]] bool hasZeroFactor(const Action& a);
// Whether every coefficient of the action is in the set (mod 2: 0 or 1; Unrestricted: any).
[[nodiscard]] bool withinSet(const Action& a, CoefficientSet set);
// One spelling of a move, so that the tree's edges and the network's samples compare equal:
// mod 2 entries reduced to 0/1; otherwise the signs moved so that the first nonzero entries of u
// and v are positive (u (x) v (x) w = (-u) (x) (-v) (x) w spell the same term).
[[nodiscard]] Action canonicalAction(Action a, CoefficientSet set);

}  // namespace tg::search
