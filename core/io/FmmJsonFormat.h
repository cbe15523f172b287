#pragma once
// The FastMatrixMultiplication collection's JSON:
//   {"n": [n, m, p], "m": R, "z2": bool, "u": R x nm, "v": R x mp, "w": R x pn,
//    "multiplications": ["m1 = (a11 + a22) * (b11 + b22)", ...], "elements": ["c11 = ...", ...]}
// u, v and w follow the AlphaTensor convention (w indexes C transposed). The collection's
// addition-reduced variant (fresh variables, "complexity") is read and written by FmmReducedJson.h.

#include <string>

#include "core/tensor/Scheme.h"

namespace tg {

// True when the text is a JSON object with the keys this format needs (cheap sniffing).
[[nodiscard]] bool looksLikeFmmJson(const std::string& text);
// Coefficients may be integers, binary fractions written as JSON numbers (0.5), or strings
// ("1/3"). The field is Z2 when "z2" is true. Throws LoadError.
[[nodiscard]] Scheme readFmmJson(const std::string& text, const std::string& origin);
[[nodiscard]] std::string writeFmmJson(const Scheme& scheme);

}  // namespace tg
