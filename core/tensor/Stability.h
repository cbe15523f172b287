#pragma once
// How much a scheme, used recursively in floating point, can magnify rounding errors.
//
// The stability factor of a bilinear algorithm <U, V, W> (Bini & Lotti, "Stability of fast
// algorithms for matrix multiplication", Numer. Math. 36, 1980; Ballard, Benson, Druinsky,
// Lipshitz & Schwartz, "Improving the numerical stability of fast matrix multiplication",
// SIAM J. Matrix Anal. Appl. 37(4), 2016, arXiv:1507.00687):
//
//     e = max over entries q of C of  sum over products r of  |w_r[q]| * ||u_r||_1 * ||v_r||_1
//
// Each recursion level multiplies the first-order error bound by e, so L levels give a bound
// growing like e^L (Ballard et al.'s error bounds are of this form; core/apply/ErrorBound.h
// states the one this project checks). Strassen's is 12 and Winograd's variant 18 (as
// Ballard et al. report); the classical algorithm <n,m,p> has e = m (one term per inner index).

#include "core/tensor/Scheme.h"

namespace tg {

// The stability factor e above, in double precision (coefficients are small rationals, so the
// value is exact for every published scheme short of enormous ones). Terms with a zero factor
// compute nothing and contribute nothing. 0 for a scheme without terms.
[[nodiscard]] double stabilityFactor(const Scheme& s);

// The same factor written for people: "12", "18", "40.5" (at most four significant digits past
// the integer part).
[[nodiscard]] std::string stabilityFactorText(const Scheme& s);

}  // namespace tg
