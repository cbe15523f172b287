#include "core/tensor/Scheme.h"

#include <algorithm>

namespace tg {

void Scheme::checkShape() const {
    if (!size.isValid()) throw SchemeError("invalid size " + size.toString());
    for (std::size_t r = 0; r < terms.size(); ++r) {
        const Term& t = terms[r];
        if (t.u.size() != static_cast<std::size_t>(size.uSize()) ||
            t.v.size() != static_cast<std::size_t>(size.vSize()) ||
            t.w.size() != static_cast<std::size_t>(size.wSize())) {
            throw SchemeError("term " + std::to_string(r + 1) + " has factor lengths " +
                              std::to_string(t.u.size()) + "," + std::to_string(t.v.size()) + "," +
                              std::to_string(t.w.size()) + " but " + size.toString() + " needs " +
                              std::to_string(size.uSize()) + "," + std::to_string(size.vSize()) +
                              "," + std::to_string(size.wSize()));
        }
    }
}

namespace {
template <typename Pred>
bool allCoefficients(const Scheme& s, Pred pred) {
    return std::all_of(s.terms.begin(), s.terms.end(), [&](const Term& t) {
        return std::all_of(t.u.begin(), t.u.end(), pred) &&
               std::all_of(t.v.begin(), t.v.end(), pred) &&
               std::all_of(t.w.begin(), t.w.end(), pred);
    });
}
}  // namespace

bool Scheme::isIntegral() const {
    return allCoefficients(*this, [](const Rational& x) { return x.isInteger(); });
}

bool Scheme::isReducibleMod2() const {
    return allCoefficients(*this, [](const Rational& x) { return x.hasOddDenominator(); });
}

Field Scheme::naturalField() const {
    return isIntegral() ? Field::Z : Field::Q;
}

bool sameTerms(const Scheme& a, const Scheme& b) {
    return a.size == b.size && a.terms == b.terms;
}

}  // namespace tg
