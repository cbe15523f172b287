#include "core/apply/ApplyPlan.h"

#include <algorithm>
#include <vector>

#include "core/tensor/Stability.h"

namespace tg::apply {

ApplyPlan makePlan(const Scheme& s) {
    s.checkShape();
    ApplyPlan plan;
    plan.size = s.size;
    plan.sharing = shareSubexpressions(s);
    plan.stability = stabilityFactor(s);
    std::vector<int> perEntry(std::size_t(s.size.wSize()), 0);
    for (const int t : plan.sharing.products) {
        const Term& term = s.terms[std::size_t(t)];
        plan.maxFormTermsAB =
            std::max(plan.maxFormTermsAB, nonZeroCount(term.u) + nonZeroCount(term.v));
        for (std::size_t q = 0; q < term.w.size(); ++q)
            if (!term.w[q].isZero()) ++perEntry[q];
    }
    for (const int count : perEntry) plan.maxFormTermsC = std::max(plan.maxFormTermsC, count);
    return plan;
}

std::optional<ApplyPlan> makePlanWithin(const Scheme& s, const std::atomic<bool>* stop) {
    s.checkShape();
    if (!additionsWithSharingWithin(s, kBackgroundSharingBudget, stop)) return std::nullopt;
    return makePlan(s);
}

}  // namespace tg::apply
