#pragma once
// The best known ranks of small matrix products (mid-2026; see ../shared/docs/domain.md and
// README), for default search targets and for telling a user how a result compares. The rank
// of <n,m,p> is the same for every order of n, m, p.
#include <optional>

#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"

namespace tg {

// Best known rank over Z (or any ring; `field` Z or Q) or mod 2 (Z2); nullopt when the table
// has no entry for the size.
[[nodiscard]] std::optional<int> bestKnownRank(const TensorSize& size, Field field);

}  // namespace tg
