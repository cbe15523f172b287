#pragma once
// A dense three-way tensor of shape uSize x vSize x wSize with exact entries, over Z/Q or Z2.
//
// Over Z and Q every entry is stored as an integer numerator over one common denominator, so
// adding a term is integer arithmetic on the entries it touches (a rank-1 term touches only
// nnz(u)*nnz(v)*nnz(w) of them). Over Z2 entries are 0 or 1 and adding is XOR. The count of
// nonzero entries is kept up to date on every change, because the game and the explorer ask for
// it after every step.

#include <cstdint>
#include <vector>

#include "core/tensor/Field.h"
#include "core/tensor/Rational.h"
#include "core/tensor/TensorSize.h"
#include "core/tensor/Term.h"

namespace tg {

class ExactTensor {
  public:
    ExactTensor() = default;
    // The zero tensor. For Field::Z the values are still stored as rationals (a game over Z can
    // pass through rational residuals only if a move has rational coefficients, which the game
    // forbids); Z and Q share one representation.
    ExactTensor(TensorSize size, Field field);

    // T<n,m,p>: ones at [i*m+j, j*p+k, k*n+i].
    static ExactTensor matMul(TensorSize size, Field field);

    [[nodiscard]] const TensorSize& size() const { return size_; }
    [[nodiscard]] Field field() const { return field_; }
    [[nodiscard]] long long nonZeroCount() const { return nonZeros_; }
    [[nodiscard]] bool isZero() const { return nonZeros_ == 0; }

    [[nodiscard]] Rational at(int a, int b, int c) const;
    // The scaled numerator (entry * denominator()) of flat index (a*vSize + b)*wSize + c.
    [[nodiscard]] std::int64_t rawAt(long long flat) const { return data_[flat]; }
    [[nodiscard]] std::int64_t denominator() const { return denominator_; }

    // this += sign * (u (x) v (x) w). Over Z2 coefficients must have odd denominators.
    // Throws ArithmeticOverflow if an entry would not fit 64 bits.
    void addTerm(const Term& term, int sign = 1);
    // Ensure entries can take terms with denominators dividing `den` without rescaling later.
    void reserveDenominator(std::int64_t den);

    // Flat indices of the nonzero entries in increasing order (a-major, then b, then c).
    [[nodiscard]] std::vector<long long> nonZeroIndices() const;

    friend bool operator==(const ExactTensor& x, const ExactTensor& y);

  private:
    void rescale(std::int64_t newDenominator);

    TensorSize size_{};
    Field field_ = Field::Q;
    std::int64_t denominator_ = 1;
    long long nonZeros_ = 0;
    std::vector<std::int64_t> data_;
};

}  // namespace tg
