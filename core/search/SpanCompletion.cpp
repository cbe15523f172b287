#include "core/search/SpanCompletion.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <numeric>
#include <optional>

#include "core/search/Gf2Echelon.h"
#include "core/search/SliceCompletion.h"

namespace tg::search {

namespace {

using Bits = gf2::BitRow;  // one flattening row: up to 256 columns
using gf2::bitsAt;
using gf2::kMaxColumns;
using gf2::kMaxRows;
using gf2::setBit;
using gf2::xorInto;

// One mode's flattening: `rows` rows (that mode's entries), each a matRows x matCols matrix
// over the other two modes (the matrix's entry (i, j) at column i * matCols + j).
struct Flattening {
    int mode = 0;
    int rows = 0, matRows = 0, matCols = 0;
    std::vector<Bits> row;
};

std::optional<Flattening> flatteningOf(const IntResidual& r, int mode) {
    const TensorSize& s = r.size();
    const int us = s.uSize(), vs = s.vSize(), ws = s.wSize();
    Flattening f;
    f.mode = mode;
    f.rows = mode == 0 ? us : mode == 1 ? vs : ws;
    f.matRows = mode == 0 ? vs : us;
    f.matCols = mode == 2 ? vs : ws;
    if (f.rows > kMaxRows || f.matRows > 64 || f.matCols > 64 ||
        f.matRows * f.matCols > kMaxColumns)
        return std::nullopt;
    f.row.assign(static_cast<std::size_t>(f.rows), Bits{});
    std::size_t flat = 0;
    for (int a = 0; a < us; ++a)
        for (int b = 0; b < vs; ++b)
            for (int c = 0; c < ws; ++c, ++flat) {
                if ((r.data()[flat] & 1) == 0) continue;
                const int k = mode == 0 ? a : mode == 1 ? b : c;
                const int i = mode == 0 ? b : a;
                const int j = mode == 2 ? b : c;
                setBit(f.row[static_cast<std::size_t>(k)], i * f.matCols + j);
            }
    return f;
}

// The rank of the span element x as a matRows x matCols matrix; optionally a basis of its rows
// (each later one zero at the earlier ones' pivots) and, per matrix row, which of them it sums.
int matrixRank(const Flattening& f, const Bits& x, std::vector<std::uint64_t>* basis = nullptr,
               std::vector<std::uint64_t>* combos = nullptr) {
    std::array<std::uint64_t, 64> pivotRow{};
    std::array<int, 64> pivotBit{};
    int rank = 0;
    for (int i = 0; i < f.matRows; ++i) {
        std::uint64_t w = bitsAt(x, i * f.matCols, f.matCols);
        std::uint64_t sum = 0;
        for (int b = 0; b < rank; ++b)
            if (((w >> pivotBit[static_cast<std::size_t>(b)]) & 1U) != 0) {
                w ^= pivotRow[static_cast<std::size_t>(b)];
                sum ^= std::uint64_t{1} << b;
            }
        if (w != 0) {
            // The new basis row is w itself (the original row minus earlier basis rows): the
            // original row is w plus those rows.
            pivotRow[static_cast<std::size_t>(rank)] = w;
            pivotBit[static_cast<std::size_t>(rank)] = std::countr_zero(w);
            sum ^= std::uint64_t{1} << rank;
            ++rank;
        }
        if (combos != nullptr) combos->push_back(sum);
    }
    if (basis != nullptr) basis->assign(pivotRow.begin(), pivotRow.begin() + rank);
    return rank;
}

// The rank of `count` rows of at most 64 bits. The kept rows stay sorted by their highest bit,
// descending, so that min(w, w ^ b) clears w's bit at b's highest bit when it is set: one
// branch-free pass per row. `kept` is the caller's scratch (zeroing it per call cost more than
// the elimination).
int wordsRank(const std::uint64_t* rows, int count, std::array<std::uint64_t, 64>& kept) {
    int rank = 0;
    for (int i = 0; i < count; ++i) {
        std::uint64_t w = rows[i];
        for (int j = 0; j < rank; ++j) w = std::min(w, w ^ kept[static_cast<std::size_t>(j)]);
        if (w == 0) continue;
        int at = rank++;
        for (; at > 0 && kept[static_cast<std::size_t>(at) - 1] < w; --at)
            kept[static_cast<std::size_t>(at)] = kept[static_cast<std::size_t>(at) - 1];
        kept[static_cast<std::size_t>(at)] = w;
    }
    return rank;
}

// The cheapest basis of the flattening's row span, by the matroid greedy; nullopt when the
// span is too large to enumerate.
struct SpanBasis {
    std::vector<Bits> elements;  // the kept basis, in the order kept
    std::vector<int> ranks;
    int total = 0;
};

// Whether the coordinate vector x (over the span's generators) is independent of those kept;
// keeps it when it is. r <= kMaxSpanRank bits, so the greedy's test costs a few word operations
// instead of an elimination of 256-bit rows.
class SmallEchelon {
  public:
    bool insert(std::uint32_t x) {
        for (int j = 0; j < size_; ++j)
            if (((x >> pivot_[static_cast<std::size_t>(j)]) & 1U) != 0)
                x ^= row_[static_cast<std::size_t>(j)];
        if (x == 0) return false;
        pivot_[static_cast<std::size_t>(size_)] = std::countr_zero(x);
        row_[static_cast<std::size_t>(size_++)] = x;
        return true;
    }

  private:
    std::array<std::uint32_t, kMaxSpanRank> row_{};
    std::array<int, kMaxSpanRank> pivot_{};
    int size_ = 0;
};

std::optional<SpanBasis> cheapestBasis(const Flattening& f) {
    std::vector<Bits> gens;  // a basis of the span: independent flattening rows
    {
        gf2::TrackedEchelon e;
        for (const Bits& x : f.row)
            if (e.insert(x, 0)) gens.push_back(x);
    }
    const int r = static_cast<int>(gens.size());
    if (r > kMaxSpanRank) return std::nullopt;
    // Every nonzero element by Gray code (step g is the generators in g ^ (g >> 1)), with its
    // matrix rank; the greedy takes them by rank, in Gray order within a rank (a stable sort),
    // and needs only their coordinates.
    const std::uint32_t count = (std::uint32_t{1} << r) - 1;
    const int maxRank = std::min(f.matRows, f.matCols);
    std::vector<std::uint8_t> rank(count);
    std::vector<std::uint32_t> perRank(static_cast<std::size_t>(maxRank) + 2, 0);
    // Each generator as matRows words (one per matrix row), so that a Gray step is matRows xors.
    std::vector<std::array<std::uint64_t, 64>> genRows(static_cast<std::size_t>(r));
    for (int i = 0; i < r; ++i)
        for (int row = 0; row < f.matRows; ++row)
            genRows[static_cast<std::size_t>(i)][static_cast<std::size_t>(row)] =
                bitsAt(gens[static_cast<std::size_t>(i)], row * f.matCols, f.matCols);
    std::array<std::uint64_t, 64> x{}, scratch{};
    for (std::uint32_t g = 1; g <= count; ++g) {
        const auto& step = genRows[static_cast<std::size_t>(std::countr_zero(g))];
        for (int row = 0; row < f.matRows; ++row)
            x[static_cast<std::size_t>(row)] ^= step[static_cast<std::size_t>(row)];
        const int k = wordsRank(x.data(), f.matRows, scratch);
        rank[g - 1] = static_cast<std::uint8_t>(k);
        ++perRank[static_cast<std::size_t>(k) + 1];
    }
    std::partial_sum(perRank.begin(), perRank.end(), perRank.begin());
    std::vector<std::uint32_t> order(count);
    for (std::uint32_t g = 1; g <= count; ++g) order[perRank[rank[g - 1]]++] = g;
    SpanBasis out;
    SmallEchelon kept;
    for (std::uint32_t g : order) {
        if (static_cast<int>(out.elements.size()) == r) break;
        const std::uint32_t coords = g ^ (g >> 1);
        if (!kept.insert(coords)) continue;
        Bits element{};
        for (int i = 0; i < r; ++i)
            if (((coords >> i) & 1U) != 0) xorInto(element, gens[static_cast<std::size_t>(i)]);
        out.elements.push_back(element);
        out.ranks.push_back(rank[g - 1]);
        out.total += rank[g - 1];
    }
    return out;
}

Action termOf(int mode, const std::vector<int>& coords, const std::vector<int>& x,
              const std::vector<int>& y) {
    switch (mode) {
        case 0:
            return Action{coords, x, y};
        case 1:
            return Action{x, coords, y};
        default:
            return Action{x, y, coords};
    }
}

std::vector<int> bitsToVector(std::uint64_t bits, int length) {
    std::vector<int> v(static_cast<std::size_t>(length), 0);
    for (int i = 0; i < length; ++i) v[static_cast<std::size_t>(i)] = (bits >> i) & 1U ? 1 : 0;
    return v;
}

// The terms of one mode: each flattening row expressed in the basis, each basis matrix factored.
std::vector<Action> termsOf(const Flattening& f, const SpanBasis& b) {
    gf2::TrackedEchelon e;
    for (std::size_t t = 0; t < b.elements.size(); ++t)
        e.insert(b.elements[t], std::uint64_t{1} << t);
    // coords[t]: which flattening rows use basis element t.
    std::vector<std::uint64_t> coords(b.elements.size(), 0);
    for (int k = 0; k < f.rows; ++k) {
        Bits x = f.row[static_cast<std::size_t>(k)];
        const std::uint64_t sum = e.reduce(x);
        for (std::size_t t = 0; t < b.elements.size(); ++t)
            if (((sum >> t) & 1U) != 0) coords[t] |= std::uint64_t{1} << k;
    }
    std::vector<Action> out;
    for (std::size_t t = 0; t < b.elements.size(); ++t) {
        std::vector<std::uint64_t> basis, combos;
        matrixRank(f, b.elements[t], &basis, &combos);
        const std::vector<int> c = bitsToVector(coords[t], f.rows);
        for (std::size_t q = 0; q < basis.size(); ++q) {
            std::uint64_t column = 0;  // the matrix rows that use basis row q
            for (int i = 0; i < f.matRows; ++i)
                if (((combos[static_cast<std::size_t>(i)] >> q) & 1U) != 0)
                    column |= std::uint64_t{1} << i;
            out.push_back(termOf(f.mode, c, bitsToVector(column, f.matRows),
                                 bitsToVector(basis[q], f.matCols)));
        }
    }
    return out;
}

}  // namespace

std::array<int, 3> spanCompletionRanks(const IntResidual& residual) {
    std::array<int, 3> out{-1, -1, -1};
    if (!residual.mod2()) return out;
    for (int mode = 0; mode < 3; ++mode) {
        const auto f = flatteningOf(residual, mode);
        const auto b = f ? cheapestBasis(*f) : std::nullopt;
        if (b) out[static_cast<std::size_t>(mode)] = b->total;
    }
    return out;
}

int spanCompletionRank(const IntResidual& residual) {
    return spanCompletionRank(residual, spanCompletionRanks(residual));
}

int spanCompletionRank(const IntResidual& residual, const std::array<int, 3>& modes) {
    if (!residual.mod2()) return static_cast<int>(completeBySlices(residual).size());
    std::optional<int> best;
    for (int m : modes)
        if (m >= 0) best = best ? std::min(*best, m) : m;
    const bool everyMode = std::all_of(modes.begin(), modes.end(), [](int m) { return m >= 0; });
    if (best && everyMode) return *best;
    const int slices = static_cast<int>(completeBySlices(residual).size());
    return best ? std::min(*best, slices) : slices;
}

std::vector<Action> completeBySpans(const IntResidual& residual) {
    return completeBySpans(residual, spanCompletionRanks(residual));
}

std::vector<Action> completeBySpans(const IntResidual& residual, const std::array<int, 3>& modes) {
    std::vector<Action> slices = completeBySlices(residual);
    if (!residual.mod2()) return slices;
    // The first mode of the lowest cost, when it beats the slices: only its terms are built.
    int best = -1;
    for (int mode = 0; mode < 3; ++mode) {
        const int cost = modes[static_cast<std::size_t>(mode)];
        const int bar =
            best < 0 ? static_cast<int>(slices.size()) : modes[static_cast<std::size_t>(best)];
        if (cost >= 0 && cost < bar) best = mode;
    }
    return best < 0 ? slices : completeBySpanOf(residual, best);
}

std::vector<Action> completeBySpanOf(const IntResidual& residual, int mode) {
    if (!residual.mod2()) return {};
    const auto f = flatteningOf(residual, mode);
    const auto b = f ? cheapestBasis(*f) : std::nullopt;
    return b ? termsOf(*f, *b) : std::vector<Action>{};
}

}  // namespace tg::search
