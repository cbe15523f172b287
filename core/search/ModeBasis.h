#pragma once
// A change of basis on each of the three modes of a tensor, over GF(2): T' = (P, Q, R) . T,
// and a term u (x) v (x) w of T' maps back to (P^-1 u) (x) (Q^-1 v) (x) (R^-1 w) of T. The agent
// plays some games on T in a random basis (AlphaTensor's augmentation): the target looks
// different, so the policy's habits lead to different schemes of the same tensor.
#include <cstdint>
#include <vector>

#include "core/search/IntResidual.h"

namespace tg::search {

class ModeBasis {
  public:
    // The identity on every mode.
    explicit ModeBasis(const TensorSize& size);
    // Random invertible matrices over GF(2), each a product of `mixes` random elementary row
    // additions (so the inverse is the same additions in reverse order).
    static ModeBasis random(const TensorSize& size, std::uint64_t seed, int mixes = 0);

    [[nodiscard]] IntResidual apply(const IntResidual& t) const;  // mod-2 tensors only
    [[nodiscard]] Action apply(const Action& a) const;
    [[nodiscard]] Action applyInverse(const Action& a) const;
    [[nodiscard]] bool isIdentity() const;

  private:
    using Matrix = std::vector<std::vector<int>>;  // square, entries 0/1
    static std::vector<int> times(const Matrix& m, const std::vector<int>& x);
    TensorSize size_;
    Matrix p_, q_, r_, pInv_, qInv_, rInv_;
};

}  // namespace tg::search
