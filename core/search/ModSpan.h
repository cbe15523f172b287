#pragma once
// Row spans over a prime field GF(q), q = 2 or q = 2^31 - 1, kept in reduced echelon form: the
// agent's flattening ranks and its test of whether a rank-1 term can lower one. Ranks modulo
// the large prime are lower bounds of ranks over Q (equal for all but very special inputs), so
// every bound derived from them stays a true bound.
#include <cstdint>
#include <vector>

namespace tg::search {

class ModSpan {
  public:
    static constexpr std::uint32_t kLargePrime = 2147483647U;

    ModSpan(int dimension, std::uint32_t q) : dim_(dimension), q_(q) {}

    // Maps an integer into the field. Residual entries and factor products are small: those
    // skip the division (over Z the endgame solver reduces millions of them).
    [[nodiscard]] std::uint32_t reduce(long long x) const {
        const auto q = static_cast<long long>(q_);
        if (x >= 0 && x < q) return static_cast<std::uint32_t>(x);
        if (x < 0 && x > -q) return static_cast<std::uint32_t>(x + q);
        const long long r = x % q;
        return static_cast<std::uint32_t>(r < 0 ? r + q : r);
    }
    // Adds x to the span; true when it was independent of what the span held.
    bool insert(std::vector<std::uint32_t> x);
    [[nodiscard]] bool contains(std::vector<std::uint32_t> x) const;
    [[nodiscard]] int rank() const { return static_cast<int>(rows_.size()); }
    // A basis of the span (reduced echelon rows).
    [[nodiscard]] const std::vector<std::vector<std::uint32_t>>& basis() const { return rows_; }
    [[nodiscard]] int dimension() const { return dim_; }
    [[nodiscard]] std::uint32_t modulus() const { return q_; }

  private:
    // x minus its projection on the span (zero exactly when x lies in it).
    void eliminate(std::vector<std::uint32_t>& x) const;
    // Products modulo 2^31 - 1 by folding (a Mersenne prime), not by a 64-bit division: the
    // flattening ranks over Z are eliminations of these, and the division was their cost.
    [[nodiscard]] std::uint32_t mul(std::uint32_t a, std::uint32_t b) const {
        const std::uint64_t p = static_cast<std::uint64_t>(a) * b;
        if (q_ != kLargePrime) return static_cast<std::uint32_t>(p % q_);
        std::uint64_t f = (p & kLargePrime) + (p >> 31);
        f = (f & kLargePrime) + (f >> 31);
        return static_cast<std::uint32_t>(f >= kLargePrime ? f - kLargePrime : f);
    }
    // a + b for a, b < q.
    [[nodiscard]] std::uint32_t add(std::uint32_t a, std::uint32_t b) const {
        const std::uint64_t s = static_cast<std::uint64_t>(a) + b;
        return static_cast<std::uint32_t>(s >= q_ ? s - q_ : s);
    }
    [[nodiscard]] std::uint32_t inverse(std::uint32_t a) const;

    int dim_;
    std::uint32_t q_;
    std::vector<std::vector<std::uint32_t>> rows_;  // each with a leading 1 at pivots_[i]
    std::vector<int> pivots_;
};

}  // namespace tg::search
