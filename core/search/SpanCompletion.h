#pragma once
// Finishing a mod-2 residual through the row spans of its flattenings, a better upper bound on
// its rank than slices. Along mode A the residual is sum_a e_a (x) S_a; for ANY basis M_1..M_r
// of the span of the slices S_a it is also sum_t x_t (x) M_t (x_t: the coordinates of the slices
// in that basis), which is rank(M_1) + ... + rank(M_r) rank-one terms. Slices are one spanning
// set; the cheapest basis is found exactly by the matroid greedy (every element of the span
// sorted by matrix rank, kept when independent of those kept), affordable while the span is
// small (2^r - 1 elements, r <= kMaxSpanRank). Unlike slices, the bound does not depend on the
// basis a game is played in: a change of basis on mode A leaves the span alone, and those on B
// and C keep every matrix rank (slices of the 3x3x3 target in a random basis need about 50
// terms, its span 27). Over Z, and for modes whose span is too large, slices are used.
#include <array>
#include <vector>

#include "core/search/IntResidual.h"

namespace tg::search {

// Spans of at most 2^kMaxSpanRank - 1 elements are enumerated.
inline constexpr int kMaxSpanRank = 12;

// Rank-one terms that sum to `residual` (mod 2: the cheapest span basis of the best mode, never
// more terms than completeBySlices; over Z: completeBySlices).
[[nodiscard]] std::vector<Action> completeBySpans(const IntResidual& residual);
// completeBySpans(residual).size() without building the terms (the tree search asks per node).
[[nodiscard]] int spanCompletionRank(const IntResidual& residual);
// Each mode's cheapest span basis cost (-1: over Z, or a span too large to enumerate); the
// completion is their minimum. The other two modes tell states of equal completion apart.
[[nodiscard]] std::array<int, 3> spanCompletionRanks(const IntResidual& residual);
// The same two, given modes = spanCompletionRanks(residual) measured before: the tree search
// measures a node's modes once and builds the terms of one mode only (each cost enumerates up
// to 2^12 span elements).
[[nodiscard]] int spanCompletionRank(const IntResidual& residual, const std::array<int, 3>& modes);
[[nodiscard]] std::vector<Action> completeBySpans(const IntResidual& residual,
                                                  const std::array<int, 3>& modes);
// The terms of one mode's cheapest span basis (empty over Z or when the span is too large).
[[nodiscard]] std::vector<Action> completeBySpanOf(const IntResidual& residual, int mode);

}  // namespace tg::search
