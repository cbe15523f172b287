#include "core/search/PairCandidates.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

#include "core/search/CompletionScore.h"
#include "core/search/EndgameSolver.h"
#include "core/search/Rng.h"
#include "core/search/SpanCompletion.h"

namespace tg::search {

namespace {

// x1 + x2 mod 2, or x1 when they are equal (the sum would vanish).
std::vector<int> combine(const std::vector<int>& x1, const std::vector<int>& x2) {
    if (x1 == x2) return x1;
    std::vector<int> out(x1.size());
    for (std::size_t i = 0; i < x1.size(); ++i) out[i] = (x1[i] ^ x2[i]) & 1;
    return out;
}

// The most w a completed pair move may choose from: every w of <3,3,3> (511) and of smaller
// sizes; above it (<4,4,4>: 65,535) the pairs keep their own w.
constexpr long long kMaxCompletionW = 4096;

}  // namespace

std::vector<Action> pairCandidates(const IntResidual& residual, int count, std::uint64_t seed) {
    if (!residual.mod2() || count <= 0) return {};
    return pairCandidates(residual, completeBySpans(residual), count, seed);
}

std::vector<Action> pairCandidates(const IntResidual& residual, const std::vector<Action>& terms,
                                   int count, std::uint64_t seed) {
    std::vector<Action> out;
    if (!residual.mod2() || count <= 0) return out;
    const int n = static_cast<int>(terms.size());
    if (n < 2) return out;
    const int wLength = residual.size().wSize();
    const bool completes = factorCount(wLength, CoefficientSet::Mod2, false) <= kMaxCompletionW;
    Rng rng(seed);
    // A draw: two terms i < j, a choice per factor (0: t1's, 1: t2's, 2: their sum), and
    // whether w is the best completion of (u, v) instead; drawn without replacement (a partial
    // shuffle of every draw), so that a large count tries them all.
    const int pairs = n * (n - 1) / 2;
    std::vector<int> order(static_cast<std::size_t>(pairs) * 54);
    std::iota(order.begin(), order.end(), 0);
    std::set<std::tuple<std::vector<int>, std::vector<int>, std::vector<int>>> seen;
    // A completed draw ignores its w choice: the three draws of one (u, v) give one move.
    std::set<int> completed;  // pair * 9 + the u and v choices
    for (std::size_t k = 0; k < order.size() && static_cast<int>(out.size()) < count; ++k) {
        std::swap(order[k], order[k + rng.below(static_cast<std::uint32_t>(order.size() - k))]);
        const int pattern = order[k] % 54;
        int pair = order[k] / 54, i = 0;
        while (pair >= n - 1 - i) pair -= n - 1 - i++;
        const Action& a = terms[static_cast<std::size_t>(i)];
        const int j = i + 1 + pair;
        const Action& b = terms[static_cast<std::size_t>(j)];
        auto pick = [](const std::vector<int>& x1, const std::vector<int>& x2, int choice) {
            return choice == 0 ? x1 : choice == 1 ? x2 : combine(x1, x2);
        };
        std::optional<Action> move =
            Action{pick(a.u, b.u, pattern % 3), pick(a.v, b.v, pattern / 3 % 3),
                   pick(a.w, b.w, pattern / 9 % 3)};
        if (pattern >= 27) {
            if (!completes || !completed.insert(order[k] / 54 * 9 + pattern % 9).second) continue;
            move = bestCompletionMod2(residual, *move);
        }
        if (!move || hasZeroFactor(*move)) continue;
        if (seen.emplace(move->u, move->v, move->w).second) out.push_back(std::move(*move));
    }
    return out;
}

}  // namespace tg::search
