#pragma once
// Bit rows of up to 256 columns (one flattening row of a residual) and a mod-2 row echelon form
// that tracks, for each row it keeps, which inserted rows that row sums. Span completion uses it
// to find a basis and the coordinates of slices in it; completion scores use it for coordinates
// (z with d = z^T M) and, from rows that reduce to zero, the left null space.
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tg::search::gf2 {

using BitRow = std::array<std::uint64_t, 4>;
inline constexpr int kMaxColumns = 256;
inline constexpr int kMaxRows = 64;  // the sums of inserted rows are one 64-bit word

inline bool isZero(const BitRow& x) {
    return (x[0] | x[1] | x[2] | x[3]) == 0;
}
inline void xorInto(BitRow& x, const BitRow& y) {
    for (std::size_t i = 0; i < x.size(); ++i) x[i] ^= y[i];
}
inline bool bitAt(const BitRow& x, int col) {
    return ((x[static_cast<std::size_t>(col / 64)] >> (col % 64)) & 1U) != 0;
}
inline void setBit(BitRow& x, int col) {
    x[static_cast<std::size_t>(col / 64)] |= std::uint64_t{1} << (col % 64);
}
// Bits [start, start + length) of x as the low bits of a word (length <= 64).
inline std::uint64_t bitsAt(const BitRow& x, int start, int length) {
    const auto word = static_cast<std::size_t>(start / 64);
    const int shift = start % 64;
    std::uint64_t w = x[word] >> shift;
    if (shift != 0 && shift + length > 64 && word + 1 < x.size()) w |= x[word + 1] << (64 - shift);
    return length >= 64 ? w : w & ((std::uint64_t{1} << length) - 1);
}
inline int lowestBit(const BitRow& x) {
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != 0) return static_cast<int>(i) * 64 + std::countr_zero(x[i]);
    return -1;
}
inline bool odd(std::uint64_t x) {
    return (std::popcount(x) & 1) != 0;
}

class TrackedEchelon {
  public:
    // Recording the sums of rows that reduce to zero (the left null space) is optional: span
    // completion inserts thousands of dependent rows per node and never asks for them.
    explicit TrackedEchelon(bool recordZeroSums = false) : recordZeroSums_(recordZeroSums) {}

    // Reduces x in place (in insertion order, each kept row is zero at earlier pivots) and
    // returns the inserted rows whose sum was taken off.
    std::uint64_t reduce(BitRow& x) const {
        std::uint64_t sum = 0;
        for (std::size_t j = 0; j < rows_.size(); ++j)
            if (bitAt(x, pivots_[j])) {
                xorInto(x, rows_[j]);
                sum ^= sums_[j];
            }
        return sum;
    }

    // Inserts x, itself the sum of the inserted rows in `sum` (usually one bit: its number);
    // keeps it and returns true when it is independent of the rows kept.
    bool insert(BitRow x, std::uint64_t sum) {
        sum ^= reduce(x);
        const int pivot = lowestBit(x);
        if (pivot < 0) {
            if (recordZeroSums_) zeroSums_.push_back(sum);
            return false;
        }
        pivots_.push_back(pivot);
        rows_.push_back(x);
        sums_.push_back(sum);
        return true;
    }

    [[nodiscard]] int rank() const { return static_cast<int>(rows_.size()); }
    // With recordZeroSums: sums of inserted rows that are zero, spanning the left null space.
    [[nodiscard]] const std::vector<std::uint64_t>& leftNull() const { return zeroSums_; }
    // Whether the column vector c (bit i: entry of inserted row i) is in the column space.
    [[nodiscard]] bool inColumnSpace(std::uint64_t c) const {
        for (std::uint64_t n : zeroSums_)
            if (odd(n & c)) return false;
        return true;
    }

  private:
    bool recordZeroSums_;
    std::vector<BitRow> rows_;
    std::vector<int> pivots_;
    std::vector<std::uint64_t> sums_;
    std::vector<std::uint64_t> zeroSums_;
};

}  // namespace tg::search::gf2
