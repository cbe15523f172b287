// Completing a mod-2 residual through its flattening spans (SpanCompletion) and the moves made of
// pairs of its completion terms (PairCandidates), on real states: the <3,3,3> target in its own
// basis and in a random one, Strassen's scheme on a 2x2 corner of it, Laderman's scheme part way.
#include <QtTest>
#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "MctsTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/ModeBasis.h"
#include "core/search/PairCandidates.h"
#include "core/search/SliceCompletion.h"
#include "core/search/SpanCompletion.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::strassenOnCorner;

namespace {

// True when `terms` sum to `r` exactly (mod 2).
bool sumsTo(IntResidual r, const std::vector<Action>& terms) {
    for (const Action& a : terms) r.subtract(a);
    return r.isZero();
}

}  // namespace

class TestSpanCompletion : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void targetNeedsTheNaiveRank() {
        const IntResidual t = IntResidual::matMul({3, 3, 3}, true);
        const std::vector<Action> terms = completeBySpans(t);
        QCOMPARE(static_cast<int>(terms.size()), 27);
        QCOMPARE(spanCompletionRank(t), 27);
        QVERIFY(sumsTo(t, terms));
    }

    void spansDoNotDependOnTheBasis() {
        // Slices of the target in a random basis cost more than 27 terms; the spans do not.
        const IntResidual t = IntResidual::matMul({3, 3, 3}, true);
        for (std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
            const IntResidual moved = ModeBasis::random(t.size(), seed).apply(t);
            const std::vector<Action> terms = completeBySpans(moved);
            QCOMPARE(static_cast<int>(terms.size()), 27);
            QCOMPARE(spanCompletionRank(moved), 27);
            QVERIFY(sumsTo(moved, terms));
            QVERIFY(completeBySlices(moved).size() > 27);
        }
    }

    void strassenOnACornerCompletesBelowNaive() {
        // After Strassen's 7 terms on a 2x2 corner, 19 naive terms are left: 26 in all.
        IntResidual r = IntResidual::matMul({3, 3, 3}, true);
        int best = spanCompletionRank(r);
        int step = 0;
        for (const Action& a : strassenOnCorner()) {
            r.subtract(a);
            ++step;
            const std::vector<Action> terms = completeBySpans(r);
            QVERIFY(sumsTo(r, terms));
            QCOMPARE(static_cast<int>(terms.size()), spanCompletionRank(r));
            QVERIFY(terms.size() <= completeBySlices(r).size());
            best = std::min(best, step + static_cast<int>(terms.size()));
        }
        QCOMPARE(spanCompletionRank(r), 19);
        QCOMPARE(best, 26);
    }

    void ranksAgreeWithTheTermsOnPairMoveStates() {
        // The cheapest-basis cost is counted by a word-wise rank (Gray steps over the
        // generators), while the terms come from factoring each kept matrix by elimination: on
        // states one and two pair moves from the target, in its basis and in random ones, each
        // mode's count equals its terms, the terms sum back, and the least mode is the rank.
        const IntResidual t = IntResidual::matMul({3, 3, 3}, true);
        std::vector<IntResidual> states;
        for (const Action& a : pairCandidates(t, 12, 5)) {
            IntResidual r = t;
            r.subtract(a);
            states.push_back(r);
            for (const Action& b : pairCandidates(r, 2, 9)) {
                IntResidual q = r;
                q.subtract(b);
                states.push_back(q);
            }
        }
        for (std::uint64_t seed : {1ULL, 2ULL})
            states.push_back(ModeBasis::random(t.size(), seed).apply(states.back()));
        for (const IntResidual& r : states) {
            const std::array<int, 3> modes = spanCompletionRanks(r);
            for (int mode = 0; mode < 3; ++mode) {
                const std::vector<Action> terms = completeBySpanOf(r, mode);
                QCOMPARE(static_cast<int>(terms.size()), modes[static_cast<std::size_t>(mode)]);
                QVERIFY(sumsTo(r, terms));
            }
            QCOMPARE(spanCompletionRank(r), *std::min_element(modes.begin(), modes.end()));
        }
    }

    void ladermanResidualsSumBack() {
        // Part-way residuals of a rank-23 scheme: the completion sums back exactly and is never
        // longer than the slices' one.
        const Scheme s = ladermanScheme();
        IntResidual r = IntResidual::matMul(s.size, true);
        for (std::size_t i = 0; i < s.terms.size(); ++i) {
            r.subtract(actionOf(s.terms[i]));
            const std::vector<Action> terms = completeBySpans(r);
            QVERIFY(sumsTo(r, terms));
            QVERIFY(terms.size() <= completeBySlices(r).size());
            QCOMPARE(static_cast<int>(terms.size()), spanCompletionRank(r));
        }
        QVERIFY(r.isZero());
        QCOMPARE(spanCompletionRank(r), 0);
        QVERIFY(completeBySpans(r).empty());
    }

    void pairsOfCompletionTerms() {
        // 2x2x2: 8 completion terms, 28 pairs; asked for many, every pair is tried, and each
        // pair's sum in all three factors is offered when no factor vanishes.
        const IntResidual t = IntResidual::matMul({2, 2, 2}, true);
        const std::vector<Action> moves = pairCandidates(t, 1000, 7);
        std::set<std::tuple<std::vector<int>, std::vector<int>, std::vector<int>>> got;
        for (const Action& a : moves) {
            QVERIFY(!hasZeroFactor(a));
            QVERIFY(got.emplace(a.u, a.v, a.w).second);  // distinct
        }
        const std::vector<Action> terms = completeBySpans(t);
        auto sum = [](const std::vector<int>& x, const std::vector<int>& y) {
            if (x == y) return x;
            std::vector<int> out(x.size());
            for (std::size_t i = 0; i < x.size(); ++i) out[i] = x[i] ^ y[i];
            return out;
        };
        for (std::size_t i = 0; i < terms.size(); ++i)
            for (std::size_t j = i + 1; j < terms.size(); ++j) {
                const Action& a = terms[i];
                const Action& b = terms[j];
                QVERIFY(got.count({sum(a.u, b.u), sum(a.v, b.v), sum(a.w, b.w)}) == 1);
            }
        // A small count is respected, and the same seed gives the same moves.
        QCOMPARE(static_cast<int>(pairCandidates(t, 5, 3).size()), 5);
        QVERIFY(pairCandidates(t, 5, 3) == pairCandidates(t, 5, 3));
    }

    void strassensFirstMoveIsAPair() {
        // On the <3,3,3> target Strassen's (a11 + a22)(b11 + b22)(c11 + c22) on a corner is the
        // pair of naive terms a11 b11 c11 and a22 b22 c22: offered when every pair is tried.
        const IntResidual t = IntResidual::matMul({3, 3, 3}, true);
        const std::vector<Action> moves = pairCandidates(t, 100000, 1);
        std::vector<Action> strassen = strassenOnCorner();
        bool found = false;
        for (const Action& s : strassen)
            for (const Action& a : moves) found = found || a == s;
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestSpanCompletion)
#include "tst_spancompletion.moc"
