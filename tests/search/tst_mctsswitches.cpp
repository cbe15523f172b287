// The agent's hand-made parts, each behind a switch (MctsParams, AgentSearchParams): every
// switch changes what the search does, and the parts act where AgentSwitches' rule says (what
// the tree does when its root moves or spends evaluator calls: tst_mctstree). Priors and values
// are injected (FakeEvaluator), states are real (matrix multiplication tensors, Strassen).
#include <QtTest>
#include <mutex>
#include <set>

#include "MctsTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/AgentSearch.h"
#include "core/search/AgentSwitches.h"
#include "core/search/EndgameMemo.h"
#include "core/search/EndgameSolver.h"
#include "core/search/Evaluators.h"
#include "core/search/Mcts.h"
#include "core/search/MctsTree.h"
#include "core/search/ResidualBounds.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::bare;
using tg::search::testing::firstUnits;
using tg::search::testing::fixedEvaluation;

class TestMctsSwitches : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void endgameSwitch() {
        // Strassen after five moves, two moves left: the solver decides the root at once; without
        // it, one simulation of a policy that offers useless moves knows no solution.
        const Scheme s = strassenScheme();
        IntResidual r = IntResidual::matMul(s.size, true);
        std::vector<Action> history;
        for (int i = 0; i < 5; ++i) r.subtract(actionOf(s.terms[static_cast<std::size_t>(i)]));
        FakeEvaluator fake([&](const Observation& o) {
            return fixedEvaluation({{firstUnits(o, 1).at(0), 1.0}}, 2.0);
        });
        AgentGame g;
        g.size = s.size;
        g.stepLimit = 7;
        for (bool endgame : {true, false}) {
            MctsParams p = bare();
            p.endgame = endgame;
            Mcts mcts(r, g, fake, p, 2, 5);
            mcts.think(1);
            QCOMPARE(mcts.knownSolution().has_value(), endgame);
            QCOMPARE(fake.calls() > 0, !endgame);
        }
    }

    // The endgame memo answers repeated questions (transpositions: the same moves played in
    // another order) without the solver, and the search is the same with it as without it.
    // Two of the naive scheme's moves over {-1,0,1}, five moves left to reach 7: the states
    // after one more move are tight, so the solver is asked at such leaves.
    void endgameMemoChangesTheWorkOnly() {
        const Scheme s = naiveScheme({2, 2, 2});
        IntResidual r = IntResidual::matMul(s.size, true);
        for (int i = 0; i < 2; ++i) r.subtract(actionOf(s.terms[static_cast<std::size_t>(i)]));
        AgentGame g;
        g.size = s.size;
        g.coefficients = CoefficientSet::Ternary;
        g.stepLimit = 7;
        UniformEvaluator uniform;
        std::vector<std::vector<CandidateStats>> roots;
        std::vector<long long> questions, recalled, simulations;
        for (bool memo : {true, false}) {
            MctsParams p;
            p.endgameMemo = memo;
            Mcts mcts(r, g, uniform, p, 3, 2);
            mcts.think(800);
            roots.push_back(mcts.candidates());
            questions.push_back(mcts.endgameQuestions());
            recalled.push_back(mcts.endgameRecalled());
            simulations.push_back(mcts.simulations());
        }
        QVERIFY(questions[0] > 0);
        QCOMPARE(questions[0], questions[1]);
        QVERIFY(recalled[0] > 0);
        QCOMPARE(recalled[1], 0LL);
        QCOMPARE(simulations[0], simulations[1]);
        QCOMPARE(roots[0].size(), roots[1].size());
        for (std::size_t k = 0; k < roots[0].size(); ++k) {
            QVERIFY(roots[0][k].action == roots[1][k].action);
            QCOMPARE(roots[0][k].visits, roots[1][k].visits);
            QCOMPARE(roots[0][k].meanValue, roots[1][k].meanValue);
            QCOMPARE(roots[0][k].solvedIn, roots[1][k].solvedIn);
        }
    }

    // The memo's answers are told apart by residual and budget, and its memory is bounded: past
    // kMaxCells residual entries it starts again empty.
    void endgameMemoKeepsAnswersByResidualAndBudget() {
        const TensorSize size{2, 2, 2};
        const auto residualNumbered = [&size](int k) {
            std::vector<int> data(64, 0);
            for (int bit = 0; bit < 20; ++bit) data[static_cast<std::size_t>(bit)] = (k >> bit) & 1;
            return IntResidual::fromData(size, false, data);
        };
        EndgameMemo memo;
        EndgameResult impossible;
        impossible.outcome = EndgameOutcome::Impossible;
        const IntResidual first = residualNumbered(1);
        memo.store(first, 4, impossible);
        QVERIFY(memo.find(first, 4) != nullptr);
        QCOMPARE(memo.find(first, 4)->outcome, EndgameOutcome::Impossible);
        QVERIFY(memo.find(first, 5) == nullptr);
        QVERIFY(memo.find(residualNumbered(2), 4) == nullptr);
        const int fits = static_cast<int>(EndgameMemo::kMaxCells / 64);
        for (int k = 2; k <= fits; ++k) memo.store(residualNumbered(k), 4, impossible);
        QCOMPARE(memo.size(), static_cast<std::size_t>(fits));
        QVERIFY(memo.find(first, 4) != nullptr);
        memo.store(residualNumbered(fits + 1), 4, impossible);
        QCOMPARE(memo.size(), std::size_t{1});
        QVERIFY(memo.find(first, 4) == nullptr);
        QVERIFY(memo.find(residualNumbered(fits + 1), 4) != nullptr);
    }

    void endgameSolvesLadermanTailsInTheSpan() {
        // 3x3 mod 2: 511^2 pairs of factors, beyond the solver's limit, but a tight state's
        // span has at most 2^b - 1 elements. Laderman's last b terms leave tight states; the
        // solver must finish each within b moves (checked by replaying its moves to zero).
        const Scheme s = ladermanScheme();
        int solved = 0;
        for (int left = 2; left <= 6; ++left) {
            IntResidual r = IntResidual::matMul(s.size, true);
            for (int i = 0; i + left < static_cast<int>(s.terms.size()); ++i)
                r.subtract(actionOf(s.terms[static_cast<std::size_t>(i)]));
            if (!isTight(r, left)) continue;
            const EndgameResult e = solveEndgame(r, left, CoefficientSet::Mod2);
            QCOMPARE(e.outcome, EndgameOutcome::Solved);
            QVERIFY(static_cast<int>(e.moves.size()) <= left);
            for (const Action& a : e.moves) r.subtract(a);
            QVERIFY(r.isZero());
            ++solved;
        }
        QVERIFY(solved >= 3);
        // One move short of the flattening rank: proven impossible, not unknown.
        IntResidual r = IntResidual::matMul(s.size, true);
        for (int i = 0; i + 4 < static_cast<int>(s.terms.size()); ++i)
            r.subtract(actionOf(s.terms[static_cast<std::size_t>(i)]));
        const int rank = flatteningRanks(r)[0];
        QCOMPARE(solveEndgame(r, rank - 1, CoefficientSet::Mod2).outcome,
                 EndgameOutcome::Impossible);
    }

    void completionSwitch() {
        // On 2x2x2 mod 2 the top sampled (u, v) get their best w. The policy offers a11 b11 with
        // every c (it touches the residual but adds three entries): completion adds a11 b11 c11,
        // its source CompletedW, only when it is on.
        const Action sampled{{1, 0, 0, 0}, {1, 0, 0, 0}, {1, 1, 1, 1}};
        FakeEvaluator fake([&](const Observation&) {
            return fixedEvaluation({{sampled, 1.0}}, 6.0);
        });
        AgentGame g;
        g.size = {2, 2, 2};
        for (int top : {0, 8}) {
            MctsParams p = bare();
            p.completeTop = top;
            Mcts mcts(IntResidual::matMul(g.size, true), g, fake, p, 3);
            mcts.think(1);
            int completed = 0;
            for (const auto& c : mcts.candidates())
                completed += c.source == CandidateSource::CompletedW ? 1 : 0;
            QCOMPARE(completed, top > 0 ? 1 : 0);
        }
    }

    void dropSwitch() {
        // After three of Strassen's moves some moves lower a flattening rank (the ones that
        // finish the scheme among them); the policy offers one that lowers none. With drop moves
        // on, the root also lists moves that each lower a rank, their source Drop; off, none.
        const Scheme strassen = strassenScheme();
        IntResidual r = IntResidual::matMul({2, 2, 2}, true);
        for (int i = 0; i < 3; ++i)
            r.subtract(actionOf(strassen.terms[static_cast<std::size_t>(i)]));
        const Action useless{{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}};
        const auto before = flatteningRanks(r);
        FakeEvaluator fake([&](const Observation&) {
            return fixedEvaluation({{useless, 1.0}}, 4.0);
        });
        AgentGame g;
        g.size = {2, 2, 2};
        for (int drops : {0, 24}) {
            MctsParams p = bare();
            p.dropCandidates = drops;
            Mcts mcts(r, g, fake, p, 3, 3);
            mcts.think(1);
            int lowering = 0;
            for (const auto& c : mcts.candidates()) {
                IntResidual after = r;
                after.subtract(c.action);
                const auto f = flatteningRanks(after);
                const bool lowers = f[0] < before[0] || f[1] < before[1] || f[2] < before[2];
                QCOMPARE(c.source == CandidateSource::Drop, lowers);
                lowering += lowers ? 1 : 0;
            }
            QCOMPARE(lowering > 0, drops > 0);
        }
    }

    // The rule the Search dock greys its switches by is the search's own: pair and drop moves
    // appear at a root exactly where agentPartActs says they can act (mod 2 or over {-1,0,1},
    // told a target rank or not), after three of Strassen's moves.
    void partsActWhereTheRuleSays() {
        const Scheme strassen = strassenScheme();
        const Action useless{{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}};
        FakeEvaluator fake([&](const Observation&) {
            return fixedEvaluation({{useless, 1.0}}, 4.0);
        });
        for (const bool mod2 : {true, false})
            for (const int target : {0, 7}) {
                IntResidual r = IntResidual::matMul({2, 2, 2}, mod2);
                for (int i = 0; i < 3; ++i)
                    r.subtract(actionOf(strassen.terms[static_cast<std::size_t>(i)]));
                AgentGame g;
                g.size = {2, 2, 2};
                g.coefficients = mod2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
                g.targetRank = target;
                MctsParams p = bare();
                p.pairCandidates = 24;
                p.dropCandidates = 24;
                Mcts mcts(r, g, fake, p, 3, 3);
                mcts.think(1);
                int pairs = 0, drops = 0;
                for (const auto& c : mcts.candidates()) {
                    pairs += c.source == CandidateSource::Pair ? 1 : 0;
                    drops += c.source == CandidateSource::Drop ? 1 : 0;
                }
                const bool completes = target == 0;
                QCOMPARE(pairs > 0, agentPartActs(AgentPart::Pairs, mod2, completes));
                QCOMPARE(drops > 0, agentPartActs(AgentPart::Drops, mod2, completes));
            }
        QVERIFY(agentPartActs(AgentPart::Endgame, false, false));
        QVERIFY(!agentPartActs(AgentPart::RandomBasis, false, true));
    }

    void uniformShareSwitch() {
        FakeEvaluator fake([](const Observation& o) {
            return fixedEvaluation({{firstUnits(o, 1).at(0), 1.0}}, 6.0);
        });
        AgentGame g;
        g.size = {2, 2, 2};
        for (double share : {0.0, 0.25}) {
            MctsParams p = bare();
            p.uniformShare = share;
            Mcts mcts(IntResidual::matMul(g.size, true), g, fake, p, 3);
            mcts.think(1);
            QCOMPARE(mcts.candidates().size() > 1, share > 0);
        }
    }

    void boundPruningSwitch() {
        // Target 3 on 2x2x2 is below the flattening bound 4: pruned at the first expansion with
        // pruning on; searched (and not yet given up) with it off.
        UniformEvaluator uniform;
        AgentGame g;
        g.size = {2, 2, 2};
        g.targetRank = 3;
        for (bool pruning : {true, false}) {
            MctsParams p;
            p.endgame = false;
            p.boundPruning = pruning;
            Mcts mcts(IntResidual::matMul(g.size, true), g, uniform, p, 1);
            mcts.think(5);
            QCOMPARE(mcts.isHopeless(), pruning);
            QCOMPARE(mcts.evaluations() > 0, !pruning);
        }
    }

    void randomBasisSwitch() {
        // The first state each game shows the evaluator: the target itself every game without
        // random bases; another basis from the second game on with them.
        for (bool randomBasis : {false, true}) {
            std::mutex mutex;
            std::set<std::vector<int>> starts;
            AgentSearchParams p;
            p.game.size = {2, 2, 2};
            p.game.coefficients = CoefficientSet::Mod2;
            p.mcts = MctsParams::interactive();
            p.mcts.simulations = 4;
            p.maxGamesPerThread = 4;
            p.randomBasis = randomBasis;
            p.restartShare = 0;  // every game from the target (restarts: tst_mctsspread)
            p.evaluatorFactory = [&]() -> std::unique_ptr<Evaluator> {
                return std::make_unique<FakeEvaluator>([&](const Observation& o) {
                    if (o.step == 0) {
                        std::lock_guard lock(mutex);
                        starts.insert(o.residual);
                    }
                    return fixedEvaluation({{firstUnits(o, 1).at(0), 1.0}}, 6.0);
                });
            };
            AgentSearch search(p);
            search.start();
            search.wait();
            QVERIFY(!search.result().failed);
            QCOMPARE(starts.size() > 1, randomBasis);
        }
    }

    // With the switch, a first game not told a target (no scheme found yet) aims one below the
    // naive rank: its states carry the step limit 7 on <2,2,2>, 8 without; told the target, or
    // given a step limit, a game keeps it.
    void firstGameAimsBelowNaive() {
        const auto firstLimit = [](bool belowNaive, int target, int stepLimit) {
            std::mutex mutex;
            std::set<int> limits;
            AgentSearchParams p;
            p.game.size = {2, 2, 2};
            p.game.coefficients = CoefficientSet::Mod2;
            p.game.targetRank = target;
            p.game.stepLimit = stepLimit;
            p.mcts = MctsParams::interactive();
            p.mcts.simulations = 4;
            p.maxGamesPerThread = 1;
            p.firstAimBelowNaive = belowNaive;
            p.evaluatorFactory = [&]() -> std::unique_ptr<Evaluator> {
                return std::make_unique<FakeEvaluator>([&](const Observation& o) {
                    std::lock_guard lock(mutex);
                    limits.insert(o.stepLimit);
                    return fixedEvaluation({{firstUnits(o, 1).at(0), 1.0}}, 6.0);
                });
            };
            AgentSearch search(p);
            search.start();
            search.wait();
            [&] { QVERIFY(!search.result().failed); }();
            return limits;
        };
        QCOMPARE(firstLimit(true, 0, 0), std::set<int>{7});
        QCOMPARE(firstLimit(false, 0, 0), std::set<int>{8});
        QCOMPARE(firstLimit(true, 7, 0), std::set<int>{7});
        QCOMPARE(firstLimit(true, 0, 10), std::set<int>{10});
    }

    // The switches the CLI and the Search dock share: all on is the agent as shipped, and each
    // one turned off changes its own part of the parameters and nothing else.
    void agentSwitchesSetTheirParts() {
        const auto shipped = [] {
            AgentSearchParams p;
            p.mcts = MctsParams::strong();
            return p;
        };
        // The parts a switch may touch, as one comparable row.
        const auto row = [](const AgentSearchParams& p) {
            const MctsParams& m = p.mcts;
            return std::vector<double>{double(m.endgame),
                                       double(m.completeTop),
                                       double(m.boundPruning),
                                       double(m.mixtureCorrection),
                                       double(m.completionValue),
                                       m.completionSpread,
                                       double(m.bestLine),
                                       double(m.pairCandidates),
                                       double(m.dropCandidates),
                                       m.uniformShare,
                                       double(m.leafBatch),
                                       double(p.randomBasis),
                                       p.restartShare,
                                       double(m.lazyCandidates),
                                       double(m.samples),
                                       double(p.restartDraws),
                                       double(p.plateauFlips),
                                       double(p.firstAimBelowNaive),
                                       double(m.networkDepth)};
        };
        AgentSearchParams all = shipped();
        applyAgentSwitches(AgentSwitches{}, all);
        const std::vector<double> base = row(shipped());
        QCOMPARE(row(all), base);
        // Each switch flipped from its default alone changes its own field of the row only:
        // the parts on by default turned off, those off by default (the mixture correction, the
        // spread, the first aim below the naive rank) turned on.
        const std::vector<std::pair<bool AgentSwitches::*, std::size_t>> flips = {
            {&AgentSwitches::endgame, 0},
            {&AgentSwitches::completion, 1},
            {&AgentSwitches::boundPruning, 2},
            {&AgentSwitches::completionValue, 4},
            {&AgentSwitches::bestLine, 6},
            {&AgentSwitches::pairs, 7},
            {&AgentSwitches::drops, 8},
            {&AgentSwitches::randomBasis, 11},
            {&AgentSwitches::restart, 12},
            {&AgentSwitches::lazyCandidates, 13},
            {&AgentSwitches::restartFocus, 15},
            {&AgentSwitches::mixtureCorrection, 3},
            {&AgentSwitches::completionSpread, 5},
            {&AgentSwitches::plateauWalk, 16},
            {&AgentSwitches::belowNaive, 17}};
        for (const auto& [field, index] : flips) {
            AgentSwitches s;
            s.*field = !(s.*field);
            AgentSearchParams p = shipped();
            applyAgentSwitches(s, p);
            const std::vector<double> got = row(p);
            for (std::size_t i = 0; i < got.size(); ++i)
                QVERIFY2((got[i] != base[i]) == (i == index),
                         qPrintable(QStringLiteral("switch %1, field %2").arg(index).arg(i)));
        }
        AgentSwitches fewer;
        fewer.samples = 12;
        AgentSearchParams p = shipped();
        applyAgentSwitches(fewer, p);
        QCOMPARE(p.mcts.samples, 12);
        QVERIFY(base[14] != 12.0);
        AgentSwitches near;
        near.networkDepth = 2;
        AgentSearchParams q = shipped();
        applyAgentSwitches(near, q);
        QCOMPARE(q.mcts.networkDepth, 2);
        QCOMPARE(base[18], 0.0);  // shipped: the network everywhere
    }
};

QTEST_GUILESS_MAIN(TestMctsSwitches)
#include "tst_mctsswitches.moc"
