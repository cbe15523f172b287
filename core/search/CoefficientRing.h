#pragma once
// The two coefficient domains the flip-graph walkers work in, as bit-packed factor vectors.
//
// A factor has at most 64 entries (n*m, m*p, p*n <= 64, i.e. up to 8x8 blocks), so it fits one
// machine word per bit plane and every vector operation is a handful of bitwise instructions.
//   Mod2Ring:    one word; addition is XOR and there are no signs.
//   TernaryRing: entries in {-1, 0, 1} as two disjoint masks (positive, negative). A sum whose
//                entries would leave the set (1 + 1) is refused, which keeps every scheme
//                the walker visits a scheme over Z with coefficients in {-1, 0, 1}.
#include <cstdint>

#include "core/tensor/Field.h"
#include "core/tensor/Term.h"

namespace tg::search {

struct Mod2Ring {
    using Vec = std::uint64_t;
    static constexpr Field kField = Field::Z2;
    static constexpr bool kSigned = false;
    static bool isZero(Vec a) { return a == 0; }
    // +1 when b == a, -1 when b == -a, 0 otherwise (mod 2 only +1 is possible).
    static int match(Vec a, Vec b) { return a == b ? 1 : 0; }
    // out = a + sign * b; false when the result leaves the coefficient set (never mod 2).
    static bool addScaled(Vec a, Vec b, int /*sign*/, Vec& out) {
        out = a ^ b;
        return true;
    }
    static Vec negate(Vec a) { return a; }
    // One representative of {a, -a}: equal keys exactly when match(a, b) != 0.
    static Vec key(Vec a) { return a; }
    static std::uint64_t hash(Vec k) { return k * 0x9E3779B97F4A7C15ULL; }
    static int drawSign(bool /*coin*/) { return 1; }
    static Rational coefficient(Vec a, int bit) {
        return static_cast<std::int64_t>((a >> bit) & 1);
    }
    // nullopt-free conversion: false when a coefficient cannot be represented.
    static bool fromCoefficient(const Rational& c, int bit, Vec& a) {
        if (!c.hasOddDenominator()) return false;
        if (c.mod2() != 0) a |= std::uint64_t{1} << bit;
        return true;
    }
};

struct TernaryVec {
    std::uint64_t pos = 0;
    std::uint64_t neg = 0;
    friend bool operator==(const TernaryVec&, const TernaryVec&) = default;
};

struct TernaryRing {
    using Vec = TernaryVec;
    static constexpr Field kField = Field::Z;
    static constexpr bool kSigned = true;
    static bool isZero(Vec a) { return (a.pos | a.neg) == 0; }
    static int match(Vec a, Vec b) {
        if (a == b) return 1;
        return (a.pos == b.neg && a.neg == b.pos) ? -1 : 0;
    }
    static Vec negate(Vec a) { return {a.neg, a.pos}; }
    // One representative of {a, -a} (the lowest nonzero entry positive): equal keys exactly
    // when match(a, b) != 0.
    static Vec key(Vec a) {
        const std::uint64_t any = a.pos | a.neg;
        const std::uint64_t low = any & (~any + 1);
        return (a.neg & low) != 0 ? negate(a) : a;
    }
    static std::uint64_t hash(Vec k) {
        return (k.pos * 0x9E3779B97F4A7C15ULL) ^ (k.neg * 0xC2B2AE3D27D4EB4FULL);
    }
    static bool addScaled(Vec a, Vec b, int sign, Vec& out) {
        if (sign < 0) b = negate(b);
        if (((a.pos & b.pos) | (a.neg & b.neg)) != 0) return false;  // a 2 or -2 would appear
        out.pos = (a.pos & ~b.neg) | (b.pos & ~a.neg);
        out.neg = (a.neg & ~b.pos) | (b.neg & ~a.pos);
        return true;
    }
    static int drawSign(bool coin) { return coin ? 1 : -1; }
    static Rational coefficient(Vec a, int bit) {
        if ((a.pos >> bit) & 1) return 1;
        if ((a.neg >> bit) & 1) return -1;
        return 0;
    }
    static bool fromCoefficient(const Rational& c, int bit, Vec& a) {
        if (c == Rational(1))
            a.pos |= std::uint64_t{1} << bit;
        else if (c == Rational(-1))
            a.neg |= std::uint64_t{1} << bit;
        else if (!c.isZero())
            return false;
        return true;
    }
};

}  // namespace tg::search
