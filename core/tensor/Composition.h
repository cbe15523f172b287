#pragma once
// Building bigger schemes from smaller ones.

#include <optional>

#include "core/tensor/Scheme.h"

namespace tg {

// <n1,m1,p1> (x) <n2,m2,p2> -> <n1 n2, m1 m2, p1 p2>, rank R1*R2: block matrices multiplied with
// scheme 1 on the blocks and scheme 2 inside them (Strassen (x) Strassen = <4,4,4> rank 49).
// Index i of the product is i1*n2 + i2, likewise j and k.
[[nodiscard]] Scheme kroneckerProduct(const Scheme& a, const Scheme& b);

enum class SumAxis { N, M, P };

// Direct sum along one dimension: the other two must agree. Along P the columns of B (and C) are
// split, <n,m,p1> + <n,m,p2> -> <n,m,p1+p2>; along N the rows of A and C; along M the inner
// dimension (C = A1 B1 + A2 B2). Without an axis, the first that fits in the order P, N, M.
// Throws SchemeError when the sizes do not fit.
[[nodiscard]] Scheme directSum(const Scheme& a, const Scheme& b,
                               std::optional<SumAxis> axis = std::nullopt);

// Drops terms with a zero factor: they contribute nothing and cost a multiplication.
[[nodiscard]] Scheme removeZeroTerms(const Scheme& s);

}  // namespace tg
