#include "core/search/FlatteningDrop.h"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "core/search/ModEchelon.h"
#include "core/search/ResidualBounds.h"

namespace tg::search {

namespace {

// (row, a, b, c) of column `col` in row `row` of the flattening along `mode` (ResidualBounds'
// layout: the row is the mode's own index, the column the other two in (a, b, c) order).
long long entryIndex(const TensorSize& s, int mode, int row, int col) {
    const int vs = s.vSize(), ws = s.wSize();
    switch (mode) {
        case 0:
            return s.flatIndex(row, col / ws, col % ws);
        case 1:
            return s.flatIndex(col / ws, row, col % ws);
        default:
            return s.flatIndex(col / vs, col % vs, row);
    }
}

}  // namespace

FlatteningDrop::FlatteningDrop(const IntResidual& r, int mode)
    : field_(modulusOf(r)), span_(flatteningSpan(r, mode)) {
    const TensorSize& s = r.size();
    const int sizes[3] = {s.uSize(), s.vSize(), s.wSize()};
    rows_ = sizes[mode];
    yLen_ = mode == 2 ? s.vSize() : s.wSize();
    rank_ = span_.rank();
    for (const auto& row : span_.basis())
        pivots_.push_back(static_cast<int>(
            std::find_if(row.begin(), row.end(), [](std::uint32_t v) { return v != 0; }) -
            row.begin()));
    // C: the flattening's columns at the pivots, d x b.
    std::vector<std::vector<std::uint32_t>> c(static_cast<std::size_t>(rows_),
                                              std::vector<std::uint32_t>(pivots_.size()));
    for (int i = 0; i < rows_; ++i)
        for (std::size_t k = 0; k < pivots_.size(); ++k)
            c[static_cast<std::size_t>(i)][k] =
                field_.reduce(r.at(entryIndex(s, mode, i, pivots_[k])));
    factor(c);
    const auto cols = span_.dimension();
    for (int j = 0; j < cols; ++j)
        if (std::find(pivots_.begin(), pivots_.end(), j) == pivots_.end())
            freeColumns_.push_back(j);
}

// Row-reduces [C | I] (Gauss-Jordan): C has full column rank b, so its first b rows become
// [I_b | L] (L C = I) and the rest [0 | K] (K C = 0).
void FlatteningDrop::factor(const std::vector<std::vector<std::uint32_t>>& c) {
    const auto d = static_cast<std::size_t>(rows_);
    const std::size_t b = pivots_.size();
    std::vector<std::vector<std::uint32_t>> t(d, std::vector<std::uint32_t>(b + d, 0));
    for (std::size_t i = 0; i < d; ++i) {
        std::copy(c[i].begin(), c[i].end(), t[i].begin());
        t[i][b + i] = 1;
    }
    for (std::size_t k = 0; k < b; ++k) {
        std::size_t p = k;
        while (p < d && t[p][k] == 0) ++p;
        if (p == d) continue;  // cannot happen for a full-rank C; leaves lowers() false
        std::swap(t[p], t[k]);
        const std::uint32_t inv = field_.inverse(t[k][k]);  // b inverses per state
        for (auto& v : t[k]) v = field_.mul(v, inv);
        for (std::size_t i = 0; i < d; ++i) {
            const std::uint32_t f = t[i][k];
            if (i == k || f == 0) continue;
            for (std::size_t j = 0; j < b + d; ++j)
                t[i][j] = field_.add(t[i][j], field_.mul(field_.negate(f), t[k][j]));
        }
    }
    for (std::size_t i = 0; i < d; ++i) {
        std::vector<std::uint32_t> right(t[i].begin() + static_cast<std::ptrdiff_t>(b), t[i].end());
        (i < b ? left_ : kernel_).push_back(std::move(right));
    }
}

bool FlatteningDrop::restrictTo(const std::vector<int>& x) {
    const auto yLen = static_cast<std::size_t>(yLen_);
    const auto& basis = span_.basis();
    // Column f = (fx, fy) of x (x) y must be sum_k basis[k][f] * x[Px_k] * y[Py_k], with
    // (Px_k, Py_k) the k-th pivot column: one row of coefficients of y per free column f.
    yRows_.assign(freeColumns_.size() * yLen, 0);
    std::size_t rows = 0;
    for (const int f : freeColumns_) {
        std::uint32_t* row = &yRows_[rows * yLen];
        const auto fu = static_cast<std::size_t>(f);
        row[fu % yLen] = field_.reduce(x[fu / yLen]);
        for (std::size_t k = 0; k < pivots_.size(); ++k) {
            const auto pk = static_cast<std::size_t>(pivots_[k]);
            const std::uint32_t coef = basis[k][fu];
            const int xk = x[pk / yLen];
            if (coef == 0 || xk == 0) continue;
            row[pk % yLen] =
                field_.add(row[pk % yLen], field_.negate(field_.mul(coef, field_.reduce(xk))));
        }
        if (std::any_of(row, row + yLen, [](std::uint32_t v) { return v != 0; })) ++rows;
    }
    // A y solves the equations when it solves their echelon rows.
    yRank_ = echelonInPlace(yRows_.data(), static_cast<int>(rows), yLen_, field_);
    return static_cast<std::size_t>(yRank_) < yLen;
}

bool FlatteningDrop::spansWith(const std::vector<int>& y) const {
    const auto yLen = static_cast<std::size_t>(yLen_);
    for (std::size_t i = 0; i < static_cast<std::size_t>(yRank_); ++i) {
        std::uint32_t sum = 0;
        for (std::size_t j = 0; j < yLen; ++j)
            if (y[j] != 0)
                sum = field_.add(sum, field_.mul(yRows_[i * yLen + j], field_.reduce(y[j])));
        if (sum != 0) return false;
    }
    return true;
}

void FlatteningDrop::setColumn(const std::vector<int>& x, const std::vector<int>& y) {
    h_.assign(static_cast<std::size_t>(rows_), 0);
    for (std::size_t k = 0; k < pivots_.size(); ++k) {
        const auto col = static_cast<std::size_t>(pivots_[k]);
        const std::uint32_t g =
            field_.reduce(static_cast<long long>(x[col / static_cast<std::size_t>(yLen_)]) *
                          y[col % static_cast<std::size_t>(yLen_)]);
        if (g == 0) continue;
        for (std::size_t i = 0; i < h_.size(); ++i)
            h_[i] = field_.add(h_[i], field_.mul(g, left_[k][i]));
    }
}

std::uint32_t FlatteningDrop::dot(const std::vector<std::uint32_t>& row,
                                  const std::vector<int>& z) const {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < row.size(); ++i)
        if (z[i] != 0) sum = field_.add(sum, field_.mul(row[i], field_.reduce(z[i])));
    return sum;
}

bool FlatteningDrop::lowers(const std::vector<int>& z) const {
    if (h_.empty()) return false;
    for (const auto& k : kernel_)
        if (dot(k, z) != 0) return false;
    return dot(h_, z) == 1;
}

}  // namespace tg::search
