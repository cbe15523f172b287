#include "core/search/ModSpan.h"

#include <cstddef>

namespace tg::search {

void ModSpan::eliminate(std::vector<std::uint32_t>& x) const {
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const std::uint32_t f = x[static_cast<std::size_t>(pivots_[r])];
        if (f == 0) continue;
        const std::vector<std::uint32_t>& row = rows_[r];
        if (field_.modulus() == 2) {
            for (int c = pivots_[r]; c < dim_; ++c) x[static_cast<std::size_t>(c)] ^= row[c];
        } else {
            const std::uint32_t neg = field_.negate(f);
            for (int c = pivots_[r]; c < dim_; ++c) {
                const auto cc = static_cast<std::size_t>(c);
                if (row[cc] != 0) x[cc] = field_.add(x[cc], field_.mul(neg, row[cc]));
            }
        }
    }
}

bool ModSpan::contains(std::vector<std::uint32_t> x) const {
    eliminate(x);
    for (std::uint32_t e : x)
        if (e != 0) return false;
    return true;
}

bool ModSpan::insert(std::vector<std::uint32_t> x) {
    eliminate(x);
    int pivot = -1;
    for (int c = 0; c < dim_; ++c)
        if (x[static_cast<std::size_t>(c)] != 0) {
            pivot = c;
            break;
        }
    if (pivot < 0) return false;
    if (field_.modulus() != 2) {
        const std::uint32_t inv = field_.inverse(x[static_cast<std::size_t>(pivot)]);
        for (int c = pivot; c < dim_; ++c)
            x[static_cast<std::size_t>(c)] = field_.mul(x[static_cast<std::size_t>(c)], inv);
    }
    // Keep the echelon form reduced: clear the new pivot column from the older rows, so that
    // eliminate() needs one pass in any order.
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        std::vector<std::uint32_t>& row = rows_[r];
        const std::uint32_t f = row[static_cast<std::size_t>(pivot)];
        if (f == 0) continue;
        for (int c = pivot; c < dim_; ++c) {
            const auto cc = static_cast<std::size_t>(c);
            row[cc] = field_.modulus() == 2
                          ? (row[cc] ^ x[cc])
                          : field_.add(row[cc], field_.mul(field_.negate(f), x[cc]));
        }
    }
    rows_.push_back(std::move(x));
    pivots_.push_back(pivot);
    return true;
}

}  // namespace tg::search
