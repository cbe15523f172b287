#pragma once
// A scheme as something to read or run: plain formulas, LaTeX, and C++ / Python functions that
// multiply matrices with it, recursively on blocks (the way Strassen's algorithm is used).

#include <string>

#include "core/tensor/Scheme.h"

namespace tg {

// "m1 = (a11 + a22) (b11 + b22)" ... then "c11 = m1 + m4 - m5 + m7" ..., with a header line
// giving the size, rank and addition count.
[[nodiscard]] std::string formulasText(const Scheme& scheme);

// An align* environment: one line per product, then one per entry of C.
[[nodiscard]] std::string latexText(const Scheme& scheme);

// A self-contained header-style C++17 function template
//   template <class T> void NAME(const T* A, const T* B, T* C, int N, int M, int P)
// (row-major, C = A*B, N x M times M x P). When N, M, P are multiples of n, m, p it splits the
// matrices into blocks and applies the scheme with recursive calls on the block products;
// otherwise (or below `cutoff` rows of a block) it multiplies the schoolbook way.
// Rational coefficients are written as T(num) / T(den), so use a floating T for such schemes.
[[nodiscard]] std::string cppCode(const Scheme& scheme, const std::string& name = "multiply");

// The same as a Python function over NumPy arrays: NAME(A, B, cutoff=...) -> C.
[[nodiscard]] std::string pythonCode(const Scheme& scheme, const std::string& name = "multiply");

// Additions and subtractions one level of the generated code performs (block additions count
// one each): the straightforward evaluation, as cost(scheme).additions.
[[nodiscard]] int generatedCodeAdditions(const Scheme& scheme);

}  // namespace tg
