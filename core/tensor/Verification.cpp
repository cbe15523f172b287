#include "core/tensor/Verification.h"

#include "core/tensor/ExactTensor.h"

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

VerifyReport compare(const Scheme& s, Field field, const ExactTensor& sum) {
    VerifyReport report;
    report.field = field;
    const TensorSize& sz = s.size;
    long long flat = 0;
    for (int a = 0; a < sz.uSize(); ++a)
        for (int b = 0; b < sz.vSize(); ++b)
            for (int c = 0; c < sz.wSize(); ++c, ++flat) {
                const std::int64_t got = sum.rawAt(flat);
                const int want = sz.isMatMulEntry(a, b, c) ? 1 : 0;
                if (got == want * sum.denominator()) continue;
                ++report.wrongCount;
                if (report.wrong.size() < VerifyReport::kMaxListed)
                    report.wrong.push_back(
                        {a, b, c, Rational(want), Rational(got, sum.denominator())});
            }
    report.valid = report.wrongCount == 0;
    return report;
}

ExactTensor sumOfTerms(const Scheme& s, Field storage) {
    ExactTensor sum(s.size, storage);
    if (storage != Field::Z2) {
        // One rescale up front instead of one per new denominator met on the way.
        std::int64_t den = 1;
        for (const Term& t : s.terms) {
            std::int64_t d = 1;
            for (const Factor* f : {&t.u, &t.v, &t.w}) {
                std::int64_t fd = 1;
                for (const Rational& x : *f) fd = lcm64(fd, x.den());
                d = checkedMul(d, fd);
            }
            den = lcm64(den, d);
        }
        sum.reserveDenominator(den);
    }
    for (const Term& t : s.terms) sum.addTerm(t);
    return sum;
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
        return compare(scheme, field, sumOfTerms(scheme, field == Field::Z2 ? Field::Z2 : Field::Q));
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
    return {z, q, verify(scheme, Field::Z2)};
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
        s += "\n  ... and " + std::to_string(r.wrongCount - static_cast<long long>(r.wrong.size())) +
             " more";
    return s;
}

}  // namespace tg
