#include "core/tensor/Stability.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace tg {

namespace {
double magnitude(const Rational& x) {
    return std::fabs(static_cast<double>(x.num()) / static_cast<double>(x.den()));
}

double normL1(const Factor& f) {
    double sum = 0;
    for (const Rational& x : f) sum += magnitude(x);
    return sum;
}
}  // namespace

double stabilityFactor(const Scheme& s) {
    std::vector<double> perEntry(std::size_t(s.size.wSize()), 0.0);
    for (const Term& t : s.terms) {
        if (t.hasZeroFactor()) continue;
        const double weight = normL1(t.u) * normL1(t.v);
        for (std::size_t q = 0; q < t.w.size() && q < perEntry.size(); ++q)
            perEntry[q] += magnitude(t.w[q]) * weight;
    }
    return perEntry.empty() ? 0.0 : *std::max_element(perEntry.begin(), perEntry.end());
}

std::string stabilityFactorText(const Scheme& s) {
    const double e = stabilityFactor(s);
    char text[64];
    // %g with enough digits shows 12 as "12" and 40.5 as "40.5".
    std::snprintf(text, sizeof text, "%.6g", e);
    return text;
}

}  // namespace tg
