// What the tree does when its root moves and when it spends its evaluator calls: exploration
// noise reaches every root of a self-play game, the value normalisation follows the root, the
// sampled-policy correction for the mixture of policy and uniform draws, candidates drawn at a
// leaf's second visit (lazy), and several leaves per evaluator call (leaf batches, virtual
// loss). Priors and values are injected (FakeEvaluator), states are real (matrix
// multiplication tensors, Strassen).
#include <QtTest>
#include <map>

#include "MctsTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/Evaluators.h"
#include "core/search/Mcts.h"
#include "core/search/MctsTree.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::bare;
using tg::search::testing::BatchCounter;
using tg::search::testing::firstThreeUnits;
using tg::search::testing::firstUnits;
using tg::search::testing::fixedEvaluation;
using tg::search::testing::game333Within;
using tg::search::testing::unit;

namespace {

// <2,2,3> mod 2, not told a target.
AgentGame game223() {
    AgentGame g;
    g.size = {2, 2, 3};
    g.coefficients = CoefficientSet::Mod2;
    return g;
}

// firstThreeUnits, noting the step of each state it is asked about.
class StepsSeen {
  public:
    StepsSeen() = default;
    StepsSeen(const StepsSeen&) = delete;
    StepsSeen& operator=(const StepsSeen&) = delete;
    std::vector<int> steps;
    FakeEvaluator evaluator{[this](const Observation& o) {
        steps.push_back(o.step);
        return firstThreeUnits(o);
    }};
};

}  // namespace

class TestMctsTree : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void noiseReachesTheReusedRoot() {
        // Every state offers its first two entries with priors 0.75 and 0.25. After a move, the
        // kept child (expanded while it was an inner node) is the root: with noise on, its priors
        // are mixed with Dirichlet noise, as the first root's were; with noise off, untouched.
        FakeEvaluator fake([](const Observation& o) {
            const auto u = firstUnits(o, 2);
            return fixedEvaluation({{u.at(0), 0.75}, {u.at(1), 0.25}}, 20.0);
        });
        for (double noise : {0.0, 0.25}) {
            MctsParams p = bare();
            p.rootNoise = noise;
            const AgentGame g = game333Within(64);
            Mcts mcts(IntResidual::matMul(g.size, true), g, fake, p, 5);
            mcts.think(40);
            const Action move = *mcts.chooseMove();
            mcts.play(move);
            const auto c = mcts.candidates();
            QCOMPARE(c.size(), std::size_t{2});
            QVERIFY(c[0].visits + c[1].visits > 0);  // a reused, expanded root
            double total = 0;
            for (const auto& x : c) total += x.prior;
            QVERIFY(qAbs(total - 1.0) < 1e-9);
            double bigger = std::max(c[0].prior, c[1].prior);
            if (noise == 0.0)
                QCOMPARE(bigger, 0.75);
            else
                QVERIFY2(qAbs(bigger - 0.75) > 1e-6, qPrintable(QString::number(bigger)));
        }
    }

    void valueNormalisationFollowsTheRoot() {
        // a's subtree is rated 50 moves from the end, b's 1 (the lower bound, at most 9 on
        // 3x3x3, takes over there). The first visits go to a (prior 0.7), so the range spans
        // a's poor returns; once b is played, only b's subtree counts.
        const TensorSize size{3, 3, 3};
        const Action a = unit(size, 0, 0, 0);
        const Action b = unit(size, 4, 4, 4);
        FakeEvaluator fake([&](const Observation& o) {
            const bool bTaken = o.residual[static_cast<std::size_t>(size.flatIndex(4, 4, 4))] == 0;
            if (o.step == 0) return fixedEvaluation({{a, 0.7}, {b, 0.3}}, 10.0);
            for (const Action& x : firstUnits(o, 2))
                if (!(x == b)) return fixedEvaluation({{x, 1.0}}, bTaken ? 1.0 : 50.0);
            return fixedEvaluation({}, 0.0);
        });
        const AgentGame g = game333Within(64);
        Mcts mcts(IntResidual::matMul(size, true), g, fake, bare(), 1);
        QVERIFY(!mcts.valueRange());
        mcts.think(20);
        const auto before = mcts.valueRange();
        QVERIFY(before.has_value());
        QVERIFY2(before->first <= -51.0, qPrintable(QString::number(before->first)));
        QVERIFY(before->second > -40.0);
        mcts.play(b);
        const auto after = mcts.valueRange();
        QVERIFY(after.has_value());
        QVERIFY2(after->first > -40.0, qPrintable(QString::number(after->first)));
        QVERIFY(after->second <= before->second);
    }

    void mixtureCorrectionWeighsByTheProposal() {
        // The policy puts 0.9 on a and spreads the rest evenly over the other 3374 moves of
        // 2x2x2 mod 2; K = 32 policy draws all give a, and K/4 = 8 uniform draws give others
        // (those that touch the residual are kept). The proposal is beta = 0.8 pi + 0.2 U, so a's
        // prior relative to the uniform draws' must grow by (pi_a / beta_a) / (pi_x / beta_x)
        // over the uncorrected mixture's; with no correction, or an evaluator that cannot score
        // moves, the mixture's frequencies (a keeps 3/4 of the raw weight).
        const TensorSize size{2, 2, 2};
        const Action a = unit(size, 0, 0, 0);
        const double moves = 15.0 * 15.0 * 15.0;
        auto pi = [&](const Action& x) { return x == a ? 0.9 : 0.1 / (moves - 1); };
        auto policy = [&](const Observation&) { return fixedEvaluation({{a, 1.0}}, 5.0); };
        FakeEvaluator scoring(policy, [&](const Observation&, const Action& x) { return pi(x); });
        FakeEvaluator blind(policy);
        QCOMPARE(mcts::uniformMoveProbability(size, CoefficientSet::Mod2), 1.0 / moves);
        struct Priors {
            double a = 0, others = 0, total = 0;
            bool probabilitiesAsScored = true;
        };
        auto priors = [&](Evaluator& e, bool correct) {
            MctsParams p = bare();
            p.endgame = true;
            p.uniformShare = 0.25;
            p.samples = 32;
            p.mixtureCorrection = correct;
            AgentGame g;
            g.size = size;
            Mcts mcts(IntResidual::matMul(size, true), g, e, p, 9);
            mcts.think(1);
            Priors out;
            const bool scored = correct && &e == &scoring;
            for (const auto& x : mcts.candidates()) {
                out.total += x.prior;
                (x.action == a ? out.a : out.others) += x.prior;
                const double expected = scored ? pi(x.action) : (x.action == a ? 1.0 : 0.0);
                if (qAbs(x.probability - expected) > 1e-12) out.probabilitiesAsScored = false;
            }
            return out;
        };
        const Priors plain = priors(scoring, false), corrected = priors(scoring, true),
                     unscored = priors(blind, true);
        for (const Priors& x : {plain, corrected, unscored}) {
            QVERIFY(qAbs(x.total - 1.0) < 1e-9);
            QVERIFY(x.probabilitiesAsScored);
            QVERIFY(x.others > 0);
        }
        const double ratioA = pi(a) / (0.8 * pi(a) + 0.2 / moves);
        const Action other = unit(size, 1, 1, 1);
        const double ratioX = pi(other) / (0.8 * pi(other) + 0.2 / moves);
        // Uncorrected: others / a = (0.25 M / 8) / 0.75 for M kept uniform draws; corrected:
        // (M / 40 * ratioX) / (32 / 40 * ratioA).
        const double kept = plain.others / plain.a * 0.75 * 8 / 0.25;
        const double expected = (kept / 40 * ratioX) / (32.0 / 40 * ratioA);
        QVERIFY2(qAbs(corrected.others / corrected.a - expected) < 1e-9,
                 qPrintable(QString("%1 vs %2").arg(corrected.others / corrected.a).arg(expected)));
        QVERIFY(corrected.a > plain.a);
        QVERIFY(qAbs(unscored.a - plain.a) < 1e-12);
    }

    void lazyCandidatesDrawAtTheSecondVisit() {
        // Not told a target, a leaf is worth minus its completion rank, which needs no
        // evaluator: lazily, a leaf gets its candidates (one evaluator call) only when a
        // simulation passes through it, so leaves visited once cost no call. Eagerly, every
        // leaf that is not decided on the spot costs one. Both trees back up the same kind of
        // values and find schemes of <2,2,3>.
        FakeEvaluator fake(firstThreeUnits);
        const AgentGame g = game223();
        long long calls[2] = {0, 0};
        for (bool lazy : {false, true}) {
            BatchCounter counter(fake);
            MctsParams p = MctsParams::strong();
            p.lazyCandidates = lazy;
            Mcts mcts(IntResidual::matMul(g.size, true), g, counter, p, 5);
            QCOMPARE(mcts.think(300), 300);
            QCOMPARE(counter.observations, mcts.evaluations());
            calls[lazy ? 1 : 0] = counter.observations;
            // Every candidate listed at the root was drawn, and the root has them.
            QVERIFY(!mcts.candidates().empty());
            const std::optional<int> rank = mcts.bestLineRank();
            QVERIFY(rank.has_value());
            QVERIFY2(*rank <= 12, qPrintable(QString::number(*rank)));
        }
        // Eagerly nearly one call per simulation; lazily at most the simulations that went
        // past a leaf visited before, a small part of them.
        QVERIFY2(calls[0] > 200, qPrintable(QString::number(calls[0])));
        QVERIFY2(calls[1] * 2 < calls[0],
                 qPrintable(QStringLiteral("%1 lazy, %2 eager").arg(calls[1]).arg(calls[0])));
    }

    void networkDepthKeepsTheNetworkNearTheRoot() {
        // The evaluator's candidates only at nodes fewer than D moves below the root; deeper
        // nodes draw uniformly, costing no evaluator call. D = 1: the root alone; D = 2: the
        // root and its children. The tree still searches (as many simulations, a scheme found),
        // and every move the evaluator saw was asked at the depth allowed.
        StepsSeen seen;
        std::vector<int>& stepsSeen = seen.steps;
        const AgentGame g = game223();
        std::map<int, long long> calls;
        for (int depth : {0, 1, 2}) {
            stepsSeen.clear();
            BatchCounter counter(seen.evaluator);
            MctsParams p = MctsParams::strong();
            p.networkDepth = depth;
            Mcts mcts(IntResidual::matMul(g.size, true), g, counter, p, 5);
            QCOMPARE(mcts.think(300), 300);
            QCOMPARE(counter.observations, mcts.evaluations());
            calls[depth] = counter.observations;
            QVERIFY(mcts.bestLineRank().has_value());
            const int deepest = *std::max_element(stepsSeen.begin(), stepsSeen.end());
            if (depth > 0)
                QVERIFY2(deepest < depth, qPrintable(QString::number(deepest)));
            else
                QVERIFY2(deepest >= 2, qPrintable(QString::number(deepest)));
        }
        QCOMPARE(calls[1], 1LL);  // the root's one draw
        QVERIFY2(
            calls[1] < calls[2] && calls[2] < calls[0],
            qPrintable(QStringLiteral("%1, %2, %3").arg(calls[0]).arg(calls[1]).arg(calls[2])));
    }

    void aKeptRootOfUniformDrawsGetsTheEvaluators() {
        // D = 1: the first root's children draw uniformly. The most visited one is played and
        // becomes the root with its subtree kept: the evaluator is asked once for it, at its
        // step, and its moves join the uniform ones, which keep their visits. A root the
        // evaluator drew for is not asked again.
        StepsSeen seen;
        std::vector<int>& stepsSeen = seen.steps;
        const AgentGame g = game223();
        MctsParams p = MctsParams::strong();
        p.networkDepth = 1;
        Mcts mcts(IntResidual::matMul(g.size, true), g, seen.evaluator, p, 5);
        QCOMPARE(mcts.think(300), 300);
        QCOMPARE(stepsSeen, std::vector<int>{0});
        const CandidateStats played = mcts.candidates().front();
        QVERIFY2(played.visits > 1, qPrintable(QString::number(played.visits)));
        mcts.play(played.action);
        QCOMPARE(stepsSeen, (std::vector<int>{0, 1}));
        QCOMPARE(mcts.evaluations(), 2LL);
        Observation next;
        next.size = g.size;
        next.residual = mcts.residual().data();
        const std::vector<CandidateStats> now = mcts.candidates();
        for (const Action& a : firstUnits(next, 3))
            QVERIFY2(std::any_of(now.begin(), now.end(),
                                 [&](const CandidateStats& c) { return c.action == a; }),
                     "each move the evaluator offered is a candidate of the new root");
        QVERIFY2(now.front().visits > 0, "the kept subtree's moves keep their visits");
        QCOMPARE(mcts.think(100), 100);
        QCOMPARE(stepsSeen, (std::vector<int>{0, 1}));
    }

    void leafBatchSharesEvaluatorCalls() {
        // Every state offers its first three entries. One leaf per call: as many calls as
        // evaluations. Eight: the descents of a batch spread over different leaves (virtual
        // loss), share calls, and leave no virtual visit or loss behind in the statistics.
        FakeEvaluator fake(firstThreeUnits);
        for (int batch : {1, 8}) {
            BatchCounter counter(fake);
            MctsParams p = bare();
            p.leafBatch = batch;
            const AgentGame g = game333Within(64);
            Mcts mcts(IntResidual::matMul(g.size, true), g, counter, p, 3);
            QCOMPARE(mcts.think(200), 200);
            QCOMPARE(mcts.simulations(), 200LL);
            QCOMPARE(mcts.rootVisits(), 200);
            QCOMPARE(counter.observations, mcts.evaluations());
            const auto c = mcts.candidates();
            int visits = 0;
            for (const CandidateStats& x : c) {
                visits += x.visits;
                // Leaves say 20 moves left and each move costs one: real returns are <= -21.
                if (x.visits > 0)
                    QVERIFY2(x.meanValue <= -21.0, qPrintable(QString::number(x.meanValue)));
            }
            QCOMPARE(visits, 199);  // the root's own first visit has no edge
            if (batch == 1) {
                QCOMPARE(counter.calls, counter.observations);
                QCOMPARE(counter.widest, std::size_t{1});
            } else {
                QVERIFY(counter.widest > 1);
                QVERIFY(counter.widest <= 8);
                QVERIFY2(counter.calls * 2 < counter.observations,
                         qPrintable(QStringLiteral("%1 calls for %2 leaves")
                                        .arg(counter.calls)
                                        .arg(counter.observations)));
            }
        }
    }

    void leafBatchStillFindsStrassensTail() {
        // From Strassen's first two moves, with batches of four leaves, the agent finds the
        // other five (uniform policy, completion and endgame on, as the CLI runs it).
        AgentSearchParams p;
        p.game.size = {2, 2, 2};
        p.game.coefficients = CoefficientSet::Mod2;
        const Scheme strassen = strassenScheme();
        p.prefix = {actionOf(strassen.terms[0]), actionOf(strassen.terms[1])};
        p.game.targetRank = 7;
        p.mcts = MctsParams::interactive();
        p.mcts.leafBatch = 4;
        p.seed = 11;
        p.maxGamesPerThread = 50;
        AgentSearch search(p);
        search.start();
        search.wait();
        const SearchResult r = search.result();
        QVERIFY(r.found);
        QVERIFY(r.reachedTarget);
        QVERIFY(verify(r.scheme, Field::Z2).valid);
    }
};

QTEST_GUILESS_MAIN(TestMctsTree)
#include "tst_mctstree.moc"
