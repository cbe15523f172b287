#pragma once
// Builds a scheme from the way algorithms are written in papers:
//   products: "(a11 + a22) * (b11 + b22)", ...   (m1, m2, ... in order)
//   entries:  "c11 = m1 + m4 - m5 + m7", ...
// so the catalogue reads like the literature and each entry can be checked against its source.

#include <string_view>
#include <vector>

#include "core/tensor/Scheme.h"

namespace tg {

// Throws ParseError (with the offending text in the message) or SchemeError.
[[nodiscard]] Scheme schemeFromFormulas(const TensorSize& size,
                                        const std::vector<std::string_view>& products,
                                        const std::vector<std::string_view>& entries);

}  // namespace tg
