#pragma once
// Row echelon form over GF(q) by fraction-free elimination, in place: a row below the pivot is
// scaled by the pivot and the pivot row's multiple subtracted, instead of the pivot row being
// divided by the pivot. Scaling a row by a nonzero element keeps the rank and the solutions of
// the rows as equations, and no inverse is needed (an inverse by Fermat costs about 60 products;
// ModSpan's one per row was most of the ternary agent's time). Shared by flatteningRank over Z
// and FlatteningDrop::restrictTo.
#include <cstddef>
#include <cstdint>
#include <utility>

#include "core/search/ModField.h"

namespace tg::search {

// Brings the rows x cols matrix m (row-major, entries reduced) to row echelon form and returns
// its rank: rows [0, rank) are the echelon rows, the rest are zero.
inline int echelonInPlace(std::uint32_t* m, int rows, int cols, const ModField& field) {
    const auto at = [m, cols](int i, int j) -> std::uint32_t& {
        return m[static_cast<std::size_t>(i) * static_cast<std::size_t>(cols) +
                 static_cast<std::size_t>(j)];
    };
    int rank = 0;
    for (int col = 0; col < cols && rank < rows; ++col) {
        int pivot = rank;
        while (pivot < rows && at(pivot, col) == 0) ++pivot;
        if (pivot == rows) continue;
        if (pivot != rank)
            for (int j = col; j < cols; ++j) std::swap(at(pivot, j), at(rank, j));
        const std::uint32_t p = at(rank, col);
        for (int i = rank + 1; i < rows; ++i) {
            const std::uint32_t f = at(i, col);
            if (f == 0) continue;
            const std::uint32_t minusF = field.negate(f);
            for (int j = col + 1; j < cols; ++j)
                at(i, j) = field.add(field.mul(p, at(i, j)), field.mul(minusF, at(rank, j)));
            at(i, col) = 0;
        }
        ++rank;
    }
    return rank;
}

}  // namespace tg::search
