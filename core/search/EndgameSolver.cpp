#include "core/search/EndgameSolver.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_set>

#include "core/search/FlatteningDrop.h"
#include "core/search/Gf2Flattenings.h"
#include "core/search/ResidualBounds.h"

namespace tg::search {

std::vector<std::vector<int>> factorVectors(int length, CoefficientSet set, bool canonicalSign) {
    std::vector<int> vals;
    for (const Rational& x : values(set)) vals.push_back(static_cast<int>(x.num()));
    std::vector<std::vector<int>> out;
    std::vector<std::size_t> digits(static_cast<std::size_t>(length), 0);
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
    return out;
}

long long factorCount(int length, CoefficientSet set, bool canonicalSign) {
    long long base = 0, positive = 0;
    for (const Rational& x : values(set)) {
        ++base;
        if (x.num() > 0) ++positive;
    }
    if (base == 0) return 0;  // no finite set of values (Unrestricted)
    // Vectors whose first nonzero entry is the i-th from the end: leading * base^i, where
    // leading counts the values that entry may take (nonzero, or positive when canonical).
    constexpr long long kCap = 1LL << 62;
    const long long leading = canonicalSign ? positive : base - 1;
    long long total = 0, power = 1;  // power = base^i, saturated at kCap
    for (int i = 0; i < length; ++i) {
        const long long add = power > kCap / std::max(1LL, leading) ? kCap : power * leading;
        total = add >= kCap - total ? kCap : total + add;
        power = power > kCap / base ? kCap : power * base;
    }
    return total;
}

const std::vector<std::vector<int>>& factorTable(int length, CoefficientSet set, bool canonical) {
    static std::mutex mutex;
    static std::map<std::tuple<int, int, bool>, std::vector<std::vector<int>>> cache;
    std::lock_guard lock(mutex);
    auto key = std::make_tuple(length, static_cast<int>(set), canonical);
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, factorVectors(length, set, canonical)).first;
    return it->second;  // std::map never moves its elements
}

bool isTight(const IntResidual& residual, int budget) {
    return isTight(flatteningRanks(residual), budget);
}

bool isTight(const std::array<int, 3>& ranks, int budget) {
    return std::find(ranks.begin(), ranks.end(), budget) != ranks.end();
}

namespace {

// The depth-first search over tight states, on either representation of the residual. Space
// supplies the state's facts (isZero, hash, ranks), what enumerating a mode's lowering moves
// costs (pairCost) and the moves themselves (forEachLowering, which stops when its visitor returns
// false), and how a move is taken back and forth.
template <class Space>
class TightSearch {
  public:
    using State = typename Space::State;
    using Move = typename Space::Move;

    TightSearch(Space space, const EndgameLimits& limits)
        : space_(std::move(space)), limits_(limits) {}

    EndgameOutcome solve(State& r, int budget, std::vector<Move>& moves) {
        if (Space::isZero(r)) return EndgameOutcome::Solved;
        if (budget == 0) return EndgameOutcome::Impossible;
        if (++nodes_ > limits_.maxNodes) return EndgameOutcome::Unknown;
        const std::uint64_t key = Space::hash(r) * 31 + static_cast<std::uint64_t>(budget);
        if (failed_.count(key) != 0) return EndgameOutcome::Impossible;
        const auto f = Space::ranks(r);
        if (*std::max_element(f.begin(), f.end()) > budget) return EndgameOutcome::Impossible;
        const int mode = tightestMode(r, f, budget);
        if (mode < 0) return EndgameOutcome::Unknown;
        bool unknown = false;
        std::optional<EndgameOutcome> decided;
        space_.forEachLowering(r, mode, [&](const Move& a) {
            Space::subtract(r, a);
            const EndgameOutcome o = solve(r, budget - 1, moves);
            Space::addBack(r, a);
            if (o == EndgameOutcome::Solved) {
                moves.insert(moves.begin(), a);
                decided = o;
                return false;
            }
            if (o == EndgameOutcome::Unknown) unknown = true;
            if (nodes_ > limits_.maxNodes) decided = EndgameOutcome::Unknown;
            return !decided;
        });
        if (decided) return *decided;
        if (unknown) return EndgameOutcome::Unknown;
        failed_.insert(key);
        return EndgameOutcome::Impossible;
    }

  private:
    // The tight mode with the fewest pairs to enumerate, or -1 (none within the limit).
    [[nodiscard]] int tightestMode(const State& r, const std::array<int, 3>& f, int budget) const {
        int mode = -1;
        long long best = 0;
        for (int k = 0; k < 3; ++k) {
            if (f[static_cast<std::size_t>(k)] != budget) continue;
            const long long cost = space_.pairCost(r, k, budget);
            if (mode < 0 || cost < best) {
                mode = k;
                best = cost;
            }
        }
        return mode >= 0 && best <= limits_.maxPairs ? mode : -1;
    }

    Space space_;
    EndgameLimits limits_;
    long long nodes_ = 0;
    std::unordered_set<std::uint64_t> failed_;
};

// Residuals as ints (over Z, and mod 2 for sizes beyond bit rows): which terms lower the tight
// rank comes from a rank-one update (FlatteningDrop.h), the answer recomputing the rank after
// each term gave, at a dot product's cost (over Z that recomputation was most of the ternary
// agent's time).
class IntSpace {
  public:
    using State = IntResidual;
    using Move = Action;

    explicit IntSpace(CoefficientSet set) : set_(set) {}

    static bool isZero(const State& r) { return r.isZero(); }
    static std::uint64_t hash(const State& r) { return r.hash(); }
    static std::array<int, 3> ranks(const State& r) { return flatteningRanks(r); }
    static void subtract(State& r, const Move& a) { r.subtract(a); }
    static void addBack(State& r, const Move& a) { r.add(a, 1); }

    // How many (x, y) a mode costs: mod 2 the rank-1 elements of the span are found among its
    // 2^b - 1 nonzero elements (b = budget, the tight rank), else every pair is tried.
    [[nodiscard]] long long pairCost(const IntResidual& r, int mode, int budget) const {
        const auto [xLen, yLen] = pairLengths(r.size(), mode);
        const long long xs = factorCount(xLen, set_, !r.mod2());
        const long long ys = factorCount(yLen, set_, !r.mod2());
        const long long all = xs > (1LL << 62) / std::max(1LL, ys) ? (1LL << 62) : xs * ys;
        if (!r.mod2() || budget >= 40) return all;
        return std::min(all, (1LL << budget) - 1);
    }

    template <class Visit>
    void forEachLowering(const State& r, int mode, Visit visit) const {
        const TensorSize& s = r.size();
        const int sizes[3] = {s.uSize(), s.vSize(), s.wSize()};
        FlatteningDrop drop(r, mode);
        const auto pairs = candidatePairs(r, mode, drop);
        const auto& own = factorTable(sizes[mode], set_, false);
        Action a;
        for (const auto& [x, y] : pairs) {
            drop.setColumn(x, y);
            for (const auto& z : own) {
                if (!drop.lowers(z)) continue;
                assign(a, mode, x, y, z);
                if (!visit(a)) return;
            }
        }
    }

  private:
    using Pair = std::pair<std::vector<int>, std::vector<int>>;

    // Lengths of the two factors a mode's flattening pairs (its columns are x (x) y, x major).
    static std::pair<int, int> pairLengths(const TensorSize& s, int mode) {
        const int sizes[3] = {s.uSize(), s.vSize(), s.wSize()};
        return {mode == 0 ? sizes[1] : sizes[0], mode == 2 ? sizes[1] : sizes[2]};
    }

    // The (x, y) whose x (x) y lies in the mode's flattening span: the only columns a move may
    // subtract if it is to lower that rank.
    [[nodiscard]] std::vector<Pair> candidatePairs(const IntResidual& r, int mode,
                                                   FlatteningDrop& drop) const {
        const ModSpan& span = drop.span();
        const auto [xLen, yLen] = pairLengths(r.size(), mode);
        std::vector<Pair> out;
        const auto& xs = factorTable(xLen, set_, !r.mod2());
        const auto& ys = factorTable(yLen, set_, !r.mod2());
        if (r.mod2() && span.rank() < 40 &&
            (1LL << span.rank()) - 1 <
                static_cast<long long>(xs.size()) * static_cast<long long>(ys.size()))
            return rankOneInSpan(span, xLen, yLen);
        // Otherwise (over Z, or mod 2 with a large span) the pairs are found x by x (1,600 for
        // a ternary 2x2): y is tried only when some y makes x (x) y a column of the span
        // (FlatteningDrop::restrictTo). Testing every pair was a third of the ternary agent's time.
        for (const auto& x : xs) {
            if (!drop.restrictTo(x)) continue;
            for (const auto& y : ys)
                if (drop.spansWith(y)) out.emplace_back(x, y);
        }
        return out;
    }

    // Mod 2: every nonzero element of the span (Gray code order), kept when it is an outer
    // product x (x) y (its nonzero rows, as an xLen x yLen matrix, all equal).
    static std::vector<Pair> rankOneInSpan(const ModSpan& span, int xLen, int yLen) {
        const auto& basis = span.basis();
        const auto cols = static_cast<std::size_t>(xLen) * static_cast<std::size_t>(yLen);
        std::vector<std::uint32_t> element(cols, 0);
        std::vector<Pair> out;
        const std::uint64_t count = 1ULL << basis.size();
        for (std::uint64_t g = 1; g < count; ++g) {
            const auto flip = static_cast<std::size_t>(std::countr_zero(g));
            for (std::size_t i = 0; i < cols; ++i) element[i] ^= basis[flip][i] & 1U;
            std::vector<int> x(static_cast<std::size_t>(xLen), 0), y;
            bool rankOne = true;
            for (int i = 0; i < xLen && rankOne; ++i) {
                const auto row = element.begin() + static_cast<std::ptrdiff_t>(i) * yLen;
                if (std::all_of(row, row + yLen, [](std::uint32_t b) { return b == 0; })) continue;
                std::vector<int> values(row, row + yLen);
                if (y.empty()) y = values;
                rankOne = values == y;
                x[static_cast<std::size_t>(i)] = 1;
            }
            if (rankOne) out.emplace_back(std::move(x), std::move(y));
        }
        return out;
    }

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
};

// Mod 2 on bit rows (Gf2Flattenings): a move is a few XORs, the ranks and the hash of a state
// cost what one rank over ints did, and the moves that lower the tight rank come from the span's
// elements directly (z from the coset, not tried one by one).
struct BitSpace {
    using State = Gf2Flattenings;
    using Move = BitTerm;

    static bool isZero(const State& r) { return r.isZero(); }
    static std::uint64_t hash(const State& r) { return r.hash(); }
    static std::array<int, 3> ranks(const State& r) { return r.ranks(); }
    static void subtract(State& r, const Move& t) { r.apply(t); }
    static void addBack(State& r, const Move& t) { r.apply(t); }

    // The mode is tight, so its rank is the budget: no elimination needed.
    [[nodiscard]] static long long pairCost(const State& r, int mode, int budget) {
        if (budget > Gf2Flattenings::kMaxEnumeratedRank)
            return std::numeric_limits<long long>::max();
        return r.pairCost(mode, budget);
    }

    template <class Visit>
    static void forEachLowering(const State& r, int mode, Visit visit) {
        // tightestMode checked the cost already.
        for (const BitTerm& t : r.loweringMoves(mode, std::numeric_limits<long long>::max()))
            if (!visit(t)) return;
    }
};

}  // namespace

EndgameResult solveEndgame(const IntResidual& residual, int budget, CoefficientSet set,
                           const EndgameLimits& limits) {
    EndgameResult result;
    if (set == CoefficientSet::Unrestricted) return result;  // nothing finite to enumerate
    if (set == CoefficientSet::Mod2 && residual.mod2() && Gf2Flattenings::fits(residual.size())) {
        Gf2Flattenings r(residual);
        TightSearch<BitSpace> search(BitSpace{}, limits);
        std::vector<BitTerm> moves;
        result.outcome = search.solve(r, budget, moves);
        if (result.outcome == EndgameOutcome::Solved)
            for (const BitTerm& t : moves) result.moves.push_back(actionOf(t, residual.size()));
        return result;
    }
    IntResidual r = residual;
    TightSearch<IntSpace> search(IntSpace(set), limits);
    result.outcome = search.solve(r, budget, result.moves);
    if (result.outcome != EndgameOutcome::Solved) result.moves.clear();
    return result;
}

}  // namespace tg::search
