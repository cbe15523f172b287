#pragma once
// The FastMatrixMultiplication collection's plain text form: a first line "n m p R", then the
// coefficients of U, V and W, each factor flattened term by term (u of term 1, u of term 2, ...)
// on its own line.

#include <string>

#include "core/tensor/Scheme.h"

namespace tg {

// Throws LoadError "ORIGIN:LINE:COL: problem".
[[nodiscard]] Scheme readTxt(const std::string& text, const std::string& origin);
[[nodiscard]] std::string writeTxt(const Scheme& scheme);

}  // namespace tg
