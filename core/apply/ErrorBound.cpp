#include "core/apply/ErrorBound.h"

#include <vector>

namespace tg::apply {

double errorBound(const ApplyPlan& plan, long long inner, int levels, double unitRoundoff) {
    // The inner dimension at each level, padded up as RecursiveProduct pads it.
    std::vector<double> innerAt;
    long long k = inner;
    for (int l = 0; l < levels; ++l) {
        k = (k + plan.size.m - 1) / plan.size.m;  // blocks of the level below
        innerAt.push_back(static_cast<double>(k));
    }
    const double k0 = innerAt.empty() ? static_cast<double>(inner) : innerAt.back();
    const double q = 2.0 * (plan.maxFormTermsAB + plan.maxFormTermsC);
    double e = k0 * k0 * unitRoundoff;
    for (int l = levels - 1; l >= 0; --l)
        e = plan.stability * (e + innerAt[std::size_t(l)] * q * unitRoundoff);
    return e;
}

}  // namespace tg::apply
