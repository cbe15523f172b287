#pragma once
// A mod-2 residual held as its three flattenings in bit rows, for the searches that change it
// thousands of times per second: a move is a few row XORs, a flattening rank an elimination of at
// most 64 rows of at most four words, a hash a pass over the first flattening's words. The
// endgame solver works on it (the same residual as ints spent about 80% of a <2,3,3> agent run
// recomputing ranks and hashes, perf), and the tree search asks it for the moves that lower a
// flattening's rank (FlatteningDrop.h's algebra, over GF(2), all of them at once).
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "core/search/Gf2Echelon.h"
#include "core/search/IntResidual.h"

namespace tg::search {

// A rank-one term by its factors' bit masks (bit i: entry i of u, v or w).
struct BitTerm {
    std::uint64_t u = 0, v = 0, w = 0;
    friend bool operator==(const BitTerm&, const BitTerm&) = default;
};

// A factor's entries mod 2 as bits (bit i: entry i odd); at most 64 entries.
[[nodiscard]] std::uint64_t bitMask(const std::vector<int>& factor);
[[nodiscard]] BitTerm bitTermOf(const Action& a);  // entries taken mod 2
[[nodiscard]] Action actionOf(const BitTerm& t, const TensorSize& size);

class Gf2Flattenings {
  public:
    static constexpr int kMaxEnumeratedRank = 30;

    // Whether a residual of this size fits: factors of at most 64 entries, flattenings of at
    // most 256 columns (<4,4,4> and every smaller size).
    [[nodiscard]] static bool fits(const TensorSize& size);
    // The residual's entries mod 2; it must fit.
    explicit Gf2Flattenings(const IntResidual& r);

    // Adds (mod 2: subtracts) the term.
    void apply(const BitTerm& t);
    [[nodiscard]] bool isZero() const;
    [[nodiscard]] std::uint64_t hash() const;
    [[nodiscard]] int rank(int mode) const;
    [[nodiscard]] std::array<int, 3> ranks() const { return {rank(0), rank(1), rank(2)}; }
    // The rows of `mode`'s flattening (one per entry of its factor; columns x (x) y, x major,
    // x the earlier of the other two factors).
    [[nodiscard]] std::span<const gf2::BitRow> rows(int mode) const {
        return {rows_[static_cast<std::size_t>(mode)].data(),
                static_cast<std::size_t>(length(mode))};
    }
    // Entries of the factor a mode's rows are indexed by (0: u, 1: v, 2: w).
    [[nodiscard]] int length(int mode) const { return lengths_[static_cast<std::size_t>(mode)]; }

    // How many (x, y) columns finding the lowering moves of `mode` examines: the nonzero
    // elements of its row span (2^rank - 1) or every pair of factors, whichever is fewer.
    [[nodiscard]] long long pairCost(int mode) const;
    // The same when the mode's rank is known (a tight mode's is the budget): no elimination.
    [[nodiscard]] long long pairCost(int mode, int rank) const;
    // Every term whose subtraction lowers the rank of `mode`'s flattening (mod 2 such a term
    // z (x) x (x) y has x (x) y in the row span and z in a coset of the column space: see
    // FlatteningDrop.h), grouped by (x, y). Costs pairCost(mode) column tests and 2^rank per
    // column found; empty, without enumerating, when that cost exceeds `maxCost` or the rank
    // exceeds kMaxEnumeratedRank (one elimination decides both).
    [[nodiscard]] std::vector<BitTerm> loweringMoves(int mode, long long maxCost) const;

  private:
    // The two factors a mode's columns pair (x major): their modes.
    [[nodiscard]] static std::pair<int, int> columnModes(int mode);
    [[nodiscard]] static BitTerm termOf(int mode, std::uint64_t z, std::uint64_t x,
                                        std::uint64_t y);

    std::array<int, 3> lengths_{};
    std::array<std::array<gf2::BitRow, gf2::kMaxRows>, 3> rows_{};
};

}  // namespace tg::search
