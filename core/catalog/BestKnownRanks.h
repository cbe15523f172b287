#pragma once
// The best ranks known for small matrix-multiplication tensors, over Z, Q and mod 2: the ranks
// of the published schemes the project ships (data/published), so every number here is backed
// by a scheme the tests verify. A search uses them as its default target.

#include <optional>

#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"

namespace tg {

// The best known rank of T<n,m,p> in `field` for sizes with all dimensions between 2 and 6
// (Q: the integer rank, except where a rational scheme does better; mod 2: the integer rank,
// except where a mod-2 scheme does better), or <1,m,p>-style sizes (a product with a 1 has
// rank n*m*p). The rank does not depend on the order of n, m, p.
// nullopt where the table has no entry.
[[nodiscard]] std::optional<int> bestKnownRank(const TensorSize& size, Field field);

}  // namespace tg
