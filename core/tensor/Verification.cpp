#include "core/tensor/Verification.h"

#include <gmpxx.h>

#include <algorithm>
#include <climits>
#include <limits>
#include <type_traits>

namespace tg {

namespace {

// The first coefficient that the field cannot hold, as a sentence; empty if there is none.
std::string unreadableCoefficient(const Scheme& s, Field field) {
    if (field == Field::Q) return {};
    for (std::size_t r = 0; r < s.terms.size(); ++r) {
        const Term& t = s.terms[r];
        const std::array<const Factor*, 3> factors{&t.u, &t.v, &t.w};
        const char* names[] = {"u", "v", "w"};
        for (int f = 0; f < 3; ++f)
            for (const Rational& x : *factors[static_cast<std::size_t>(f)]) {
                if (field == Field::Z && !x.isInteger())
                    return "coefficient " + x.toString() + " in term " + std::to_string(r + 1) +
                           " (" + names[f] + ") is not an integer";
                if (field == Field::Z2 && !x.hasOddDenominator())
                    return "coefficient " + x.toString() + " in term " + std::to_string(r + 1) +
                           " (" + names[f] + ") has no value modulo 2";
            }
    }
    return {};
}

// The integer arithmetic of the slice check, overloaded for the two types it runs with:
// std::int64_t, checked (every overflow throws ArithmeticOverflow, so the fast path can only
// answer exactly or give up), and GMP's mpz_class, which cannot overflow.
using BigInt = mpz_class;
static_assert(sizeof(long) == sizeof(std::int64_t), "mpz_class is built from long");

std::int64_t mul(std::int64_t a, std::int64_t b) {
    return checkedMul(a, b);
}
BigInt mul(const BigInt& a, const BigInt& b) {
    return a * b;
}
std::int64_t lcm(std::int64_t a, std::int64_t b) {
    return lcm64(a, b);
}
BigInt lcm(const BigInt& a, const BigInt& b) {
    BigInt r;
    mpz_lcm(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
    return r;
}
// acc += a * b; GMP's addmul needs no temporary in the innermost loop.
void addMul(std::int64_t& acc, std::int64_t a, std::int64_t b) {
    acc = checkedAdd(acc, checkedMul(a, b));
}
void addMul(BigInt& acc, const BigInt& a, const BigInt& b) {
    mpz_addmul(acc.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
}
void subtract(std::int64_t& acc, std::int64_t b) {
    acc = checkedAdd(acc, -b);
}
void subtract(BigInt& acc, const BigInt& b) {
    acc -= b;
}
// Over Z2 entries are 0 or 1 and adding 1 is XOR (the 64-bit path never overflows there, but
// the template is instantiated for both types).
void flip(std::int64_t& x) {
    x ^= 1;
}
void flip(BigInt& x) {
    mpz_combit(x.get_mpz_t(), 0);
}

// The value a wrong entry holds: expected + x / one, reduced mod 2 over Z2 (x is 0 or 1 then).
// Over 64 bits this may itself overflow, which sends the whole check to the bignum path.
void setActual(WrongEntry& e, std::int64_t x, std::int64_t one, bool mod2) {
    e.actual = e.expected + Rational(x, one);
    if (mod2) e.actual = e.actual.mod2();
}
void setActual(WrongEntry& e, const BigInt& x, const BigInt& one, bool mod2) {
    mpq_class q(x, one);
    q.canonicalize();
    q += e.expected.num();
    if (mod2) q = mpz_odd_p(q.get_num_mpz_t()) ? 1 : 0;
    // -2^63 fits a long but not a Rational (its negation does not): text, like larger values.
    if (q.get_num().fits_slong_p() && q.get_num() != LONG_MIN && q.get_den().fits_slong_p())
        e.actual = Rational(q.get_num().get_si(), q.get_den().get_si());
    else
        e.actualText = q.get_str();  // `actual` stays 0; see WrongEntry::actualText
}

// The terms as sparse integer vectors over one common denominator D: the scheme is valid when
// sum_r scale_r * U_r (x) V_r (x) W_r equals D * T, entry for entry.
template <class Int>
struct ScaledTerms {
    struct Sparse {
        std::vector<std::pair<int, Int>> entries;  // (index, numerator)
        Int den = 1;                               // the factor's common denominator
    };
    std::vector<Sparse> u, v, w;
    std::vector<Int> scale;                    // D / (den_u * den_v * den_w)
    Int denominator = 1;                       // D
    std::vector<std::vector<int>> termsWithA;  // for each A index, the terms whose u uses it
};

template <class Int>
typename ScaledTerms<Int>::Sparse sparse(const Factor& f, bool mod2) {
    typename ScaledTerms<Int>::Sparse out;
    if (!mod2)
        for (const Rational& x : f)
            if (!x.isZero()) out.den = lcm(out.den, Int(x.den()));
    for (int i = 0; i < static_cast<int>(f.size()); ++i) {
        const Rational& x = f[std::size_t(i)];
        if (x.isZero()) continue;
        if (mod2) {
            if (x.mod2() != 0) out.entries.emplace_back(i, 1);
        } else {
            out.entries.emplace_back(i, mul(Int(x.num()), Int(out.den / Int(x.den()))));
        }
    }
    return out;
}

template <class Int>
ScaledTerms<Int> prepare(const Scheme& s, bool mod2) {
    ScaledTerms<Int> t;
    t.termsWithA.resize(std::size_t(s.size.uSize()));
    std::vector<Int> termDen;
    for (std::size_t r = 0; r < s.terms.size(); ++r) {
        t.u.push_back(sparse<Int>(s.terms[r].u, mod2));
        t.v.push_back(sparse<Int>(s.terms[r].v, mod2));
        t.w.push_back(sparse<Int>(s.terms[r].w, mod2));
        termDen.push_back(mul(mul(t.u.back().den, t.v.back().den), t.w.back().den));
        t.denominator = lcm(t.denominator, termDen.back());
        for (const auto& [a, value] : t.u.back().entries)
            t.termsWithA[std::size_t(a)].push_back(static_cast<int>(r));
    }
    for (const Int& d : termDen) t.scale.push_back(Int(t.denominator / d));
    return t;
}

// Sums the terms one A-slice at a time into a buffer of vSize*wSize entries that stays in
// cache (instead of a dense tensor of the whole volume: 14 MB for <11,11,11>), and compares
// each slice with D*T. A sparse slice (few contributions) is checked at the entries it touched;
// a dense one by a scan, which is cheaper than tracking. Entries are reset after the check, so
// the buffer is never cleared as a whole. Over Z2 the arithmetic is XOR on 0/1 entries.
// Int is std::int64_t (checked: throws ArithmeticOverflow) or BigInt; one body serves both so
// that the fallback can never check something different from the fast path.
template <class Int>
VerifyReport checkSlices(const Scheme& s, Field field) {
    const bool mod2 = field == Field::Z2;
    const ScaledTerms<Int> t = prepare<Int>(s, mod2);
    const TensorSize& sz = s.size;
    const int ws = sz.wSize();
    const std::size_t sliceSize = std::size_t(sz.vSize()) * std::size_t(ws);
    std::vector<Int> slice(sliceSize);
    std::vector<int> touched;
    VerifyReport report;
    report.field = field;
    report.arbitraryPrecision = !std::is_same_v<Int, std::int64_t>;
    const Int one = mod2 ? Int(1) : t.denominator;

    auto check = [&](int a, int e) {
        Int& x = slice[std::size_t(e)];
        if (x == 0) return;  // right, or a repeat of an entry already counted and reset
        ++report.wrongCount;
        if (report.wrong.size() < VerifyReport::kMaxListed) {
            WrongEntry w{a, e / ws, e % ws, 0, 0, {}};
            w.expected = sz.isMatMulEntry(w.a, w.b, w.c) ? 1 : 0;
            setActual(w, x, one, mod2);
            report.wrong.push_back(std::move(w));
        }
        x = 0;
    };

    for (int a = 0; a < sz.uSize(); ++a) {
        std::size_t contributions = std::size_t(sz.p);
        for (int r : t.termsWithA[std::size_t(a)])
            contributions +=
                t.v[std::size_t(r)].entries.size() * t.w[std::size_t(r)].entries.size();
        const bool sparseSlice = contributions * 8 < sliceSize;
        touched.clear();
        for (int r : t.termsWithA[std::size_t(a)]) {
            Int ua = 0;
            for (const auto& [idx, value] : t.u[std::size_t(r)].entries)
                if (idx == a) ua = value;
            const Int su = mod2 ? Int(1) : mul(ua, t.scale[std::size_t(r)]);
            for (const auto& [b, vb] : t.v[std::size_t(r)].entries) {
                const Int suv = mod2 ? Int(1) : mul(su, vb);
                Int* row = slice.data() + std::size_t(b) * std::size_t(ws);
                const auto& ws_ = t.w[std::size_t(r)].entries;
                if (mod2)
                    for (const auto& [c, wc] : ws_) flip(row[c]);
                else
                    for (const auto& [c, wc] : ws_) addMul(row[c], suv, wc);
                if (sparseSlice)
                    for (const auto& [c, wc] : ws_) touched.push_back(b * ws + c);
            }
        }
        // T's slice at a = (i, j) has ones at b = (j, k), c = (k, i) for every k.
        const int i = a / sz.m;
        const int j = a % sz.m;
        for (int k = 0; k < sz.p; ++k) {
            const int e = sz.bIndex(j, k) * ws + sz.cIndex(i, k);
            Int& x = slice[std::size_t(e)];
            if (mod2)
                flip(x);
            else
                subtract(x, one);
            if (sparseSlice) touched.push_back(e);
        }
        if (sparseSlice) {
            // Index order lists wrong entries the way a full scan would.
            std::sort(touched.begin(), touched.end());
            for (int e : touched) check(a, e);
        } else {
            for (std::size_t e = 0; e < sliceSize; ++e)
                if (slice[e] != 0) check(a, static_cast<int>(e));
        }
    }
    report.valid = report.wrongCount == 0;
    return report;
}

VerifyReport failed(Field field, std::string reason) {
    VerifyReport r;
    r.field = field;
    r.reason = std::move(reason);
    return r;
}

}  // namespace

std::int64_t verificationWork(const Scheme& scheme) {
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    auto nonZeros = [](const Factor& f) {
        return std::int64_t(
            std::count_if(f.begin(), f.end(), [](const Rational& x) { return !x.isZero(); }));
    };
    std::int64_t work = 0;
    for (const Term& t : scheme.terms) {
        // Each factor has at most 256 entries, so one term's product stays below 2^24.
        const std::int64_t term = nonZeros(t.u) * nonZeros(t.v) * nonZeros(t.w);
        work = work > kMax - term ? kMax : work + term;
    }
    return work;
}

namespace {

// A report for a check that was not made because it would take too long.
VerifyReport tooMuchWork(Field field, std::int64_t work, std::int64_t limit) {
    VerifyReport r = failed(field, "not checked: it would sum " + std::to_string(work) +
                                       " products of coefficients, more than the limit of " +
                                       std::to_string(limit) +
                                       " (a dense scheme; tensorgame-cli verify --no-work-limit "
                                       "checks it anyway)");
    r.tooMuchWork = true;
    return r;
}

}  // namespace

VerifyReport verify(const Scheme& scheme, Field field, std::int64_t workLimit) {
    scheme.checkShape();
    if (auto reason = unreadableCoefficient(scheme, field); !reason.empty())
        return failed(field, std::move(reason));
    if (const std::int64_t work = verificationWork(scheme); work > workLimit)
        return tooMuchWork(field, work, workLimit);
    // 64-bit integers suffice for every published scheme and are several times faster; when a
    // product, a sum or the common denominator overflows them, the same check is redone from
    // the start with integers that cannot overflow, so verification never gives up.
    try {
        return checkSlices<std::int64_t>(scheme, field);
    } catch (const ArithmeticOverflow&) {
        return checkSlices<BigInt>(scheme, field);
    }
}

std::array<VerifyReport, 3> verifyAll(const Scheme& scheme, std::int64_t workLimit) {
    VerifyReport q = verify(scheme, Field::Q, workLimit);
    VerifyReport z = q;
    z.field = Field::Z;
    if (auto reason = unreadableCoefficient(scheme, Field::Z); !reason.empty()) {
        z = failed(Field::Z, std::move(reason));
    }
    // Reduction mod 2 is a ring map on rationals with odd denominators, so an identity that
    // holds over Q holds mod 2 as well: no second pass is needed then.
    if (q.valid && scheme.isReducibleMod2()) {
        VerifyReport z2 = q;
        z2.field = Field::Z2;
        return {z, q, z2};
    }
    return {z, q, verify(scheme, Field::Z2, workLimit)};
}

Field inferField(const Scheme& scheme) {
    if (verify(scheme, Field::Q).valid) return scheme.isIntegral() ? Field::Z : Field::Q;
    if (scheme.isReducibleMod2() && verify(scheme, Field::Z2).valid) return Field::Z2;
    return scheme.naturalField();
}

std::string describe(const TensorSize& size, const WrongEntry& e) {
    return size.aLabel(e.a) + "*" + size.bLabel(e.b) + " -> " + size.cLabel(e.c) + ": expected " +
           e.expected.toString() + ", got " +
           (e.actualText.empty() ? e.actual.toString() : e.actualText);
}

std::string describe(const TensorSize& size, const VerifyReport& r) {
    const std::string f = fieldName(r.field);
    if (r.valid) return "valid over " + f;
    if (r.tooMuchWork) return "over " + f + ", " + r.reason;
    if (!r.reason.empty()) return "not a scheme over " + f + ": " + r.reason;
    std::string s = "invalid over " + f + ": " + std::to_string(r.wrongCount) + " wrong " +
                    (r.wrongCount == 1 ? "entry" : "entries");
    for (const WrongEntry& e : r.wrong) s += "\n  " + describe(size, e);
    if (r.wrongCount > static_cast<long long>(r.wrong.size()))
        s += "\n  ... and " +
             std::to_string(r.wrongCount - static_cast<long long>(r.wrong.size())) + " more";
    return s;
}

}  // namespace tg
