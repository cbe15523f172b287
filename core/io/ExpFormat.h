#pragma once
// Kauers–Moosbauer's .exp format: one product per line, e.g.
//   (a11+a22)*(b11+b22)*(c11+c22)      -2*a12*b21*(c11-c12)      -((a11)*(b12)*(c21))
// Later files juxtapose the factors without '*' and with spaces:
//   (a13 - a32 - a33) (b12 + b21) (-c13 - c25 + c45)      (-a65-a66)*b55(-c56+c66)
// where c_xy stands for entry (x, y) of C TRANSPOSED (x indexes columns of C), i.e. exactly
// the index of w. File names tell the size and field: 444-47-mod2.exp.

#include <optional>
#include <string>

#include "core/tensor/Scheme.h"

namespace tg {

// `sizeHint` (from a file name) is used when the indices cannot show the size (an all-zero
// last row); the indices must fit it. Throws LoadError "ORIGIN:LINE:COL: problem".
[[nodiscard]] Scheme readExp(const std::string& text, const std::string& origin,
                             std::optional<TensorSize> sizeHint = std::nullopt);
[[nodiscard]] std::string writeExp(const Scheme& scheme);

// "444-47-mod2.exp" -> 4x4x4 (nullopt when the name does not start with three digits).
[[nodiscard]] std::optional<TensorSize> sizeFromExpFileName(const std::string& path);

}  // namespace tg
