#pragma once
// Finishing a game the agent could not: the residual written as a sum of rank-1 terms slice by
// slice (the explicit decomposition behind AlphaTensor's step-limit penalty, an upper bound on
// the rank). Mod 2 each slice matrix is factored exactly (rank many terms); over Z each nonzero
// row of a slice becomes terms whose coefficients stay in {-1, 0, 1}. The mode with the fewest
// terms is used.
#include <vector>

#include "core/search/IntResidual.h"

namespace tg::search {

[[nodiscard]] std::vector<Action> completeBySlices(const IntResidual& residual);

}  // namespace tg::search
