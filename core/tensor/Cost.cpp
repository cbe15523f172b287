#include "core/tensor/Cost.h"

#include <map>
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

// Greedy common-subexpression elimination over a set of linear forms; returns additions.
int greedyAdditions(std::vector<Form> forms, int nextVariable) {
    int additions = 0;
    while (true) {
        // (x, y, ratio) -> number of forms holding c*x + c*ratio*y
        std::map<std::tuple<int, int, Rational>, int> counts;
        for (const Form& f : forms)
            for (auto i = f.begin(); i != f.end(); ++i)
                for (auto j = std::next(i); j != f.end(); ++j)
                    ++counts[{i->first, j->first, j->second / i->second}];
        auto best = counts.end();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (it->second >= 2 && (best == counts.end() || it->second > best->second)) best = it;
        if (best == counts.end()) break;
        const auto [x, y, ratio] = best->first;
        const int z = nextVariable++;
        ++additions;  // z = x + ratio*y, computed once
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
    for (const Form& f : forms)
        if (!f.empty()) additions += static_cast<int>(f.size()) - 1;
    return additions;
}

Form formOf(const Factor& f) {
    Form out;
    for (std::size_t i = 0; i < f.size(); ++i)
        if (!f[i].isZero()) out[static_cast<int>(i)] = f[i];
    return out;
}

}  // namespace

int additionsWithSharing(const Scheme& s) {
    std::vector<Form> a;
    std::vector<Form> b;
    std::vector<Form> c(std::size_t(s.size.wSize()));
    int r = 0;
    for (const Term& t : s.terms) {
        if (t.hasZeroFactor()) continue;
        a.push_back(formOf(t.u));
        b.push_back(formOf(t.v));
        for (std::size_t e = 0; e < t.w.size(); ++e)
            if (!t.w[e].isZero()) c[e][r] = t.w[e];
        ++r;
    }
    return greedyAdditions(std::move(a), s.size.uSize()) +
           greedyAdditions(std::move(b), s.size.vSize()) + greedyAdditions(std::move(c), r);
}

}  // namespace tg
