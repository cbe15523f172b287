#include "core/search/SignLift.h"

#include <vector>

#include "core/search/Gf2Matrix.h"
#include "core/search/Rng.h"
#include "core/tensor/ExactTensor.h"
#include "core/tensor/Verification.h"

namespace tg::search {

namespace {

struct Coef {
    int term;
    int factor;  // 0 u, 1 v, 2 w
    int index;
};

Factor& factorOf(Term& t, int k) {
    return k == 0 ? t.u : k == 1 ? t.v : t.w;
}

}  // namespace

std::optional<Scheme> signLift(const Scheme& scheme, std::uint64_t seed, int maxCandidates,
                               SignLiftStats* stats) {
    SignLiftStats local;
    SignLiftStats& st = stats ? *stats : local;
    if (!scheme.isReducibleMod2() || !verify(scheme, Field::Z2).valid) return std::nullopt;
    const TensorSize size = scheme.size;

    // X0: the 0/1 representatives.
    Scheme base = scheme;
    base.field = Field::Z;
    for (Term& t : base.terms)
        for (int k = 0; k < 3; ++k)
            for (Rational& c : factorOf(t, k)) c = c.mod2();

    // The unknown signs: every 1 except the first 1 of u and of v in each term (negating two
    // factors of a term changes nothing, so those signs can be fixed to +1).
    std::vector<Coef> unknowns;
    for (int t = 0; t < base.rank(); ++t) {
        for (int k = 0; k < 3; ++k) {
            bool first = k < 2;
            const Factor& f = factorOf(base.terms[static_cast<std::size_t>(t)], k);
            for (int i = 0; i < static_cast<int>(f.size()); ++i) {
                if (f[static_cast<std::size_t>(i)].isZero()) continue;
                if (first) {
                    first = false;
                    continue;
                }
                unknowns.push_back({t, k, i});
            }
        }
    }
    const int n = static_cast<int>(unknowns.size());
    st.unknowns = n;

    // The integer residual of X0; it is even everywhere because X0 is valid mod 2.
    ExactTensor residual = ExactTensor::matMul(size, Field::Z);
    for (const Term& t : base.terms) residual.addTerm(t, -1);
    const int rows = static_cast<int>(size.volume());
    Gf2Matrix m(rows, n + 1);
    for (int r = 0; r < rows; ++r)
        if (((residual.rawAt(r) / 2) & 1) != 0) m.flip(r, n);

    // Column of unknown j: d/dx of the term's product, e_i (x) (other two factors), mod 2.
    for (int j = 0; j < n; ++j) {
        const Coef& c = unknowns[static_cast<std::size_t>(j)];
        const Term& t = base.terms[static_cast<std::size_t>(c.term)];
        const int lens[3] = {size.uSize(), size.vSize(), size.wSize()};
        for (int a = 0; a < lens[0]; ++a) {
            if (c.factor == 0 ? a != c.index : t.u[static_cast<std::size_t>(a)].isZero()) continue;
            for (int b = 0; b < lens[1]; ++b) {
                if (c.factor == 1 ? b != c.index : t.v[static_cast<std::size_t>(b)].isZero())
                    continue;
                for (int w = 0; w < lens[2]; ++w) {
                    if (c.factor == 2 ? w != c.index : t.w[static_cast<std::size_t>(w)].isZero())
                        continue;
                    m.flip(static_cast<int>(size.flatIndex(a, b, w)), j);
                }
            }
        }
    }
    const std::vector<int> pivots = m.reduce(n + 1);
    if (!pivots.empty() && pivots.back() == n) return std::nullopt;  // 0 = 1: no lift mod 4
    st.solvableMod4 = true;
    std::vector<bool> isPivot(static_cast<std::size_t>(n), false);
    for (int c : pivots) isPivot[static_cast<std::size_t>(c)] = true;
    std::vector<int> freeCols;
    for (int c = 0; c < n; ++c)
        if (!isPivot[static_cast<std::size_t>(c)]) freeCols.push_back(c);
    st.kernelDim = static_cast<int>(freeCols.size());

    Rng rng(seed);
    std::vector<int> d(static_cast<std::size_t>(n));
    for (int attempt = 0; attempt < maxCandidates; ++attempt) {
        std::fill(d.begin(), d.end(), 0);
        if (attempt > 0)
            for (int c : freeCols) d[static_cast<std::size_t>(c)] = rng.coin() ? 1 : 0;
        for (std::size_t r = 0; r < pivots.size(); ++r) {
            int v = m.get(static_cast<int>(r), n) ? 1 : 0;
            for (int c : freeCols)
                if (d[static_cast<std::size_t>(c)] != 0 && m.get(static_cast<int>(r), c)) v ^= 1;
            d[static_cast<std::size_t>(pivots[r])] = v;
        }
        Scheme candidate = base;
        for (int j = 0; j < n; ++j) {
            if (d[static_cast<std::size_t>(j)] == 0) continue;
            const Coef& c = unknowns[static_cast<std::size_t>(j)];
            factorOf(candidate.terms[static_cast<std::size_t>(c.term)],
                     c.factor)[static_cast<std::size_t>(c.index)] = -1;
        }
        ++st.candidates;
        if (verify(candidate, Field::Z).valid) {
            candidate.name = scheme.name.empty() ? "sign lift" : scheme.name + " (lifted to Z)";
            return candidate;
        }
        if (freeCols.empty()) break;
    }
    return std::nullopt;
}

}  // namespace tg::search
