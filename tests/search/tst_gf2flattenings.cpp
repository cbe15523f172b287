// Gf2Flattenings (a mod-2 residual as bit rows), the endgame solver that runs on it and the
// tree's drop moves, on real part-way residuals (Strassen's <2,2,2>, the naive <2,2,3>,
// Hopcroft and Kerr's rank-15 <2,3,3> from the FastMatrixMultiplication collection, Laderman's
// <3,3,3>, and states after a wrong move): the bit form agrees with the int residual move by
// move, its lowering moves are exactly the moves whose subtraction lowers the rank (every move
// of <2,2,2> and <2,2,3> tried), and the solver never calls a planted scheme impossible.
#include <QtTest>
#include <set>
#include <tuple>

#include "MctsTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/DropCandidates.h"
#include "core/search/EndgameSolver.h"
#include "core/search/Gf2Flattenings.h"
#include "core/search/ResidualBounds.h"
#include "core/search/Rng.h"
#include "core/tensor/RankBounds.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::movesOf;
using tg::search::testing::published;

namespace {

using Key = std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>;
Key keyOf(const BitTerm& t) {
    return {t.u, t.v, t.w};
}

// A random nonzero mask of `length` bits.
std::uint64_t randomMask(Rng& rng, int length) {
    std::uint64_t m = 0;
    while (m == 0)
        for (int i = 0; i < length; ++i)
            if (rng.below(2) != 0) m |= std::uint64_t{1} << i;
    return m;
}

// Residuals along a scheme played in its own order, then after a move no scheme here has.
std::vector<IntResidual> statesAlong(const Scheme& s) {
    std::vector<IntResidual> out;
    IntResidual r = IntResidual::matMul(s.size, true);
    for (const Action& a : movesOf(s)) {
        out.push_back(r);
        r.subtract(a);
    }
    IntResidual wrong = IntResidual::matMul(s.size, true);
    wrong.subtract(Action{std::vector<int>(static_cast<std::size_t>(s.size.uSize()), 1),
                          std::vector<int>(static_cast<std::size_t>(s.size.vSize()), 1),
                          std::vector<int>(static_cast<std::size_t>(s.size.wSize()), 1)});
    out.push_back(wrong);
    return out;
}

}  // namespace

class TestGf2Flattenings : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    // Move by move along four schemes, the bit form kept by apply() equals the one built from
    // the int residual (hash), and its ranks are the exact tensor's (RankBounds, not bit rows).
    void followsTheIntResidual() {
        for (const Scheme& s : {strassenScheme(), naiveScheme({2, 2, 3}),
                                published("2x3x3_m15_Z_2x3x3_m15_ZT.json"), ladermanScheme()}) {
            IntResidual r = IntResidual::matMul(s.size, true);
            Gf2Flattenings bits(r);
            for (const Action& a : movesOf(s)) {
                const Gf2Flattenings fresh(r);
                QCOMPARE(bits.hash(), fresh.hash());
                QCOMPARE(bits.isZero(), r.isZero());
                QCOMPARE(bits.ranks(), tg::flatteningRanks(r.toExact()));
                r.subtract(a);
                bits.apply(bitTermOf(a));
            }
            QVERIFY(bits.isZero());
            QVERIFY(r.isZero());
            QCOMPARE(bits.ranks(), (std::array<int, 3>{0, 0, 0}));
        }
    }

    // loweringMoves(mode) is the set of moves whose subtraction lowers that mode's rank, found
    // by trying every move of the size (<2,2,2>: 3,375, <2,2,3>: 59,535), each once; with a
    // cost limit below pairCost it lists none.
    void loweringMovesAreExactlyThoseThatLower() {
        long long lowering = 0;
        for (const Scheme& s : {strassenScheme(), naiveScheme({2, 2, 3})}) {
            const int us = s.size.uSize(), vs = s.size.vSize(), ws = s.size.wSize();
            for (const IntResidual& r : statesAlong(s)) {
                const Gf2Flattenings bits(r);
                const auto before = bits.ranks();
                for (int mode = 0; mode < 3; ++mode) {
                    std::set<Key> found;
                    const long long cost = bits.pairCost(mode);
                    for (const BitTerm& t : bits.loweringMoves(mode, cost))
                        QVERIFY2(found.insert(keyOf(t)).second, "a lowering move listed twice");
                    QVERIFY(bits.loweringMoves(mode, cost - 1).empty());
                    std::set<Key> truth;
                    for (std::uint64_t u = 1; u < (1U << us); ++u)
                        for (std::uint64_t v = 1; v < (1U << vs); ++v)
                            for (std::uint64_t w = 1; w < (1U << ws); ++w) {
                                Gf2Flattenings after = bits;
                                after.apply({u, v, w});
                                if (after.rank(mode) < before[static_cast<std::size_t>(mode)])
                                    truth.insert({u, v, w});
                            }
                    QCOMPARE(found, truth);
                    lowering += static_cast<long long>(truth.size());
                }
            }
        }
        QVERIFY(lowering > 0);  // the comparison had lowering moves to find
    }

    // Sums of k random terms need at most k moves: the solver, given k, finds a scheme or says
    // Unknown, never Impossible; its schemes sum to the residual. On the tight states of a real
    // rank-15 <2,3,3> scheme (its last six moves) it finds one.
    void solverNeverMissesAPlantedScheme() {
        Rng rng(7);
        int solved = 0;
        for (const TensorSize size :
             {TensorSize{2, 2, 2}, TensorSize{2, 3, 3}, TensorSize{3, 3, 3}})
            for (int k = 1; k <= 6; ++k)
                for (int trial = 0; trial < 20; ++trial) {
                    IntResidual r(size, true);
                    for (int i = 0; i < k; ++i)
                        r.subtract(actionOf(
                            BitTerm{randomMask(rng, size.uSize()), randomMask(rng, size.vSize()),
                                    randomMask(rng, size.wSize())},
                            size));
                    const EndgameResult e = solveEndgame(r, k, CoefficientSet::Mod2);
                    QVERIFY(e.outcome != EndgameOutcome::Impossible);
                    if (e.outcome != EndgameOutcome::Solved) continue;
                    ++solved;
                    QVERIFY(static_cast<int>(e.moves.size()) <= k);
                    for (const Action& a : e.moves) r.subtract(a);
                    QVERIFY(r.isZero());
                }
        QVERIFY(solved > 200);  // most planted sums are tight and decided
        const Scheme hk = published("2x3x3_m15_Z_2x3x3_m15_ZT.json");
        const std::vector<Action> moves = movesOf(hk);
        IntResidual r = IntResidual::matMul(hk.size, true);
        for (int i = 0; i < 9; ++i) r.subtract(moves[static_cast<std::size_t>(i)]);
        QVERIFY(isTight(r, 6));
        const EndgameResult e = solveEndgame(r, 6, CoefficientSet::Mod2);
        QCOMPARE(e.outcome, EndgameOutcome::Solved);
        // One move fewer than the rank-15 scheme left: provably impossible (tight bound).
        QCOMPARE(solveEndgame(r, 5, CoefficientSet::Mod2).outcome, EndgameOutcome::Impossible);
    }

    // The tree's drop moves: each lowers some rank, those lowering the most ranks come first,
    // and on a tight state of the rank-15 <2,3,3> scheme they include its remaining terms. Over Z
    // there are none; the draw depends on the seed only.
    void dropCandidatesLowerRanks() {
        const Scheme hk = published("2x3x3_m15_Z_2x3x3_m15_ZT.json");
        const std::vector<Action> moves = movesOf(hk);
        IntResidual r = IntResidual::matMul(hk.size, true);
        for (int i = 0; i < 9; ++i) r.subtract(moves[static_cast<std::size_t>(i)]);
        const auto before = flatteningRanks(r);
        const std::vector<Action> drops = dropCandidates(r, 100000, 4096, 3);
        QVERIFY(!drops.empty());
        int previous = 3;
        std::set<Key> all;
        for (const Action& a : drops) {
            IntResidual after = r;
            after.subtract(a);
            const auto f = flatteningRanks(after);
            const int lowered = (f[0] < before[0]) + (f[1] < before[1]) + (f[2] < before[2]);
            QVERIFY(lowered >= 1);
            QVERIFY(lowered <= previous);  // most lowered first
            previous = lowered;
            all.insert(keyOf(bitTermOf(a)));
        }
        QCOMPARE(all.size(), drops.size());  // distinct
        QCOMPARE(previous, 1);               // some lower one rank only: the order was tested
        // The state is tight (rank 6 with six moves left), so each of the scheme's remaining
        // moves lowers the tight rank: all six are among the drop moves.
        for (std::size_t i = 9; i < moves.size(); ++i)
            QVERIFY(all.count(keyOf(bitTermOf(moves[i]))) == 1);
        QVERIFY(dropCandidates(r, 10, 4096, 3) == dropCandidates(r, 10, 4096, 3));
        QVERIFY(dropCandidates(r, 10, 4096, 3) != dropCandidates(r, 10, 4096, 4) ||
                drops.size() <= 10);
        QVERIFY(dropCandidates(IntResidual::matMul(hk.size, false), 10, 4096, 3).empty());
        // At the target no move lowers a rank (no element of a flattening's row span is an
        // outer product): no drop moves.
        QVERIFY(dropCandidates(IntResidual::matMul(hk.size, true), 10, 4096, 3).empty());
    }
};

QTEST_GUILESS_MAIN(TestGf2Flattenings)
#include "tst_gf2flattenings.moc"
