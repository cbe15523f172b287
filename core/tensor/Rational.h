#pragma once
// Exact rational numbers with overflow-checked 64-bit parts.
//
// Published schemes use small coefficients (integers, 1/2, 1/8), so 64-bit numerators and
// denominators are ample; what matters is that arithmetic never silently wraps. Every operation
// that would overflow throws ArithmeticOverflow instead, so a verification can only say "valid"
// when the exact identity holds.

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tg {

class ArithmeticOverflow : public std::overflow_error {
  public:
    using std::overflow_error::overflow_error;
};

[[noreturn]] void throwOverflow(const char* what);

// Checked 64-bit helpers shared by Rational and the integer accumulators of verification.
// Inline: they sit in the innermost loops of verification and the game.
inline std::int64_t checkedAdd(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) throwOverflow("integer overflow in addition");
    return r;
}
inline std::int64_t checkedMul(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throwOverflow("integer overflow in multiplication");
    return r;
}
std::int64_t lcm64(std::int64_t a, std::int64_t b);

class Rational {
  public:
    constexpr Rational() = default;
    // Every constructor refuses -2^63 (ArithmeticOverflow): its negation, which subtraction,
    // division and printing a magnitude need, does not fit 64 bits.
    constexpr Rational(std::int64_t value) : num_(value) {  // NOLINT: implicit by design
        if (value == std::numeric_limits<std::int64_t>::min())
            throwOverflow("integer -2^63 is out of the range of exact coefficients");
    }
    // Normalises sign and common factors; throws std::domain_error for a zero denominator.
    Rational(std::int64_t num, std::int64_t den);

    [[nodiscard]] constexpr std::int64_t num() const { return num_; }
    [[nodiscard]] constexpr std::int64_t den() const { return den_; }
    [[nodiscard]] constexpr bool isZero() const { return num_ == 0; }
    [[nodiscard]] constexpr bool isInteger() const { return den_ == 1; }
    // A rational maps into Z/2 exactly when its denominator is odd; it is then num mod 2.
    [[nodiscard]] constexpr bool hasOddDenominator() const { return (den_ & 1) != 0; }
    // Throws std::domain_error for an even denominator.
    [[nodiscard]] int mod2() const {
        if (!hasOddDenominator()) throwNoMod2();
        return static_cast<int>(num_ & 1);
    }

    // "3", "-1", "1/2", "-3/8": the form used in every text output and the project JSON.
    [[nodiscard]] std::string toString() const;
    // Accepts an optional sign, digits, and an optional "/digits" part; no spaces.
    static std::optional<Rational> parse(std::string_view text);
    // Exact conversion of a binary double (AlphaTensor's f8 keys); nullopt when the value
    // has no exact representation with 64-bit parts or is not finite.
    static std::optional<Rational> fromDouble(double value);

    friend Rational operator+(const Rational& a, const Rational& b);
    friend Rational operator-(const Rational& a, const Rational& b);
    friend Rational operator*(const Rational& a, const Rational& b);
    friend Rational operator/(const Rational& a, const Rational& b);
    Rational operator-() const;
    Rational& operator+=(const Rational& o) { return *this = *this + o; }
    Rational& operator-=(const Rational& o) { return *this = *this - o; }
    Rational& operator*=(const Rational& o) { return *this = *this * o; }

    friend constexpr bool operator==(const Rational&, const Rational&) = default;
    friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

  private:
    [[noreturn]] void throwNoMod2() const;
    std::int64_t num_ = 0;
    std::int64_t den_ = 1;  // always > 0, gcd(num_, den_) == 1
};

}  // namespace tg
