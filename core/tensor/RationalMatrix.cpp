#include "core/tensor/RationalMatrix.h"

#include <algorithm>
#include <stdexcept>

namespace tg {

RationalMatrix::RationalMatrix(int rows, int cols, std::vector<Rational> rowMajor)
    : rows_(rows), cols_(cols), data_(std::move(rowMajor)) {
    if (data_.size() != std::size_t(rows) * cols)
        throw std::invalid_argument("matrix data does not match its shape");
}

RationalMatrix RationalMatrix::identity(int n) {
    RationalMatrix m(n, n);
    for (int i = 0; i < n; ++i) m(i, i) = 1;
    return m;
}

RationalMatrix RationalMatrix::randomUnimodular(int n, std::mt19937_64& rng, int steps) {
    RationalMatrix m = identity(n);
    if (n < 2) {
        if (n == 1 && (rng() & 1)) m(0, 0) = -1;
        return m;
    }
    if (steps <= 0) steps = 2 * n;
    std::uniform_int_distribution<int> pick(0, n - 1);
    for (int s = 0; s < steps; ++s) {
        const int i = pick(rng);
        int j = pick(rng);
        if (j == i) j = (i + 1) % n;
        switch (rng() % 4) {
            case 0:
            case 1: {  // row_i += +-row_j: the step that mixes the basis
                const Rational sign = (rng() & 1) ? 1 : -1;
                for (int c = 0; c < n; ++c) m(i, c) += sign * m(j, c);
                break;
            }
            case 2:
                for (int c = 0; c < n; ++c) std::swap(m(i, c), m(j, c));
                break;
            default:
                for (int c = 0; c < n; ++c) m(i, c) = -m(i, c);
        }
    }
    return m;
}

RationalMatrix RationalMatrix::transposed() const {
    RationalMatrix t(cols_, rows_);
    for (int r = 0; r < rows_; ++r)
        for (int c = 0; c < cols_; ++c) t(c, r) = (*this)(r, c);
    return t;
}

std::optional<RationalMatrix> RationalMatrix::inverse() const {
    if (rows_ != cols_) return std::nullopt;
    const int n = rows_;
    RationalMatrix a = *this;
    RationalMatrix inv = identity(n);
    for (int col = 0; col < n; ++col) {
        int pivot = col;
        while (pivot < n && a(pivot, col).isZero()) ++pivot;
        if (pivot == n) return std::nullopt;
        if (pivot != col)
            for (int c = 0; c < n; ++c) {
                std::swap(a(pivot, c), a(col, c));
                std::swap(inv(pivot, c), inv(col, c));
            }
        const Rational p = a(col, col);
        for (int c = 0; c < n; ++c) {
            a(col, c) = a(col, c) / p;
            inv(col, c) = inv(col, c) / p;
        }
        for (int r = 0; r < n; ++r) {
            if (r == col || a(r, col).isZero()) continue;
            const Rational f = a(r, col);
            for (int c = 0; c < n; ++c) {
                a(r, c) -= f * a(col, c);
                inv(r, c) -= f * inv(col, c);
            }
        }
    }
    return inv;
}

bool RationalMatrix::isIntegral() const {
    return std::all_of(data_.begin(), data_.end(), [](const Rational& x) { return x.isInteger(); });
}

RationalMatrix operator*(const RationalMatrix& a, const RationalMatrix& b) {
    if (a.cols_ != b.rows_) throw std::invalid_argument("matrix shapes do not multiply");
    RationalMatrix r(a.rows_, b.cols_);
    for (int i = 0; i < a.rows_; ++i)
        for (int k = 0; k < a.cols_; ++k) {
            const Rational& x = a(i, k);
            if (x.isZero()) continue;
            for (int j = 0; j < b.cols_; ++j)
                if (!b(k, j).isZero()) r(i, j) += x * b(k, j);
        }
    return r;
}

}  // namespace tg
