#pragma once
// A restart's way across the plateau of its best rank. A flip of the flip graph (FlipWalker.h)
// changes a scheme into another one of the same rank and the same sum, millions a second, where
// the agent plays a game or a few a second; the flip graph's reductions are sets of terms whose
// sum has a lower rank than their count, which is what a restart's game makes up in fewer moves
// when it redoes those terms. So before a restart draws the terms to redo, the scheme it
// restarts from takes a walk of random flips, and the walk stops one flip before the walker
// would reduce: the game still does all the shortening, from a scheme a few terms from it
// (the flip's two terms and the one they would merge with make up a rank-2 sum, for example).
#include <cstdint>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/search/Evaluator.h"
#include "core/tensor/TensorSize.h"

namespace tg::search {

// `terms` (a scheme's moves, their sum unchanged) after up to `flips` random flips of the flip
// graph, mod 2 or over {-1, 0, 1} (flips that would leave the set are not taken); other sets are
// left as they are. It is FlipWalker's walk from `terms` with `seed`, cut before the first flip
// after which the walker reduces (merges terms or drops one): making the scheme shorter is left
// to the game. The moves are spelled by canonicalAction.
[[nodiscard]] std::vector<Action> walkPlateau(const std::vector<Action>& terms,
                                              const TensorSize& size, CoefficientSet set, int flips,
                                              std::uint64_t seed);

}  // namespace tg::search
