#include "core/search/Gf2Flattenings.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <utility>

namespace tg::search {

using gf2::BitRow;

namespace {

std::uint64_t lowBits(int count) {
    return count >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
}

// pairCost for a span of rank r whose columns pair factors of xLen and yLen entries.
long long enumerationCost(int r, int xLen, int yLen) {
    const long long span = r >= 62 ? (1LL << 62) : (1LL << r) - 1;
    if (xLen + yLen >= 62) return span;
    return std::min(span,
                    static_cast<long long>(lowBits(xLen)) * static_cast<long long>(lowBits(yLen)));
}

// The column x (x) y as a row of the flattening (x major, blocks of yLen bits).
BitRow outer(std::uint64_t x, std::uint64_t y, int yLen) {
    BitRow row{};
    for (std::uint64_t rest = x; rest != 0; rest &= rest - 1) {
        const int shift = std::countr_zero(rest) * yLen;
        const auto word = static_cast<std::size_t>(shift / 64);
        const int offset = shift % 64;
        row[word] |= y << offset;
        if (offset != 0 && offset + yLen > 64) row[word + 1] |= y >> (64 - offset);
    }
    return row;
}

// A row of the span that is an outer product x (x) y (x major, blocks of yLen bits): its
// nonzero blocks are all the same y, and x marks them.
bool splitOuter(const BitRow& row, int xLen, int yLen, std::uint64_t& x, std::uint64_t& y) {
    x = 0;
    y = 0;
    for (int i = 0; i < xLen; ++i) {
        const std::uint64_t b = gf2::bitsAt(row, i * yLen, yLen);
        if (b == 0) continue;
        if (y == 0) y = b;
        if (b != y) return false;
        x |= std::uint64_t{1} << i;
    }
    return y != 0;
}

// A mode's row basis in reduced echelon form (each pivot column zero in every other row), and
// the rows' coordinates in it as columns: bit a of column j is row a's entry at pivot j.
struct ReducedBasis {
    std::vector<BitRow> rows;
    std::vector<int> pivots;
    std::vector<std::uint64_t> coordinates;  // C's columns, one per basis row

    ReducedBasis(const std::array<BitRow, gf2::kMaxRows>& matrix, int count) {
        for (int a = 0; a < count; ++a) {
            BitRow x = matrix[static_cast<std::size_t>(a)];
            for (std::size_t j = 0; j < rows.size(); ++j)
                if (gf2::bitAt(x, pivots[j])) gf2::xorInto(x, rows[j]);
            const int pivot = gf2::lowestBit(x);
            if (pivot < 0) continue;
            rows.push_back(x);
            pivots.push_back(pivot);
        }
        // Each row is already zero at the pivots before it; clear the later ones, last first.
        for (std::size_t j = rows.size(); j-- > 0;)
            for (std::size_t k = 0; k < j; ++k)
                if (gf2::bitAt(rows[k], pivots[j])) gf2::xorInto(rows[k], rows[j]);
        coordinates.assign(rows.size(), 0);
        for (std::size_t j = 0; j < rows.size(); ++j)
            for (int a = 0; a < count; ++a)
                if (gf2::bitAt(matrix[static_cast<std::size_t>(a)], pivots[j]))
                    coordinates[j] |= std::uint64_t{1} << a;
    }

    // The coordinates of `row` when it lies in the span (nullopt-like: false otherwise).
    bool coordinatesOf(BitRow row, std::uint64_t& g) const {
        g = 0;
        for (std::size_t j = 0; j < rows.size(); ++j)
            if (gf2::bitAt(row, pivots[j])) {
                gf2::xorInto(row, rows[j]);
                g |= std::uint64_t{1} << j;
            }
        return gf2::isZero(row);
    }
};

// Calls visit(x, y, g) for each column x (x) y of the span (x of xLen bits, y of yLen, both
// nonzero; g its coordinates in the basis), by walking the span's 2^b - 1 elements or testing
// every pair, whichever is fewer (enumerationCost).
template <class Visit>
void forEachOuterInSpan(const ReducedBasis& basis, int xLen, int yLen, Visit visit) {
    const auto b = static_cast<int>(basis.rows.size());
    const long long span = (1LL << b) - 1;
    if (enumerationCost(b, xLen, yLen) == span) {
        BitRow element{};
        std::uint64_t t = 0;
        for (std::uint64_t k = 1; k <= static_cast<std::uint64_t>(span); ++k) {
            const auto j = static_cast<std::size_t>(std::countr_zero(k));
            gf2::xorInto(element, basis.rows[j]);
            t ^= std::uint64_t{1} << j;
            std::uint64_t x = 0, y = 0;
            if (splitOuter(element, xLen, yLen, x, y)) visit(x, y, t);
        }
        return;
    }
    for (std::uint64_t x = 1; x <= lowBits(xLen); ++x)
        for (std::uint64_t y = 1; y <= lowBits(yLen); ++y) {
            std::uint64_t g = 0;
            if (basis.coordinatesOf(outer(x, y, yLen), g)) visit(x, y, g);
        }
}

}  // namespace

std::uint64_t bitMask(const std::vector<int>& factor) {
    std::uint64_t m = 0;
    for (std::size_t i = 0; i < factor.size(); ++i)
        if ((factor[i] & 1) != 0) m |= std::uint64_t{1} << i;
    return m;
}

BitTerm bitTermOf(const Action& a) {
    return {bitMask(a.u), bitMask(a.v), bitMask(a.w)};
}

Action actionOf(const BitTerm& t, const TensorSize& size) {
    auto factor = [](std::uint64_t m, int length) {
        std::vector<int> f(static_cast<std::size_t>(length), 0);
        for (int i = 0; i < length; ++i)
            f[static_cast<std::size_t>(i)] = static_cast<int>((m >> i) & 1U);
        return f;
    };
    return {factor(t.u, size.uSize()), factor(t.v, size.vSize()), factor(t.w, size.wSize())};
}

bool Gf2Flattenings::fits(const TensorSize& size) {
    const int us = size.uSize(), vs = size.vSize(), ws = size.wSize();
    return us <= gf2::kMaxRows && vs <= gf2::kMaxRows && ws <= gf2::kMaxRows &&
           vs * ws <= gf2::kMaxColumns && us * ws <= gf2::kMaxColumns &&
           us * vs <= gf2::kMaxColumns;
}

Gf2Flattenings::Gf2Flattenings(const IntResidual& r) {
    const TensorSize& s = r.size();
    lengths_ = {s.uSize(), s.vSize(), s.wSize()};
    const int us = lengths_[0], vs = lengths_[1], ws = lengths_[2];
    std::size_t flat = 0;
    for (int a = 0; a < us; ++a)
        for (int b = 0; b < vs; ++b)
            for (int c = 0; c < ws; ++c, ++flat) {
                if ((r.data()[flat] & 1) == 0) continue;
                gf2::setBit(rows_[0][static_cast<std::size_t>(a)], b * ws + c);
                gf2::setBit(rows_[1][static_cast<std::size_t>(b)], a * ws + c);
                gf2::setBit(rows_[2][static_cast<std::size_t>(c)], a * vs + b);
            }
}

std::pair<int, int> Gf2Flattenings::columnModes(int mode) {
    return mode == 0 ? std::pair{1, 2} : mode == 1 ? std::pair{0, 2} : std::pair{0, 1};
}

BitTerm Gf2Flattenings::termOf(int mode, std::uint64_t z, std::uint64_t x, std::uint64_t y) {
    switch (mode) {
        case 0:
            return {z, x, y};
        case 1:
            return {x, z, y};
        default:
            return {x, y, z};
    }
}

void Gf2Flattenings::apply(const BitTerm& t) {
    const std::array<std::uint64_t, 3> factor{t.u, t.v, t.w};
    for (int mode = 0; mode < 3; ++mode) {
        const auto [mx, my] = columnModes(mode);
        const BitRow o = outer(factor[static_cast<std::size_t>(mx)],
                               factor[static_cast<std::size_t>(my)], length(my));
        for (std::uint64_t rest = factor[static_cast<std::size_t>(mode)]; rest != 0;
             rest &= rest - 1)
            gf2::xorInto(rows_[static_cast<std::size_t>(mode)]
                              [static_cast<std::size_t>(std::countr_zero(rest))],
                         o);
    }
}

bool Gf2Flattenings::isZero() const {
    for (int a = 0; a < lengths_[0]; ++a)
        if (!gf2::isZero(rows_[0][static_cast<std::size_t>(a)])) return false;
    return true;
}

std::uint64_t Gf2Flattenings::hash() const {
    // splitmix64's finaliser over the first flattening's words (which hold every entry).
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (int a = 0; a < lengths_[0]; ++a)
        for (std::uint64_t word : rows_[0][static_cast<std::size_t>(a)]) {
            h ^= word + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
            h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
            h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
            h ^= h >> 31;
        }
    return h;
}

int Gf2Flattenings::rank(int mode) const {
    std::array<BitRow, gf2::kMaxRows> basis;
    std::array<int, gf2::kMaxRows> pivots{};
    int rank = 0;
    const auto& matrix = rows_[static_cast<std::size_t>(mode)];
    for (int a = 0; a < length(mode); ++a) {
        BitRow x = matrix[static_cast<std::size_t>(a)];
        for (int j = 0; j < rank; ++j)
            if (gf2::bitAt(x, pivots[static_cast<std::size_t>(j)]))
                gf2::xorInto(x, basis[static_cast<std::size_t>(j)]);
        const int pivot = gf2::lowestBit(x);
        if (pivot < 0) continue;
        basis[static_cast<std::size_t>(rank)] = x;
        pivots[static_cast<std::size_t>(rank)] = pivot;
        ++rank;
    }
    return rank;
}

long long Gf2Flattenings::pairCost(int mode) const {
    return pairCost(mode, rank(mode));
}

long long Gf2Flattenings::pairCost(int mode, int rank) const {
    const auto [mx, my] = columnModes(mode);
    return enumerationCost(rank, length(mx), length(my));
}

std::vector<BitTerm> Gf2Flattenings::loweringMoves(int mode, long long maxCost) const {
    const auto [mx, my] = columnModes(mode);
    const int xLen = length(mx), yLen = length(my);
    const ReducedBasis basis(rows_[static_cast<std::size_t>(mode)], length(mode));
    const auto b = static_cast<int>(basis.rows.size());
    if (b > kMaxEnumeratedRank || enumerationCost(b, xLen, yLen) > maxCost) return {};
    std::vector<BitTerm> out;
    // For a column x (x) y in the span with coordinates g, the z that lower the rank are C s
    // with g.s = 1 (FlatteningDrop.h): half of the 2^b - 1 nonzero s, in Gray code order.
    forEachOuterInSpan(basis, xLen, yLen, [&](std::uint64_t x, std::uint64_t y, std::uint64_t g) {
        std::uint64_t s = 0, z = 0;
        for (std::uint64_t k = 1; k < (std::uint64_t{1} << b); ++k) {
            const auto j = static_cast<std::size_t>(std::countr_zero(k));
            s ^= std::uint64_t{1} << j;
            z ^= basis.coordinates[j];
            if (gf2::odd(s & g)) out.push_back(termOf(mode, z, x, y));
        }
    });
    return out;
}

}  // namespace tg::search
