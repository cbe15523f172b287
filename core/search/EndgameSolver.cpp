#include "core/search/EndgameSolver.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_set>

#include "core/search/ResidualBounds.h"

namespace tg::search {

std::vector<std::vector<int>> factorVectors(int length, CoefficientSet set, bool canonicalSign) {
    std::vector<int> vals;
    for (const Rational& x : values(set)) vals.push_back(static_cast<int>(x.num()));
    std::vector<std::vector<int>> out;
    std::vector<std::size_t> digits(static_cast<std::size_t>(length), 0);
    const std::size_t zeroDigit =
        static_cast<std::size_t>(std::find(vals.begin(), vals.end(), 0) - vals.begin());
    std::fill(digits.begin(), digits.end(), 0);
    while (true) {
        std::vector<int> v(static_cast<std::size_t>(length));
        bool nonZero = false;
        int firstNonZero = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            v[i] = vals[digits[i]];
            if (v[i] != 0 && !nonZero) {
                nonZero = true;
                firstNonZero = v[i];
            }
        }
        if (nonZero && (!canonicalSign || firstNonZero > 0)) out.push_back(std::move(v));
        std::size_t i = 0;
        while (i < digits.size() && ++digits[i] == vals.size()) digits[i++] = 0;
        if (i == digits.size()) break;
    }
    (void)zeroDigit;
    return out;
}

bool isTight(const IntResidual& residual, int budget) {
    const auto f = flatteningRanks(residual);
    return std::find(f.begin(), f.end(), budget) != f.end();
}

namespace {

// The factor tables are the same for every call with the same size and set; computing them
// per call would dominate small endgames.
const std::vector<std::vector<int>>& cachedFactors(int length, CoefficientSet set, bool canonical) {
    static std::mutex mutex;
    static std::map<std::tuple<int, int, bool>, std::vector<std::vector<int>>> cache;
    std::lock_guard lock(mutex);
    auto key = std::make_tuple(length, static_cast<int>(set), canonical);
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, factorVectors(length, set, canonical)).first;
    return it->second;
}

class Solver {
  public:
    Solver(CoefficientSet set, const EndgameLimits& limits) : set_(set), limits_(limits) {}

    EndgameOutcome solve(IntResidual& r, int budget, std::vector<Action>& moves) {
        if (r.isZero()) return EndgameOutcome::Solved;
        if (budget == 0) return EndgameOutcome::Impossible;
        if (++nodes_ > limits_.maxNodes) return EndgameOutcome::Unknown;
        const std::uint64_t key = r.hash() * 31 + static_cast<std::uint64_t>(budget);
        if (failed_.count(key) != 0) return EndgameOutcome::Impossible;

        const auto f = flatteningRanks(r);
        if (*std::max_element(f.begin(), f.end()) > budget) return EndgameOutcome::Impossible;
        // The tight mode with the fewest pairs to enumerate.
        const TensorSize& s = r.size();
        const int sizes[3] = {s.uSize(), s.vSize(), s.wSize()};
        int mode = -1;
        long long bestPairs = 0;
        for (int k = 0; k < 3; ++k) {
            if (f[static_cast<std::size_t>(k)] != budget) continue;
            const int x = k == 0 ? sizes[1] : sizes[0];
            const int y = k == 2 ? sizes[1] : sizes[2];
            const long long pairs =
                static_cast<long long>(cachedFactors(x, set_, !r.mod2()).size()) *
                static_cast<long long>(cachedFactors(y, set_, !r.mod2()).size());
            if (mode < 0 || pairs < bestPairs) {
                mode = k;
                bestPairs = pairs;
            }
        }
        if (mode < 0 || bestPairs > limits_.maxPairs) return EndgameOutcome::Unknown;

        const ModSpan span = flatteningSpan(r, mode);
        const int xLen = mode == 0 ? sizes[1] : sizes[0];
        const int yLen = mode == 2 ? sizes[1] : sizes[2];
        const auto& xs = cachedFactors(xLen, set_, !r.mod2());
        const auto& ys = cachedFactors(yLen, set_, !r.mod2());
        const auto& own = cachedFactors(sizes[mode], set_, false);
        bool unknown = false;
        Action a;
        for (const auto& x : xs)
            for (const auto& y : ys) {
                // The column of the flattening this term would subtract must lie in the span.
                std::vector<std::uint32_t> column(x.size() * y.size());
                std::size_t k = 0;
                for (int xi : x)
                    for (int yj : y) column[k++] = span.reduce(static_cast<long long>(xi) * yj);
                if (!span.contains(std::move(column))) continue;
                for (const auto& z : own) {
                    assign(a, mode, x, y, z);
                    r.subtract(a);
                    const int rankAfter = flatteningRank(r, mode);
                    if (rankAfter < budget) {
                        const EndgameOutcome o = solve(r, budget - 1, moves);
                        if (o == EndgameOutcome::Solved) {
                            r.add(a, 1);
                            moves.insert(moves.begin(), a);
                            return o;
                        }
                        if (o == EndgameOutcome::Unknown) unknown = true;
                    }
                    r.add(a, 1);
                    if (nodes_ > limits_.maxNodes) return EndgameOutcome::Unknown;
                }
            }
        if (unknown) return EndgameOutcome::Unknown;
        failed_.insert(key);
        return EndgameOutcome::Impossible;
    }

    [[nodiscard]] long long nodes() const { return nodes_; }

  private:
    static void assign(Action& a, int mode, const std::vector<int>& x, const std::vector<int>& y,
                       const std::vector<int>& z) {
        switch (mode) {
            case 0:
                a.u = z, a.v = x, a.w = y;
                break;
            case 1:
                a.u = x, a.v = z, a.w = y;
                break;
            default:
                a.u = x, a.v = y, a.w = z;
                break;
        }
    }

    CoefficientSet set_;
    EndgameLimits limits_;
    long long nodes_ = 0;
    std::unordered_set<std::uint64_t> failed_;
};

}  // namespace

EndgameResult solveEndgame(const IntResidual& residual, int budget, CoefficientSet set,
                           const EndgameLimits& limits) {
    EndgameResult result;
    if (set == CoefficientSet::Unrestricted) return result;  // nothing finite to enumerate
    IntResidual r = residual;
    Solver solver(set, limits);
    result.outcome = solver.solve(r, budget, result.moves);
    result.nodes = solver.nodes();
    if (result.outcome != EndgameOutcome::Solved) result.moves.clear();
    return result;
}

}  // namespace tg::search
