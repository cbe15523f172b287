#pragma once
// Cheap bounds on the tensor rank of a residual: what the game shows learners after each step
// ("at least k more multiplications") and what the reward charges at the step limit.

#include <array>
#include <vector>

#include "core/tensor/ExactTensor.h"

namespace tg {

// Ranks of the three flattenings (A-side: uSize x (vSize*wSize), then B-side, then C-side).
// Each is a lower bound on the tensor rank. Over Z2 they are exact GF(2) ranks; over Z/Q they
// are ranks modulo the prime 2^31-1, which never exceed the rational rank, so they remain
// lower bounds (and equal it unless the prime divides some minor, which is vanishingly rare).
[[nodiscard]] std::array<int, 3> flatteningRanks(const ExactTensor& t);
// The same when the caller already has t.nonZeroIndices() (one scan of a large tensor less).
[[nodiscard]] std::array<int, 3> flatteningRanks(const ExactTensor& t,
                                                 const std::vector<long long>& nonZeros);
[[nodiscard]] int rankLowerBound(const ExactTensor& t);  // the largest of the three

// An upper bound on the tensor rank: every matrix slice of rank r is a sum of r rank-1 terms,
// so the sum of slice ranks along any mode bounds the tensor rank; the smallest of the three
// sums is returned. Slice ranks are exact (GF(2), or rational elimination; if that would
// overflow, the number of nonzero rows or columns is used, which is still an upper bound).
// AlphaTensor charges this at the step limit.
[[nodiscard]] int rankUpperBound(const ExactTensor& t);

}  // namespace tg
