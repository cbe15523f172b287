#pragma once
// Cheap facts about an agent residual: the ranks of its three flattenings (each a lower bound
// on the rank, i.e. on the moves still needed) and an upper bound from slice ranks (what a game
// that stops at its step limit is charged). The spans behind the ranks also answer which
// rank-1 terms can lower a flattening rank, which the endgame solver needs.
#include <array>
#include <cstdint>
#include <vector>

#include "core/search/IntResidual.h"
#include "core/search/ModSpan.h"

namespace tg::search {

// The modulus the agent's linear algebra uses for a residual: 2, or a large prime over Z.
[[nodiscard]] std::uint32_t modulusOf(const IntResidual& r);

// The row span of the flattening along `mode` (0: rows indexed by A's entries and columns by
// (b, c); 1: rows by B's, columns (a, c); 2: rows by C's, columns (a, b)).
[[nodiscard]] ModSpan flatteningSpan(const IntResidual& r, int mode);
[[nodiscard]] std::array<int, 3> flatteningRanks(const IntResidual& r);
// One of them; mod 2, for the sizes Gf2Flattenings fits, it is an elimination of bit rows on the
// stack (the tree search asks for thousands per second).
[[nodiscard]] int flatteningRank(const IntResidual& r, int mode);
[[nodiscard]] int rankLowerBound(const IntResidual& r);  // the largest flattening rank
// The smallest, over the three modes, of the sum of the ranks of the slices.
[[nodiscard]] int rankUpperBound(const IntResidual& r);

}  // namespace tg::search
