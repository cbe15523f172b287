#pragma once
// A first-order bound on the rounding error of a recursive product (RecursiveProduct.h), in the
// form of Bini & Lotti's and Ballard et al.'s bounds (core/tensor/Stability.h): every level
// multiplies the error by the stability factor e. Derived here for exactly the evaluation
// RecursiveProduct performs, in the max norm ||X|| = max |x_ij|, ignoring O(u^2) terms:
//
//   base (Eigen's or the classical product, inner dimension k0, any summation order):
//       ||C^ - C|| <= E_0 ||A|| ||B||,   E_0 = k0^2 u          (|C^ - C| <= k0 u |A||B|)
//   one level of a scheme, sub-products of inner dimension k (= K/m):
//       E_L = e (E_{L-1} + k Q u)
//
// where Q bounds the roundings a value meets outside the sub-product: forming a linear form
// with t nonzero coefficients rounds each input at most 2t times (t - 1 additions, and one
// scaling per addition when a coefficient is not +-1), so Q = 2 (max_r (|u_r|_0 + |v_r|_0) +
// max_q |w_q|_0). Sharing subexpressions changes the order of the additions, not the count any
// input passes through, so the bound holds for the shared plan too. Zero padding changes
// nothing (the padded entries are exact zeros).
#include "core/apply/ApplyPlan.h"

namespace tg::apply {

// The unit roundoff of float (2^-24) and double (2^-53).
inline constexpr double kUnitRoundoffFloat = 5.9604644775390625e-08;
inline constexpr double kUnitRoundoffDouble = 1.1102230246251565e-16;

// E_L above for `levels` levels over a product of inner dimension `inner` (padded as the
// recursion pads it), `cutoff` as in ApplyOptions: the factor by which ||A|| ||B|| bounds
// ||C^ - C|| in the max norm, to first order in `unitRoundoff`.
[[nodiscard]] double errorBound(const ApplyPlan& plan, long long inner, int levels,
                                double unitRoundoff);

}  // namespace tg::apply
