#include "core/nn/SyntheticDemos.h"

#include <algorithm>
#include <numeric>

#include "core/nn/ActionCodec.h"

namespace tg::nn {

namespace {

int reduce(int x, CoefficientSet set) {
    return set == CoefficientSet::Mod2 ? ((x % 2) + 2) % 2 : x;
}

std::vector<int> randomFactor(int length, const std::vector<int>& nonZero, double density,
                              search::Rng& rng) {
    std::vector<int> f(static_cast<std::size_t>(length), 0);
    while (std::all_of(f.begin(), f.end(), [](int x) { return x == 0; }))
        for (int& x : f)
            x = rng.unit() < density
                    ? nonZero[rng.below(static_cast<std::uint32_t>(nonZero.size()))]
                    : 0;
    return f;
}

// An invertible n x n matrix: signed permutation times `moves` transvections.
std::vector<int> randomInvertible(int n, CoefficientSet set, search::Rng& rng) {
    std::vector<int> perm(static_cast<std::size_t>(n));
    std::iota(perm.begin(), perm.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(perm[static_cast<std::size_t>(i)],
                  perm[rng.below(static_cast<std::uint32_t>(i + 1))]);
    std::vector<int> m(static_cast<std::size_t>(n * n), 0);
    const bool signed_ = set != CoefficientSet::Mod2;
    for (int i = 0; i < n; ++i)
        m[static_cast<std::size_t>(i) * n + perm[static_cast<std::size_t>(i)]] =
            signed_ && rng.coin() ? -1 : 1;
    if (n < 2) return m;
    const int moves = static_cast<int>(rng.below(static_cast<std::uint32_t>(n + 1)));
    for (int t = 0; t < moves; ++t) {
        // Row i += s * row j (i != j): determinant unchanged.
        const int i = static_cast<int>(rng.below(static_cast<std::uint32_t>(n)));
        int j = static_cast<int>(rng.below(static_cast<std::uint32_t>(n - 1)));
        if (j >= i) ++j;
        const int s = signed_ && rng.coin() ? -1 : 1;
        for (int c = 0; c < n; ++c) {
            auto& x = m[static_cast<std::size_t>(i) * n + c];
            x = reduce(x + s * m[static_cast<std::size_t>(j) * n + c], set);
        }
    }
    return m;
}

std::vector<int> multiply(const std::vector<int>& m, const std::vector<int>& x,
                          CoefficientSet set) {
    const int n = static_cast<int>(x.size());
    std::vector<int> y(x.size(), 0);
    for (int i = 0; i < n; ++i) {
        int s = 0;
        for (int j = 0; j < n; ++j)
            s += m[static_cast<std::size_t>(i) * n + j] * x[static_cast<std::size_t>(j)];
        y[static_cast<std::size_t>(i)] = reduce(s, set);
    }
    return y;
}

// Applies an n x n matrix along one mode of a dense U x V x W tensor.
std::vector<int> applyAlong(const std::vector<int>& m, std::vector<int> t, int mode, int u, int v,
                            int w, CoefficientSet set) {
    const int dims[3] = {u, v, w};
    const int n = dims[mode];
    const int strides[3] = {v * w, w, 1};
    const int stride = strides[mode];
    std::vector<int> out(t.size(), 0);
    for (std::size_t base = 0; base < t.size(); ++base) {
        // Visit each fibre once, from its first element.
        if ((static_cast<int>(base) / stride) % n != 0) continue;
        for (int i = 0; i < n; ++i) {
            long long s = 0;
            for (int j = 0; j < n; ++j)
                s += static_cast<long long>(m[static_cast<std::size_t>(i) * n + j]) *
                     t[base + static_cast<std::size_t>(j) * stride];
            out[base + static_cast<std::size_t>(i) * stride] = reduce(static_cast<int>(s), set);
        }
    }
    return out;
}

}  // namespace

SyntheticParams SyntheticParams::forSize(TensorSize size, CoefficientSet set) {
    SyntheticParams p;
    p.size = size;
    p.coefficients = set;
    if (size == TensorSize{2, 2, 2})
        p.maxRank = 8;
    else if (size == TensorSize{3, 3, 3})
        p.maxRank = 25;
    else
        p.maxRank = std::max(1, size.n * size.m * size.p - 1);
    // Sparser factors for bigger grids, so that a term touches a few entries as in real schemes.
    const int longest = std::max({size.uSize(), size.vSize(), size.wSize()});
    p.density = longest <= 4 ? 0.45 : 0.3;
    return p;
}

std::vector<int> sumOfTerms(TensorSize size, CoefficientSet set,
                            std::span<const search::Action> terms) {
    std::vector<int> t(static_cast<std::size_t>(size.volume()), 0);
    for (const auto& term : terms)
        for (int a = 0; a < size.uSize(); ++a) {
            const int ua = term.u[static_cast<std::size_t>(a)];
            if (ua == 0) continue;
            for (int b = 0; b < size.vSize(); ++b) {
                const int uv = ua * term.v[static_cast<std::size_t>(b)];
                if (uv == 0) continue;
                for (int c = 0; c < size.wSize(); ++c)
                    t[static_cast<std::size_t>(size.flatIndex(a, b, c))] +=
                        uv * term.w[static_cast<std::size_t>(c)];
            }
        }
    for (int& x : t) x = reduce(x, set);
    return t;
}

search::Action randomTerm(const SyntheticParams& params, search::Rng& rng) {
    std::vector<int> nonZero;
    for (int x : coefficientValues(params.coefficients))
        if (x != 0) nonZero.push_back(x);
    const auto& s = params.size;
    return {randomFactor(s.uSize(), nonZero, params.density, rng),
            randomFactor(s.vSize(), nonZero, params.density, rng),
            randomFactor(s.wSize(), nonZero, params.density, rng)};
}

BasisChange randomBasisChange(TensorSize size, CoefficientSet set, search::Rng& rng) {
    return {size, randomInvertible(size.uSize(), set, rng),
            randomInvertible(size.vSize(), set, rng), randomInvertible(size.wSize(), set, rng)};
}

search::Action applyBasisChange(const BasisChange& b, const search::Action& a, CoefficientSet set) {
    return {multiply(b.p, a.u, set), multiply(b.q, a.v, set), multiply(b.r, a.w, set)};
}

std::vector<int> applyBasisChange(const BasisChange& b, std::span<const int> tensor,
                                  CoefficientSet set) {
    const int u = b.size.uSize(), v = b.size.vSize(), w = b.size.wSize();
    std::vector<int> t(tensor.begin(), tensor.end());
    t = applyAlong(b.p, std::move(t), 0, u, v, w, set);
    t = applyAlong(b.q, std::move(t), 1, u, v, w, set);
    return applyAlong(b.r, std::move(t), 2, u, v, w, set);
}

std::vector<search::Demonstration> demonstrationsOf(TensorSize size, CoefficientSet set,
                                                    std::span<const search::Action> terms,
                                                    search::Rng* rng) {
    std::vector<search::Demonstration> out;
    const int rank = static_cast<int>(terms.size());
    SyntheticParams limits;
    limits.size = size;
    const int limit = rng ? sampleStepLimit(limits, rank, *rng) : rank;
    for (int k = 0; k < rank; ++k) {
        search::Demonstration d;
        d.state.size = size;
        d.state.coefficients = set;
        d.state.residual = sumOfTerms(size, set, terms.subspan(static_cast<std::size_t>(k)));
        if (std::all_of(d.state.residual.begin(), d.state.residual.end(),
                        [](int x) { return x == 0; }))
            continue;
        d.state.step = k;
        d.state.stepLimit = limit;
        for (int h = std::max(0, k - search::Observation::kHistory); h < k; ++h)
            d.state.history.push_back(terms[static_cast<std::size_t>(h)]);
        const int pick =
            rng ? k + static_cast<int>(rng->below(static_cast<std::uint32_t>(rank - k))) : k;
        d.action = terms[static_cast<std::size_t>(pick)];
        d.movesLeft = rank - k;
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<search::Action> randomGame(const SyntheticParams& params, search::Rng& rng) {
    const int lo = std::max(1, params.minRank);
    const int hi = std::max(lo, params.maxRank);
    const int rank = lo + static_cast<int>(rng.below(static_cast<std::uint32_t>(hi - lo + 1)));
    std::vector<search::Action> terms;
    terms.reserve(static_cast<std::size_t>(rank));
    for (int i = 0; i < rank; ++i) terms.push_back(randomTerm(params, rng));
    if (rng.unit() < params.basisChangeProbability) {
        // Over Z a basis change may push coefficients out of the set: try a few, else keep the
        // terms as drawn.
        for (int attempt = 0; attempt < 4; ++attempt) {
            const BasisChange b = randomBasisChange(params.size, params.coefficients, rng);
            std::vector<search::Action> moved;
            moved.reserve(terms.size());
            bool ok = true;
            for (const auto& t : terms) {
                moved.push_back(applyBasisChange(b, t, params.coefficients));
                if (!withinSet(moved.back(), params.coefficients)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                terms = std::move(moved);
                break;
            }
        }
    }
    for (auto& t : terms) t = canonicalAction(std::move(t), params.coefficients);
    for (int i = rank - 1; i > 0; --i)
        std::swap(terms[static_cast<std::size_t>(i)],
                  terms[rng.below(static_cast<std::uint32_t>(i + 1))]);
    return terms;
}

int sampleStepLimit(const SyntheticParams& params, int rank, search::Rng& rng) {
    if (rng.unit() < params.noLimitProbability) return 0;
    if (rng.unit() < params.tightLimitProbability) return rank;
    const int naive = params.size.n * params.size.m * params.size.p;
    const int slack = std::max({1, params.limitSlack, naive - rank});
    return rank + 1 + static_cast<int>(rng.below(static_cast<std::uint32_t>(slack)));
}

search::Demonstration sampleDemonstration(const SyntheticParams& params, search::Rng& rng) {
    for (;;) {
        const auto terms = randomGame(params, rng);
        const int rank = static_cast<int>(terms.size());
        const int k = static_cast<int>(rng.below(static_cast<std::uint32_t>(rank)));
        search::Demonstration d;
        d.state.size = params.size;
        d.state.coefficients = params.coefficients;
        d.state.residual = sumOfTerms(params.size, params.coefficients,
                                      std::span(terms).subspan(static_cast<std::size_t>(k)));
        if (std::all_of(d.state.residual.begin(), d.state.residual.end(),
                        [](int x) { return x == 0; }))
            continue;  // mod 2 cancellation: not a lesson
        d.state.step = k;
        d.state.stepLimit = sampleStepLimit(params, rank, rng);
        for (int h = std::max(0, k - search::Observation::kHistory); h < k; ++h)
            d.state.history.push_back(terms[static_cast<std::size_t>(h)]);
        const int pick = params.moveOrderAugmentation
                             ? k + static_cast<int>(rng.below(static_cast<std::uint32_t>(rank - k)))
                             : k;
        d.action = terms[static_cast<std::size_t>(pick)];
        d.movesLeft = rank - k;
        return d;
    }
}

}  // namespace tg::nn
