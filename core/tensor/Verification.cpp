#include "core/tensor/Verification.h"

#include <algorithm>

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

// The terms as sparse integer vectors over one common denominator D: the scheme is valid when
// sum_r scale_r * U_r (x) V_r (x) W_r equals D * T, entry for entry.
struct ScaledTerms {
    struct Sparse {
        std::vector<std::pair<int, std::int64_t>> entries;  // (index, numerator)
        std::int64_t den = 1;                               // the factor's common denominator
    };
    std::vector<Sparse> u, v, w;
    std::vector<std::int64_t> scale;           // D / (den_u * den_v * den_w)
    std::int64_t denominator = 1;              // D
    std::vector<std::vector<int>> termsWithA;  // for each A index, the terms whose u uses it
};

ScaledTerms::Sparse sparse(const Factor& f, bool mod2) {
    ScaledTerms::Sparse out;
    if (!mod2)
        for (const Rational& x : f)
            if (!x.isZero()) out.den = lcm64(out.den, x.den());
    for (int i = 0; i < static_cast<int>(f.size()); ++i) {
        const Rational& x = f[std::size_t(i)];
        if (x.isZero()) continue;
        if (mod2) {
            if (x.mod2() != 0) out.entries.emplace_back(i, 1);
        } else {
            out.entries.emplace_back(i, checkedMul(x.num(), out.den / x.den()));
        }
    }
    return out;
}

ScaledTerms prepare(const Scheme& s, bool mod2) {
    ScaledTerms t;
    t.termsWithA.resize(std::size_t(s.size.uSize()));
    std::vector<std::int64_t> termDen;
    for (std::size_t r = 0; r < s.terms.size(); ++r) {
        t.u.push_back(sparse(s.terms[r].u, mod2));
        t.v.push_back(sparse(s.terms[r].v, mod2));
        t.w.push_back(sparse(s.terms[r].w, mod2));
        termDen.push_back(checkedMul(checkedMul(t.u.back().den, t.v.back().den), t.w.back().den));
        t.denominator = lcm64(t.denominator, termDen.back());
        for (const auto& [a, value] : t.u.back().entries)
            t.termsWithA[std::size_t(a)].push_back(static_cast<int>(r));
    }
    for (std::int64_t d : termDen) t.scale.push_back(t.denominator / d);
    return t;
}

// Sums the terms one A-slice at a time into a buffer of vSize*wSize entries that stays in
// cache (instead of a dense tensor of the whole volume: 14 MB for <11,11,11>), and compares
// each slice with D*T. A sparse slice (few contributions) is checked at the entries it touched;
// a dense one by a scan, which is cheaper than tracking. Entries are reset after the check, so
// the buffer is never cleared as a whole. Over Z2 the arithmetic is XOR on 0/1 entries.
VerifyReport checkSlices(const Scheme& s, Field field) {
    const bool mod2 = field == Field::Z2;
    const ScaledTerms t = prepare(s, mod2);
    const TensorSize& sz = s.size;
    const int ws = sz.wSize();
    const std::size_t sliceSize = std::size_t(sz.vSize()) * std::size_t(ws);
    std::vector<std::int64_t> slice(sliceSize);
    std::vector<int> touched;
    VerifyReport report;
    report.field = field;
    const std::int64_t one = mod2 ? 1 : t.denominator;

    auto check = [&](int a, int e) {
        std::int64_t& x = slice[std::size_t(e)];
        if (x == 0) return;  // right, or a repeat of an entry already counted and reset
        ++report.wrongCount;
        if (report.wrong.size() < VerifyReport::kMaxListed) {
            const int b = e / ws;
            const int c = e % ws;
            const Rational expected(sz.isMatMulEntry(a, b, c) ? 1 : 0);
            Rational actual = expected + Rational(x, one);
            if (mod2) actual = actual.mod2();
            report.wrong.push_back({a, b, c, expected, actual});
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
            std::int64_t ua = 0;
            for (const auto& [idx, value] : t.u[std::size_t(r)].entries)
                if (idx == a) ua = value;
            const std::int64_t su = mod2 ? 1 : checkedMul(ua, t.scale[std::size_t(r)]);
            for (const auto& [b, vb] : t.v[std::size_t(r)].entries) {
                const std::int64_t suv = mod2 ? 1 : checkedMul(su, vb);
                std::int64_t* row = slice.data() + std::size_t(b) * std::size_t(ws);
                const auto& ws_ = t.w[std::size_t(r)].entries;
                if (mod2)
                    for (const auto& [c, wc] : ws_) row[c] ^= 1;
                else
                    for (const auto& [c, wc] : ws_)
                        row[c] = checkedAdd(row[c], checkedMul(suv, wc));
                if (sparseSlice)
                    for (const auto& [c, wc] : ws_) touched.push_back(b * ws + c);
            }
        }
        // T's slice at a = (i, j) has ones at b = (j, k), c = (k, i) for every k.
        const int i = a / sz.m;
        const int j = a % sz.m;
        for (int k = 0; k < sz.p; ++k) {
            const int e = sz.bIndex(j, k) * ws + sz.cIndex(i, k);
            std::int64_t& x = slice[std::size_t(e)];
            x = mod2 ? x ^ 1 : checkedAdd(x, -one);
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

VerifyReport verify(const Scheme& scheme, Field field) {
    scheme.checkShape();
    if (auto reason = unreadableCoefficient(scheme, field); !reason.empty())
        return failed(field, std::move(reason));
    try {
        return checkSlices(scheme, field);
    } catch (const ArithmeticOverflow& e) {
        return failed(field, std::string("coefficients too large to verify exactly: ") + e.what());
    }
}

std::array<VerifyReport, 3> verifyAll(const Scheme& scheme) {
    VerifyReport q = verify(scheme, Field::Q);
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
    return {z, q, verify(scheme, Field::Z2)};
}

Field inferField(const Scheme& scheme) {
    if (verify(scheme, Field::Q).valid) return scheme.isIntegral() ? Field::Z : Field::Q;
    if (scheme.isReducibleMod2() && verify(scheme, Field::Z2).valid) return Field::Z2;
    return scheme.naturalField();
}

std::string describe(const TensorSize& size, const WrongEntry& e) {
    return size.aLabel(e.a) + "*" + size.bLabel(e.b) + " -> " + size.cLabel(e.c) + ": expected " +
           e.expected.toString() + ", got " + e.actual.toString();
}

std::string describe(const TensorSize& size, const VerifyReport& r) {
    const std::string f = fieldName(r.field);
    if (r.valid) return "valid over " + f;
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
