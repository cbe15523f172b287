#include "core/apply/ApplyPlan.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/tensor/Stability.h"

namespace tg::apply {

namespace {
// Everything of the plan but the sharing, which the caller made (within a budget or not).
ApplyPlan planWith(const Scheme& s, SharingPlan sharing) {
    ApplyPlan plan;
    plan.size = s.size;
    plan.sharing = std::move(sharing);
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
}  // namespace

ApplyPlan makePlan(const Scheme& s) {
    s.checkShape();
    return planWith(s, shareSubexpressions(s));
}

std::optional<ApplyPlan> makePlanWithin(const Scheme& s, const std::atomic<bool>* stop) {
    s.checkShape();
    std::optional<SharingPlan> sharing =
        shareSubexpressionsWithin(s, kBackgroundSharingBudget, stop);
    if (!sharing) return std::nullopt;
    return planWith(s, std::move(*sharing));
}

}  // namespace tg::apply
