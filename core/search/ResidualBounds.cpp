#include "core/search/ResidualBounds.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

#include "core/search/Gf2Flattenings.h"
#include "core/search/ModEchelon.h"
#include "core/search/ModField.h"

namespace tg::search {

namespace {

// Entry (row, col) of the flattening along `mode` is data[flatIndex(a, b, c)] with the row the
// mode's own index and the column the other two, in (a, b, c) order.
struct Layout {
    int rows, cols;
};

Layout layoutOf(const TensorSize& s, int mode) {
    switch (mode) {
        case 0:
            return {s.uSize(), s.vSize() * s.wSize()};
        case 1:
            return {s.vSize(), s.uSize() * s.wSize()};
        default:
            return {s.wSize(), s.uSize() * s.vSize()};
    }
}

// Calls visit(row, col, value) for every nonzero entry of the flattening along `mode` (the
// layout of layoutOf), in the order of the residual's data.
template <class Visit>
void forEachEntry(const IntResidual& r, int mode, Visit visit) {
    const TensorSize& s = r.size();
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    const std::vector<int>& d = r.data();
    std::size_t flat = 0;
    for (int a = 0; a < us; ++a)
        for (int b = 0; b < vs; ++b)
            for (int c = 0; c < ws; ++c, ++flat) {
                if (d[flat] == 0) continue;
                switch (mode) {
                    case 0:
                        visit(a, b * ws + c, d[flat]);
                        break;
                    case 1:
                        visit(b, a * ws + c, d[flat]);
                        break;
                    default:
                        visit(c, a * vs + b, d[flat]);
                        break;
                }
            }
}

}  // namespace

std::uint32_t modulusOf(const IntResidual& r) {
    return r.mod2() ? 2U : ModSpan::kLargePrime;
}

ModSpan flatteningSpan(const IntResidual& r, int mode) {
    const Layout l = layoutOf(r.size(), mode);
    ModSpan span(l.cols, modulusOf(r));
    std::vector<std::vector<std::uint32_t>> rows(
        static_cast<std::size_t>(l.rows),
        std::vector<std::uint32_t>(static_cast<std::size_t>(l.cols), 0));
    forEachEntry(r, mode, [&](int row, int col, int value) {
        rows[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)] = span.reduce(value);
    });
    for (auto& row : rows) span.insert(std::move(row));
    return span;
}

namespace {

// The largest flattening whose rank over Z is eliminated on the stack (16 KB: 4x4x4's 16 x 256).
constexpr int kMaxPrimeCells = 4096;

}  // namespace

int flatteningRank(const IntResidual& r, int mode) {
    if (r.mod2() && Gf2Flattenings::fits(r.size())) return Gf2Flattenings(r).rank(mode);
    const Layout l = layoutOf(r.size(), mode);
    if (!r.mod2() && l.rows * l.cols <= kMaxPrimeCells) {
        const ModField field(ModField::kLargePrime);
        std::array<std::uint32_t, kMaxPrimeCells> cells;
        std::fill_n(cells.begin(), l.rows * l.cols, 0U);
        forEachEntry(r, mode, [&](int row, int col, int value) {
            cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(l.cols) +
                  static_cast<std::size_t>(col)] = field.reduce(value);
        });
        return echelonInPlace(cells.data(), l.rows, l.cols, field);
    }
    return flatteningSpan(r, mode).rank();
}

std::array<int, 3> flatteningRanks(const IntResidual& r) {
    if (r.mod2() && Gf2Flattenings::fits(r.size())) return Gf2Flattenings(r).ranks();
    return {flatteningRank(r, 0), flatteningRank(r, 1), flatteningRank(r, 2)};
}

int rankLowerBound(const IntResidual& r) {
    const auto f = flatteningRanks(r);
    return *std::max_element(f.begin(), f.end());
}

int rankUpperBound(const IntResidual& r) {
    const TensorSize& s = r.size();
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    const std::uint32_t q = modulusOf(r);
    int best = us * vs * ws;
    // Slices along mode 0 are vs x ws matrices, along 1 us x ws, along 2 us x vs.
    for (int mode = 0; mode < 3; ++mode) {
        const int slices = mode == 0 ? us : mode == 1 ? vs : ws;
        const int rows = mode == 0 ? vs : us;
        const int cols = mode == 2 ? vs : ws;
        int total = 0;
        for (int k = 0; k < slices; ++k) {
            ModSpan span(cols, q);
            for (int i = 0; i < rows; ++i) {
                std::vector<std::uint32_t> row(static_cast<std::size_t>(cols));
                for (int j = 0; j < cols; ++j) {
                    const long long flat = mode == 0   ? s.flatIndex(k, i, j)
                                           : mode == 1 ? s.flatIndex(i, k, j)
                                                       : s.flatIndex(i, j, k);
                    row[static_cast<std::size_t>(j)] = span.reduce(r.at(flat));
                }
                span.insert(std::move(row));
            }
            total += span.rank();
        }
        best = std::min(best, total);
    }
    return best;
}

}  // namespace tg::search
