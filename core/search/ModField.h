#pragma once
// Arithmetic in the prime field GF(q) the agent's flattening ranks use: q = 2, or the Mersenne
// prime 2^31 - 1 over Z (ModSpan, FlatteningDrop). Over Z the endgame solver runs millions of
// these, so products fold instead of dividing and small integers skip the division.
#include <cstdint>

namespace tg::search {

class ModField {
  public:
    static constexpr std::uint32_t kLargePrime = 2147483647U;

    explicit constexpr ModField(std::uint32_t q) : q_(q) {}

    [[nodiscard]] constexpr std::uint32_t modulus() const { return q_; }

    // Maps an integer into the field (residual entries and factor products are small).
    [[nodiscard]] constexpr std::uint32_t reduce(long long x) const {
        const auto q = static_cast<long long>(q_);
        if (x >= 0 && x < q) return static_cast<std::uint32_t>(x);
        if (x < 0 && x > -q) return static_cast<std::uint32_t>(x + q);
        const long long r = x % q;
        return static_cast<std::uint32_t>(r < 0 ? r + q : r);
    }
    // a * b for a, b < q; modulo 2^31 - 1 by folding, not by a 64-bit division.
    [[nodiscard]] constexpr std::uint32_t mul(std::uint32_t a, std::uint32_t b) const {
        const std::uint64_t p = static_cast<std::uint64_t>(a) * b;
        if (q_ != kLargePrime) return static_cast<std::uint32_t>(p % q_);
        std::uint64_t f = (p & kLargePrime) + (p >> 31);
        f = (f & kLargePrime) + (f >> 31);
        return static_cast<std::uint32_t>(f >= kLargePrime ? f - kLargePrime : f);
    }
    // a + b for a, b < q.
    [[nodiscard]] constexpr std::uint32_t add(std::uint32_t a, std::uint32_t b) const {
        const std::uint64_t s = static_cast<std::uint64_t>(a) + b;
        return static_cast<std::uint32_t>(s >= q_ ? s - q_ : s);
    }
    // -a for a < q.
    [[nodiscard]] constexpr std::uint32_t negate(std::uint32_t a) const {
        return a == 0 ? 0 : q_ - a;
    }
    // 1 / a for a nonzero a < q, by Fermat: a^(q-2).
    [[nodiscard]] constexpr std::uint32_t inverse(std::uint32_t a) const {
        std::uint32_t result = 1, base = a;
        for (std::uint32_t e = q_ - 2; e != 0; e >>= 1) {
            if ((e & 1U) != 0) result = mul(result, base);
            base = mul(base, base);
        }
        return result;
    }

  private:
    std::uint32_t q_;
};

}  // namespace tg::search
