#pragma once
// Moves that lower the residual's flattening ranks, for the tree's candidates (mod 2). Every move
// of a scheme that finishes in as many moves as a flattening's rank lowers that rank, and most
// moves of one with a little slack do: along a rank-15 <2,3,3> scheme played in a random order,
// the moves lowering the B flattening's rank are 256 to 1,800 of the 2 million, and hold 1 to 8
// of the scheme's remaining terms; near the end, those lowering all three ranks are the
// scheme's own terms and few others. Uniform draws almost never meet them.
#include <cstdint>
#include <vector>

#include "core/search/IntResidual.h"

namespace tg::search {

// Up to `count` distinct moves, each lowering at least one flattening rank, those lowering more
// ranks first and, among equals, drawn at random (seeded). Modes whose lowering moves cost more
// than `maxPairs` column tests (Gf2Flattenings::pairCost) are skipped. Empty over Z and for sizes
// Gf2Flattenings does not fit.
[[nodiscard]] std::vector<Action> dropCandidates(const IntResidual& residual, int count,
                                                 long long maxPairs, std::uint64_t seed);

}  // namespace tg::search
