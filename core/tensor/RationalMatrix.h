#pragma once
// Small dense matrices of exact rationals: the change-of-basis matrices and the factor matrices
// U (n x m), V (m x p), W (p x n) of a term. Sizes stay below 16 x 16, so plain Gaussian
// elimination is both exact and fast enough.

#include <optional>
#include <random>
#include <vector>

#include "core/tensor/Rational.h"

namespace tg {

class RationalMatrix {
  public:
    RationalMatrix() = default;
    RationalMatrix(int rows, int cols)
        : rows_(rows), cols_(cols), data_(std::size_t(rows) * cols) {}
    RationalMatrix(int rows, int cols, std::vector<Rational> rowMajor);
    static RationalMatrix identity(int n);
    // A random matrix with integer entries and determinant +-1 (so its inverse is integral too),
    // built from `steps` random elementary operations: row additions, swaps and sign changes.
    static RationalMatrix randomUnimodular(int n, std::mt19937_64& rng, int steps = 0);

    [[nodiscard]] int rows() const { return rows_; }
    [[nodiscard]] int cols() const { return cols_; }
    [[nodiscard]] const Rational& operator()(int r, int c) const { return data_[index(r, c)]; }
    Rational& operator()(int r, int c) { return data_[index(r, c)]; }
    [[nodiscard]] const std::vector<Rational>& rowMajor() const { return data_; }

    [[nodiscard]] RationalMatrix transposed() const;
    [[nodiscard]] std::optional<RationalMatrix> inverse() const;  // nullopt when singular
    [[nodiscard]] bool isIntegral() const;

    friend RationalMatrix operator*(const RationalMatrix& a, const RationalMatrix& b);
    friend bool operator==(const RationalMatrix&, const RationalMatrix&) = default;

  private:
    [[nodiscard]] std::size_t index(int r, int c) const { return std::size_t(r) * cols_ + c; }
    int rows_ = 0;
    int cols_ = 0;
    std::vector<Rational> data_;
};

}  // namespace tg
