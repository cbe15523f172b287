#pragma once
// Maps that turn a valid scheme into another valid scheme (docs/conventions.md explains each).

#include <optional>
#include <random>

#include "core/tensor/RationalMatrix.h"
#include "core/tensor/Scheme.h"

namespace tg {

// <n,m,p> -> <m,p,n>: (u, v, w) -> (v, w, u). Three rotations give the scheme back.
[[nodiscard]] Scheme rotate(const Scheme& s);

// <n,m,p> -> <p,m,n> from (AB)^T = B^T A^T: u' = v as B^T, v' = u as A^T, w' = w transposed.
[[nodiscard]] Scheme transpose(const Scheme& s);

// Sandwiching: A -> X A Y^-1, B -> Y B Z^-1, C -> Z C X^-1 leaves trace(ABC) unchanged, so the
// factor matrices become U' = X^T U Y^-T, V' = Y^T V Z^-T, W' = Z^T W X^-T.
// X is n x n, Y is m x m, Z is p x p; each must be invertible (throws SchemeError otherwise).
// Integer unimodular matrices keep integer schemes integral. A Z2 scheme is reduced mod 2 after.
[[nodiscard]] Scheme changeBasis(const Scheme& s, const RationalMatrix& x, const RationalMatrix& y,
                                 const RationalMatrix& z);
// The same with random unimodular X, Y, Z drawn from `seed`.
[[nodiscard]] Scheme randomChangeOfBasis(const Scheme& s, std::uint64_t seed);

// U, V, W of term r as matrices shaped like the matrices they multiply (n x m, m x p, p x n).
[[nodiscard]] RationalMatrix uMatrix(const TensorSize& size, const Term& t);
[[nodiscard]] RationalMatrix vMatrix(const TensorSize& size, const Term& t);
[[nodiscard]] RationalMatrix wMatrix(const TensorSize& size, const Term& t);

// Coefficients reduced to {0, 1} (requires odd denominators).
[[nodiscard]] Scheme reducedMod2(const Scheme& s);

}  // namespace tg
