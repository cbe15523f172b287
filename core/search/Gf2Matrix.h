#pragma once
// A dense matrix over GF(2), one bit row per equation, for the linear systems of lifting.
#include <cstdint>
#include <utility>
#include <vector>

namespace tg::search {

class Gf2Matrix {
  public:
    Gf2Matrix() = default;
    Gf2Matrix(int rows, int cols)
        : rows_(rows),
          cols_(cols),
          words_((cols + 63) / 64),
          bits_(static_cast<std::size_t>(rows) * static_cast<std::size_t>(words_), 0) {}

    [[nodiscard]] int rows() const { return rows_; }
    [[nodiscard]] int cols() const { return cols_; }
    [[nodiscard]] int words() const { return words_; }
    void flip(int r, int c) { word(r, c) ^= std::uint64_t{1} << (c & 63); }
    void set(int r, int c) { word(r, c) |= std::uint64_t{1} << (c & 63); }
    [[nodiscard]] bool get(int r, int c) const { return ((row(r)[c >> 6] >> (c & 63)) & 1) != 0; }
    std::uint64_t* row(int r) {
        return &bits_[static_cast<std::size_t>(r) * static_cast<std::size_t>(words_)];
    }
    [[nodiscard]] const std::uint64_t* row(int r) const {
        return &bits_[static_cast<std::size_t>(r) * static_cast<std::size_t>(words_)];
    }
    void swapRows(int a, int b) {
        if (a == b) return;
        for (int w = 0; w < words_; ++w) std::swap(row(a)[w], row(b)[w]);
    }
    // row(dst) ^= row(src), from word `fromWord` on (earlier words of src are known zero).
    void xorRow(int dst, int src, int fromWord = 0) {
        std::uint64_t* d = row(dst);
        const std::uint64_t* s = row(src);
        for (int w = fromWord; w < words_; ++w) d[w] ^= s[w];
    }

    // Gauss-Jordan elimination over the first `cols` columns (all columns take part in the row
    // operations, so extra columns carry a right-hand side or the record of the operations).
    // Returns the pivot column of each pivot row in order (the reduced rows are 0..size-1).
    std::vector<int> reduce(int cols) {
        std::vector<int> pivots;
        int r = 0;
        for (int c = 0; c < cols && r < rows_; ++c) {
            int p = r;
            while (p < rows_ && !get(p, c)) ++p;
            if (p == rows_) continue;
            swapRows(p, r);
            const int from = c >> 6;
            for (int o = 0; o < rows_; ++o)
                if (o != r && get(o, c)) xorRow(o, r, from);
            pivots.push_back(c);
            ++r;
        }
        return pivots;
    }

  private:
    std::uint64_t& word(int r, int c) { return row(r)[c >> 6]; }
    int rows_ = 0;
    int cols_ = 0;
    int words_ = 0;
    std::vector<std::uint64_t> bits_;
};

}  // namespace tg::search
