// What the tree does with completions (MctsParams::completionValue, bestLine, pairCandidates):
// leaves are valued by their span completion in games without a target, the best scheme any
// node completes to is kept (and is a real scheme), moves made of pairs of the residual's own
// terms join the candidates, and an agent game on <3,3,3> is never worse than the naive 27.
// Real states: the <3,3,3> target, Strassen's scheme on a 2x2 corner of it.
#include <QtTest>

#include "MctsTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/AgentSearch.h"
#include "core/search/EndgameSolver.h"
#include "core/search/Evaluators.h"
#include "core/search/Mcts.h"
#include "core/search/SpanCompletion.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::fixedEvaluation;
using tg::search::testing::game333;
using tg::search::testing::strassenOnCorner;
using tg::search::testing::unit;

namespace {}  // namespace

class TestMctsCompletion : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void leavesAreValuedByTheirCompletion() {
        // The uniform evaluator says 0 moves left; the lower bound of the target is 9. Without
        // a target the root's value is minus its completion (27); with one (unless
        // completionWithTarget), or with the switch off, minus the lower bound.
        UniformEvaluator uniform;
        const IntResidual t = IntResidual::matMul({3, 3, 3}, true);
        for (const auto& [target, on, expected] :
             {std::tuple{0, true, -27.0}, std::tuple{0, false, -9.0}, std::tuple{26, true, -9.0}}) {
            MctsParams p;
            p.completionValue = on;
            p.endgame = false;
            Mcts mcts(t, game333(target), uniform, p, 1);
            QCOMPARE(mcts.think(1), 1);
            QCOMPARE(mcts.rootValue(), expected);
        }
    }

    void bestLineFollowsThePlayedStrassenCorner() {
        // Strassen's 7 moves on a corner, each root expanded: the best line is the first of
        // them that complete to 26 (at the latest all 7 and the 19 naive terms left), and it is
        // a scheme.
        UniformEvaluator uniform;
        const IntResidual t = IntResidual::matMul({3, 3, 3}, true);
        MctsParams p;
        p.pairCandidates = 0;
        p.dropCandidates = 0;  // nor moves that lower a flattening rank
        Mcts mcts(t, game333(), uniform, p, 1);
        mcts.think(1);
        QCOMPARE(mcts.bestLineRank().value(), 27);
        const std::vector<Action> strassen = strassenOnCorner();
        for (const Action& a : strassen) {
            mcts.play(a);
            mcts.think(1);
        }
        QCOMPARE(mcts.bestLineRank().value(), 26);
        const std::vector<Action> line = mcts.bestLine().value();
        QCOMPARE(static_cast<int>(line.size()), 26);
        QCOMPARE(line.front(), strassen.front());  // the first state that completes to 26
        IntResidual r = t;
        for (const Action& a : line) r.subtract(a);
        QVERIFY(r.isZero());
        // Switched off: nothing is kept.
        p.bestLine = false;
        Mcts off(t, game333(), uniform, p, 1);
        off.think(4);
        QVERIFY(!off.bestLine());
        QVERIFY(!off.bestLineRank());
    }

    void bestLineKeepsEndgameSolutions() {
        // 2x2x2 told 7, three Strassen moves played: 4 moves left and flattening rank 4, so the
        // endgame solver finishes the rest, and the best line is a rank-7 scheme from the start.
        UniformEvaluator uniform;
        const Scheme s = strassenScheme();
        AgentGame g;
        g.size = {2, 2, 2};
        g.targetRank = 7;
        Mcts mcts(IntResidual::matMul(g.size, true), g, uniform, MctsParams{}, 1);
        mcts.think(1);
        for (int i = 0; i < 3; ++i) {
            mcts.play(actionOf(s.terms[static_cast<std::size_t>(i)]));
            mcts.think(1);
        }
        QVERIFY(isTight(mcts.residual(), 4));
        QCOMPARE(mcts.bestLineRank().value(), 7);
        const std::optional<std::vector<Action>> line = mcts.bestLine();
        QVERIFY(line.has_value());
        IntResidual r = IntResidual::matMul(g.size, true);
        for (const Action& a : *line) r.subtract(a);
        QVERIFY(r.isZero());
    }

    void pairMovesJoinTheCandidates() {
        // The fake proposes one unit term: with pair moves on, the root also lists moves made
        // of pairs of the target's completion terms (their source Pair: the policy did not
        // propose them). With a target rank they are off unless completionWithTarget is set.
        const TensorSize size{3, 3, 3};
        FakeEvaluator fake([&](const Observation&) {
            return fixedEvaluation({{unit(size, 0, 0, 0), 1.0}}, 0.0);
        });
        for (const auto& [pairs, target, withTarget, expected] :
             {std::tuple{0, 0, false, false}, std::tuple{24, 0, false, true},
              std::tuple{24, 26, false, false}, std::tuple{24, 26, true, true}}) {
            MctsParams p;
            p.completeTop = 0;
            p.uniformShare = 0;
            p.endgame = false;
            p.pairCandidates = pairs;
            p.completionWithTarget = withTarget;
            Mcts mcts(IntResidual::matMul(size, true), game333(target), fake, p, 2);
            mcts.think(1);
            int paired = 0;
            for (const auto& c : mcts.candidates())
                paired += c.source == CandidateSource::Pair ? 1 : 0;
            QCOMPARE(paired > 0, expected);
            QVERIFY(paired <= pairs);
        }
    }

    void agentGameIsNeverWorseThanNaive() {
        // One short game on <3,3,3> (8 simulations a move, played in the target's own basis):
        // the reported scheme is the tree's best line, at most 27 terms, and verified; with the
        // best line and the completion value off it is the game finished by slices.
        for (bool best : {true, false}) {
            AgentSearchParams p;
            p.game = game333();
            p.threads = 1;
            p.maxGamesPerThread = 1;
            p.mcts = MctsParams::interactive();
            p.mcts.simulations = 8;
            p.mcts.bestLine = best;
            p.mcts.completionValue = best;
            const SearchResult r = tg::search::testing::runToEnd(p);
            QVERIFY(r.found);
            QVERIFY(verify(r.scheme, r.scheme.field).valid);
            if (best) QVERIFY2(r.scheme.rank() <= 27, qPrintable(QString::number(r.scheme.rank())));
        }
    }
};

QTEST_GUILESS_MAIN(TestMctsCompletion)
#include "tst_mctscompletion.moc"
