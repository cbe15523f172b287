#include "core/tensor/Cost.h"

#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace tg {

namespace {
bool isUnit(const Rational& x) {
    return x == Rational(1) || x == Rational(-1);
}

void countForm(int nonZeros, int nonUnits, Cost& c) {
    if (nonZeros > 0) c.additions += nonZeros - 1;
    c.scalings += nonUnits;
}
}  // namespace

Cost cost(const Scheme& s) {
    Cost c;
    std::vector<int> perEntry(std::size_t(s.size.wSize()), 0);
    std::vector<int> scalingsPerEntry(std::size_t(s.size.wSize()), 0);
    for (const Term& t : s.terms) {
        if (t.hasZeroFactor()) continue;
        ++c.multiplications;
        for (const Factor* f : {&t.u, &t.v}) {
            int nz = 0;
            int nonUnit = 0;
            for (const Rational& x : *f)
                if (!x.isZero()) {
                    ++nz;
                    nonUnit += isUnit(x) ? 0 : 1;
                }
            countForm(nz, nonUnit, c);
        }
        for (std::size_t e = 0; e < t.w.size(); ++e)
            if (!t.w[e].isZero()) {
                ++perEntry[e];
                scalingsPerEntry[e] += isUnit(t.w[e]) ? 0 : 1;
            }
    }
    for (std::size_t e = 0; e < perEntry.size(); ++e)
        countForm(perEntry[e], scalingsPerEntry[e], c);
    return c;
}

namespace {

using Form = std::map<int, Rational>;  // variable -> coefficient

// The pairs one round of the greedy pass visits: a round costs about this many map updates.
std::int64_t pairsIn(const std::vector<Form>& forms) {
    std::int64_t pairs = 0;
    for (const Form& f : forms) pairs += std::int64_t(f.size()) * std::int64_t(f.size() - 1) / 2;
    return pairs;
}

// Greedy common-subexpression elimination over a set of linear forms, recording each variable
// it names and the forms rewritten over them. `budget` (when given) is the number of pair
// visits left for the whole scheme: nullopt once a round would exceed it.
std::optional<SharedForms> greedySharing(std::vector<Form> forms, int inputs, std::int64_t* budget,
                                         const std::atomic<bool>* stop) {
    const auto stopped = [stop] {
        return stop != nullptr && stop->load(std::memory_order_relaxed);
    };
    SharedForms out;
    out.inputs = inputs;
    while (true) {
        if (stopped()) return std::nullopt;
        if (budget != nullptr) {
            *budget -= pairsIn(forms);
            if (*budget < 0) return std::nullopt;
        }
        // (x, y, ratio) -> number of forms holding c*x + c*ratio*y
        std::map<std::tuple<int, int, Rational>, int> counts;
        for (const Form& f : forms) {
            if (stopped()) return std::nullopt;  // a round can be long
            for (auto i = f.begin(); i != f.end(); ++i)
                for (auto j = std::next(i); j != f.end(); ++j)
                    ++counts[{i->first, j->first, j->second / i->second}];
        }
        auto best = counts.end();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (it->second >= 2 && (best == counts.end() || it->second > best->second)) best = it;
        if (best == counts.end()) break;
        const auto [x, y, ratio] = best->first;
        const int z = inputs + static_cast<int>(out.fresh.size());
        out.fresh.push_back({x, y, ratio});  // z = x + ratio*y, computed once
        for (Form& f : forms) {
            auto ix = f.find(x);
            auto iy = f.find(y);
            if (ix == f.end() || iy == f.end() || iy->second / ix->second != ratio) continue;
            const Rational c = ix->second;
            f.erase(ix);
            f.erase(iy);
            f[z] = c;
        }
    }
    out.forms.reserve(forms.size());
    for (const Form& f : forms) out.forms.emplace_back(f.begin(), f.end());
    return out;
}

Form formOf(const Factor& f) {
    Form out;
    for (std::size_t i = 0; i < f.size(); ++i)
        if (!f[i].isZero()) out[static_cast<int>(i)] = f[i];
    return out;
}

}  // namespace

int SharedForms::additions() const {
    int n = static_cast<int>(fresh.size());
    for (const SparseForm& f : forms)
        if (!f.empty()) n += static_cast<int>(f.size()) - 1;
    return n;
}

namespace {

std::optional<SharingPlan> planSharing(const Scheme& s, std::int64_t* budget,
                                       const std::atomic<bool>* stop = nullptr) {
    SharingPlan plan;
    std::vector<Form> a;
    std::vector<Form> b;
    std::vector<Form> c(std::size_t(s.size.wSize()));
    for (std::size_t t = 0; t < s.terms.size(); ++t) {
        const Term& term = s.terms[t];
        if (term.hasZeroFactor()) continue;
        const int r = static_cast<int>(plan.products.size());
        plan.products.push_back(static_cast<int>(t));
        a.push_back(formOf(term.u));
        b.push_back(formOf(term.v));
        for (std::size_t e = 0; e < term.w.size(); ++e)
            if (!term.w[e].isZero()) c[e][r] = term.w[e];
    }
    auto sa = greedySharing(std::move(a), s.size.uSize(), budget, stop);
    if (!sa) return std::nullopt;
    auto sb = greedySharing(std::move(b), s.size.vSize(), budget, stop);
    if (!sb) return std::nullopt;
    auto sc = greedySharing(std::move(c), static_cast<int>(plan.products.size()), budget, stop);
    if (!sc) return std::nullopt;
    plan.a = std::move(*sa);
    plan.b = std::move(*sb);
    plan.c = std::move(*sc);
    return plan;
}

}  // namespace

SharingPlan shareSubexpressions(const Scheme& s) {
    return *planSharing(s, nullptr);
}

int additionsWithSharing(const Scheme& s) {
    return shareSubexpressions(s).additions();
}

std::optional<int> additionsWithSharingWithin(const Scheme& s, std::int64_t pairVisits,
                                              const std::atomic<bool>* stop) {
    const auto plan = planSharing(s, &pairVisits, stop);
    return plan ? std::optional<int>(plan->additions()) : std::nullopt;
}

std::optional<SharingPlan> shareSubexpressionsWithin(const Scheme& s, std::int64_t pairVisits,
                                                     const std::atomic<bool>* stop) {
    return planSharing(s, &pairVisits, stop);
}

}  // namespace tg
