#include "core/tensor/RankBounds.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/tensor/Rational.h"

namespace tg {

namespace {

constexpr std::uint64_t kPrime = 2147483647ULL;  // 2^31 - 1

struct Coord {
    int a, b, c;
};

struct Entry {
    int row;
    long long col;
    std::int64_t value;
};

Coord coordOf(const TensorSize& s, long long flat) {
    const long long vw = static_cast<long long>(s.vSize()) * s.wSize();
    return {static_cast<int>(flat / vw), static_cast<int>((flat % vw) / s.wSize()),
            static_cast<int>(flat % s.wSize())};
}

// Nonzero entries of the flattening along `mode` (0: rows are A indices, 1: B, 2: C).
std::vector<Entry> flatten(const ExactTensor& t, const std::vector<long long>& nonZeros, int mode,
                           int& rows) {
    const TensorSize& s = t.size();
    rows = mode == 0 ? s.uSize() : mode == 1 ? s.vSize() : s.wSize();
    std::vector<Entry> out;
    for (long long flat : nonZeros) {
        const Coord x = coordOf(s, flat);
        const std::int64_t v = t.rawAt(flat);
        if (mode == 0) out.push_back({x.a, static_cast<long long>(x.b) * s.wSize() + x.c, v});
        if (mode == 1) out.push_back({x.b, static_cast<long long>(x.a) * s.wSize() + x.c, v});
        if (mode == 2) out.push_back({x.c, static_cast<long long>(x.a) * s.vSize() + x.b, v});
    }
    return out;
}

// Columns renumbered densely: only columns that hold a nonzero matter for the rank.
std::vector<std::vector<std::uint64_t>> denseRows(const std::vector<Entry>& entries, int rows,
                                                  bool bits, std::size_t& cols) {
    std::unordered_map<long long, std::size_t> colIndex;
    for (const Entry& e : entries) colIndex.try_emplace(e.col, colIndex.size());
    cols = colIndex.size();
    const std::size_t width = bits ? (cols + 63) / 64 : cols;
    std::vector<std::vector<std::uint64_t>> m(static_cast<std::size_t>(rows),
                                              std::vector<std::uint64_t>(width));
    for (const Entry& e : entries) {
        const std::size_t c = colIndex[e.col];
        if (bits) {
            m[std::size_t(e.row)][c / 64] |= std::uint64_t{1} << (c % 64);
        } else {
            const std::int64_t r = e.value % static_cast<std::int64_t>(kPrime);
            m[std::size_t(e.row)][c] =
                static_cast<std::uint64_t>(r < 0 ? r + std::int64_t(kPrime) : r);
        }
    }
    return m;
}

int rankGF2(std::vector<std::vector<std::uint64_t>> m, std::size_t cols) {
    int rank = 0;
    const std::size_t rows = m.size();
    for (std::size_t col = 0; col < cols && std::size_t(rank) < rows; ++col) {
        const std::size_t word = col / 64;
        const std::uint64_t bit = std::uint64_t{1} << (col % 64);
        std::size_t pivot = std::size_t(rank);
        while (pivot < rows && !(m[pivot][word] & bit)) ++pivot;
        if (pivot == rows) continue;
        std::swap(m[pivot], m[std::size_t(rank)]);
        const auto& pr = m[std::size_t(rank)];
        for (std::size_t r = 0; r < rows; ++r)
            if (r != std::size_t(rank) && (m[r][word] & bit))
                for (std::size_t w = word; w < pr.size(); ++w) m[r][w] ^= pr[w];
        ++rank;
    }
    return rank;
}

std::uint64_t powMod(std::uint64_t b, std::uint64_t e) {
    std::uint64_t r = 1;
    for (b %= kPrime; e; e >>= 1, b = b * b % kPrime)
        if (e & 1) r = r * b % kPrime;
    return r;
}

int rankModP(std::vector<std::vector<std::uint64_t>> m, std::size_t cols) {
    int rank = 0;
    const std::size_t rows = m.size();
    for (std::size_t col = 0; col < cols && std::size_t(rank) < rows; ++col) {
        std::size_t pivot = std::size_t(rank);
        while (pivot < rows && m[pivot][col] == 0) ++pivot;
        if (pivot == rows) continue;
        std::swap(m[pivot], m[std::size_t(rank)]);
        auto& pr = m[std::size_t(rank)];
        const std::uint64_t inv = powMod(pr[col], kPrime - 2);
        for (std::size_t c = col; c < cols; ++c) pr[c] = pr[c] * inv % kPrime;
        for (std::size_t r = 0; r < rows; ++r) {
            if (r == std::size_t(rank) || m[r][col] == 0) continue;
            const std::uint64_t f = m[r][col];
            for (std::size_t c = col; c < cols; ++c)
                m[r][c] = (m[r][c] + (kPrime - f) * pr[c]) % kPrime;
        }
        ++rank;
    }
    return rank;
}

// Exact rank of a small matrix over Q (or GF(2)); falls back to min(nonzero rows, columns).
int sliceRank(const std::vector<std::vector<Rational>>& slice, bool mod2) {
    const std::size_t rows = slice.size();
    const std::size_t cols = rows ? slice[0].size() : 0;
    std::size_t nzRows = 0;
    std::vector<bool> nzCol(cols);
    for (const auto& row : slice) {
        bool any = false;
        for (std::size_t c = 0; c < cols; ++c)
            if (!row[c].isZero()) any = nzCol[c] = true;
        nzRows += any;
    }
    const int structural = static_cast<int>(
        std::min<std::size_t>(nzRows, std::count(nzCol.begin(), nzCol.end(), true)));
    if (structural <= 1) return structural;
    try {
        auto m = slice;
        int rank = 0;
        for (std::size_t col = 0; col < cols && std::size_t(rank) < rows; ++col) {
            std::size_t pivot = std::size_t(rank);
            while (pivot < rows && m[pivot][col].isZero()) ++pivot;
            if (pivot == rows) continue;
            std::swap(m[pivot], m[std::size_t(rank)]);
            const auto pr = m[std::size_t(rank)];
            for (std::size_t r = std::size_t(rank) + 1; r < rows; ++r) {
                if (m[r][col].isZero()) continue;
                const Rational f = m[r][col] / pr[col];
                for (std::size_t c = col; c < cols; ++c) {
                    m[r][c] -= f * pr[c];
                    if (mod2) m[r][c] = m[r][c].mod2();
                }
            }
            ++rank;
        }
        return rank;
    } catch (const ArithmeticOverflow&) {
        return structural;
    }
}

}  // namespace

std::array<int, 3> flatteningRanks(const ExactTensor& t) {
    return flatteningRanks(t, t.nonZeroIndices());
}

std::array<int, 3> flatteningRanks(const ExactTensor& t, const std::vector<long long>& nonZeros) {
    std::array<int, 3> ranks{};
    const bool mod2 = t.field() == Field::Z2;
    for (int mode = 0; mode < 3; ++mode) {
        int rows = 0;
        const auto entries = flatten(t, nonZeros, mode, rows);
        std::size_t cols = 0;
        auto m = denseRows(entries, rows, mod2, cols);
        ranks[std::size_t(mode)] =
            mod2 ? rankGF2(std::move(m), cols) : rankModP(std::move(m), cols);
    }
    return ranks;
}

int rankLowerBound(const ExactTensor& t) {
    const auto r = flatteningRanks(t);
    return *std::max_element(r.begin(), r.end());
}

int rankUpperBound(const ExactTensor& t) {
    const TensorSize& s = t.size();
    const bool mod2 = t.field() == Field::Z2;
    const std::array<int, 3> dims{s.uSize(), s.vSize(), s.wSize()};
    int best = -1;
    for (int mode = 0; mode < 3; ++mode) {
        // Slices along `mode`: matrices indexed by the other two modes.
        const int r0 = dims[std::size_t((mode + 1) % 3)];
        const int r1 = dims[std::size_t((mode + 2) % 3)];
        std::vector<std::vector<std::vector<Rational>>> slices;
        std::vector<bool> used(std::size_t(dims[std::size_t(mode)]), false);
        slices.assign(std::size_t(dims[std::size_t(mode)]), {});
        for (long long flat : t.nonZeroIndices()) {
            const Coord x = coordOf(s, flat);
            const std::array<int, 3> idx{x.a, x.b, x.c};
            const auto si = std::size_t(idx[std::size_t(mode)]);
            if (!used[si]) {
                slices[si].assign(std::size_t(r0), std::vector<Rational>(std::size_t(r1)));
                used[si] = true;
            }
            slices[si][std::size_t(idx[std::size_t((mode + 1) % 3)])]
                  [std::size_t(idx[std::size_t((mode + 2) % 3)])] =
                      Rational(t.rawAt(flat), t.denominator());
        }
        int total = 0;
        for (std::size_t i = 0; i < slices.size(); ++i)
            if (used[i]) total += sliceRank(slices[i], mod2);
        if (best < 0 || total < best) best = total;
    }
    return best;
}

}  // namespace tg
