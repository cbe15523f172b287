#pragma once
// Row spans over a prime field GF(q), q = 2 or q = 2^31 - 1, kept in reduced echelon form: the
// agent's flattening ranks and its test of whether a rank-1 term can lower one. Ranks modulo
// the large prime are lower bounds of ranks over Q (equal for all but very special inputs), so
// every bound derived from them stays a true bound.
#include <cstdint>
#include <vector>

#include "core/search/ModField.h"

namespace tg::search {

class ModSpan {
  public:
    static constexpr std::uint32_t kLargePrime = ModField::kLargePrime;

    ModSpan(int dimension, std::uint32_t q) : dim_(dimension), field_(q) {}

    // Maps an integer into the field.
    [[nodiscard]] std::uint32_t reduce(long long x) const { return field_.reduce(x); }
    // Adds x to the span; true when it was independent of what the span held.
    bool insert(std::vector<std::uint32_t> x);
    [[nodiscard]] bool contains(std::vector<std::uint32_t> x) const;
    [[nodiscard]] int rank() const { return static_cast<int>(rows_.size()); }
    // A basis of the span (reduced echelon rows).
    [[nodiscard]] const std::vector<std::vector<std::uint32_t>>& basis() const { return rows_; }
    [[nodiscard]] int dimension() const { return dim_; }
    [[nodiscard]] std::uint32_t modulus() const { return field_.modulus(); }
    [[nodiscard]] const ModField& field() const { return field_; }

  private:
    // x minus its projection on the span (zero exactly when x lies in it).
    void eliminate(std::vector<std::uint32_t>& x) const;
    int dim_;
    ModField field_;
    std::vector<std::vector<std::uint32_t>> rows_;  // each with a leading 1 at pivots_[i]
    std::vector<int> pivots_;
};

}  // namespace tg::search
