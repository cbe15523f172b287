#pragma once
// Formats that list each term as three matrices (A-, B- and C-side coefficients):
//   .m    Mathematica: { {{A rows}, {B rows}, {C rows}}, ... }
//   .mpl  the FMM catalogue's Maple: TriadSet([Triad([Matrix(n, m, [[..]]), Matrix(m, p, ..),
//         Matrix(p, n, ..)]), ...]) with rational entries such as 1/8
// In both, an entry may be an unsimplified integer or rational expression, e.g.
// -(1*1-0*0+1*1-1*0+0+1) or (0+1) (see CoefficientExpression.h); it is evaluated exactly.
// The C-side matrix is C transposed (p x n), so its row-major entries are w; a rectangular
// file that gives it as n x p is read as C and transposed.

#include <string>

#include "core/tensor/Scheme.h"

namespace tg {

// Throw LoadError "ORIGIN:LINE:COL: problem".
[[nodiscard]] Scheme readMathematica(const std::string& text, const std::string& origin);
[[nodiscard]] Scheme readMaple(const std::string& text, const std::string& origin);

}  // namespace tg
