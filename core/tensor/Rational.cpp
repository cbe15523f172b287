#include "core/tensor/Rational.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace tg {

void throwOverflow(const char* what) {
    throw ArithmeticOverflow(what);
}

std::int64_t lcm64(std::int64_t a, std::int64_t b) {
    if (a == b || b == 1) return a;
    if (a == 1) return b;
    if (a == 0 || b == 0) return 0;
    const std::int64_t g = std::gcd(a, b);
    return checkedMul(a / g, b);
}

Rational::Rational(std::int64_t num, std::int64_t den) {
    if (den == 0) throw std::domain_error("rational with zero denominator");
    if (num == std::numeric_limits<std::int64_t>::min() ||
        den == std::numeric_limits<std::int64_t>::min())
        throw ArithmeticOverflow("rational part out of range");
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const std::int64_t g = std::gcd(num, den);
    num_ = num / g;
    den_ = den / g;
}

void Rational::throwNoMod2() const {
    throw std::domain_error("coefficient " + toString() + " has no value modulo 2");
}

std::string Rational::toString() const {
    return den_ == 1 ? std::to_string(num_) : std::to_string(num_) + "/" + std::to_string(den_);
}

namespace {
std::optional<std::int64_t> parseDigits(std::string_view s) {
    if (s.empty() || s.size() > 18) return std::nullopt;
    std::int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}
}  // namespace

std::optional<Rational> Rational::parse(std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto slash = text.find('/');
    const auto num = parseDigits(text.substr(0, slash));
    if (!num) return std::nullopt;
    std::int64_t den = 1;
    if (slash != std::string_view::npos) {
        const auto d = parseDigits(text.substr(slash + 1));
        if (!d || *d == 0) return std::nullopt;
        den = *d;
    }
    return Rational(negative ? -*num : *num, den);
}

std::optional<Rational> Rational::fromDouble(double value) {
    if (!std::isfinite(value)) return std::nullopt;
    // value = mantissa * 2^exponent with an integral mantissa of at most 53 bits.
    int exponent = 0;
    const double fraction = std::frexp(value, &exponent);
    auto mantissa = static_cast<std::int64_t>(std::ldexp(fraction, 53));
    exponent -= 53;
    while (mantissa != 0 && (mantissa & 1) == 0 && exponent < 0) {
        mantissa /= 2;
        ++exponent;
    }
    if (mantissa == 0) return Rational(0);
    if (exponent >= 0) {
        if (exponent > 62) return std::nullopt;
        std::int64_t r = 0;
        if (__builtin_mul_overflow(mantissa, std::int64_t{1} << exponent, &r) ||
            r == std::numeric_limits<std::int64_t>::min())
            return std::nullopt;
        return Rational(r);
    }
    if (-exponent > 62) return std::nullopt;
    return Rational(mantissa, std::int64_t{1} << -exponent);
}

Rational operator+(const Rational& a, const Rational& b) {
    if (a.den_ == 1 && b.den_ == 1) return Rational(checkedAdd(a.num_, b.num_));
    const std::int64_t g = std::gcd(a.den_, b.den_);
    const std::int64_t num =
        checkedAdd(checkedMul(a.num_, b.den_ / g), checkedMul(b.num_, a.den_ / g));
    return {num, checkedMul(a.den_ / g, b.den_)};
}

Rational operator-(const Rational& a, const Rational& b) {
    return a + (-b);
}

Rational operator*(const Rational& a, const Rational& b) {
    if (a.den_ == 1 && b.den_ == 1) return Rational(checkedMul(a.num_, b.num_));
    // Cross-cancel first so that products of already-reduced parts stay small.
    const std::int64_t g1 = std::gcd(a.num_, b.den_);
    const std::int64_t g2 = std::gcd(b.num_, a.den_);
    return {checkedMul(a.num_ / (g1 ? g1 : 1), b.num_ / (g2 ? g2 : 1)),
            checkedMul(a.den_ / (g2 ? g2 : 1), b.den_ / (g1 ? g1 : 1))};
}

Rational operator/(const Rational& a, const Rational& b) {
    if (b.isZero()) throw std::domain_error("division by zero");
    return a * Rational(b.den_, b.num_);
}

Rational Rational::operator-() const {
    if (num_ == std::numeric_limits<std::int64_t>::min())
        throw ArithmeticOverflow("integer overflow in negation");
    Rational r;
    r.num_ = -num_;
    r.den_ = den_;
    return r;
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    // Cross products of two 63-bit values fit in 128 bits: the comparison never overflows.
    __extension__ using Int128 = __int128;
    const Int128 l = static_cast<Int128>(a.num_) * b.den_;
    const Int128 r = static_cast<Int128>(b.num_) * a.den_;
    return l <=> r;
}

}  // namespace tg
