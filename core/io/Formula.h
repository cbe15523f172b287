#pragma once
// A scheme as a reader writes it: m1 = (a11 + a22)(b11 + b22), ..., c11 = m1 + m4 - m5 + m7.
// C is written the way a reader expects (c_ik), although w indexes C transposed.

#include <string>
#include <vector>

#include "core/tensor/Scheme.h"

namespace tg {

// "a11 + a22", "-b12 + 2 b22", "1/2 a13"; "0" for an all-zero factor.
// `letter` is 'a' (u), 'b' (v) or 'c' (w).
[[nodiscard]] std::string linearFormText(const TensorSize& size, const Factor& f, char letter);
// "m3 = a11 (b12 - b22)": parentheses only around sums. `index` is 0-based. `times` goes
// between the two factors (" * " for formats that want an explicit operator).
[[nodiscard]] std::string productFormula(const TensorSize& size, const Term& t, int index,
                                         const std::string& times = " ");
// "c11 = m1 + m4 - m5 + m7" for every entry of C, row by row (c11, c12, ..., c21, ...).
[[nodiscard]] std::vector<std::string> entryFormulas(const Scheme& s);

}  // namespace tg
