#pragma once
// Moves made from the residual's own structure, for sizes where neither the policy nor uniform
// draws find good ones (3x3x3: 2^27 moves). The residual is written as rank-one terms by its
// span completion (SpanCompletion.h); two of its terms t1, t2 give moves whose every factor is
// t1's, t2's or their sum, or whose w is instead the best completion of their (u, v)
// (CompletionScore). Strassen's moves on a 2x2 corner of <3,3,3> are of this kind: his
// (a11 + a22)(b11 + b22)(c11 + c22) sums two naive terms in every factor, and (a21 + a22) b11 (...)
// sums two in u and w and keeps one's v. The same construction in a random basis gives the same
// moves seen in that basis. Mod 2 only (the completion enumerates w).
#include <cstdint>
#include <vector>

#include "core/search/IntResidual.h"

namespace tg::search {

// Up to `count` distinct pair moves from pairs drawn at random (seeded) among the residual's
// completion terms (the tree keeps those that touch the residual).
[[nodiscard]] std::vector<Action> pairCandidates(const IntResidual& residual, int count,
                                                 std::uint64_t seed);
// The same from `terms` = completeBySpans(residual), when the caller has it.
[[nodiscard]] std::vector<Action> pairCandidates(const IntResidual& residual,
                                                 const std::vector<Action>& terms, int count,
                                                 std::uint64_t seed);

}  // namespace tg::search
