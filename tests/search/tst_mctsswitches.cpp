// The agent's hand-made parts, each behind a switch (MctsParams, AgentSearchParams), and what
// the tree does when its root moves: every switch changes what the search does, exploration
// noise reaches every root of a self-play game, the value normalisation follows the root, and
// the sampled-policy correction for the mixture of policy and uniform draws. Priors and values
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
using tg::search::testing::fixedEvaluation;
using tg::search::testing::unit;

namespace {

// The first `count` nonzero entries of a state, as unit terms.
std::vector<Action> firstUnits(const Observation& o, std::size_t count) {
    const TensorSize& size = o.size;
    std::vector<Action> out;
    for (int a = 0; a < size.uSize(); ++a)
        for (int b = 0; b < size.vSize(); ++b)
            for (int c = 0; c < size.wSize(); ++c)
                if (o.residual[static_cast<std::size_t>(size.flatIndex(a, b, c))] != 0 &&
                    out.size() < count)
                    out.push_back(unit(size, a, b, c));
    return out;
}

// Only the injected candidates, no exact endgame: the tree's own behaviour.
MctsParams bare() {
    MctsParams p;
    p.completeTop = 0;
    p.pairCandidates = 0;       // no moves of the residual's own terms
    p.dropCandidates = 0;       // nor moves that lower a flattening rank
    p.completionValue = false;  // the injected values
    p.uniformShare = 0;
    p.endgame = false;
    return p;
}

AgentGame game333() {
    AgentGame g;
    g.size = {3, 3, 3};
    g.coefficients = CoefficientSet::Mod2;
    g.stepLimit = 64;
    return g;
}

// Passes batches on to another evaluator, counting the calls and the widest batch.
class BatchCounter final : public Evaluator {
  public:
    explicit BatchCounter(Evaluator& inner) : inner_(inner) {}
    std::vector<Evaluation> evaluate(std::span<const Observation> batch, int samples,
                                     std::uint64_t seed) override {
        ++calls;
        widest = std::max(widest, batch.size());
        observations += static_cast<long long>(batch.size());
        return inner_.evaluate(batch, samples, seed);
    }
    [[nodiscard]] std::string name() const override { return inner_.name(); }
    long long calls = 0;
    long long observations = 0;
    std::size_t widest = 0;

  private:
    Evaluator& inner_;
};

}  // namespace

class TestMctsSwitches : public QObject {
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
            const AgentGame g = game333();
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
        const AgentGame g = game333();
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
            MctsParams p;
            p.completeTop = 0;
            p.pairCandidates = 0;       // no moves of the residual's own terms
            p.dropCandidates = 0;       // nor moves that lower a flattening rank
            p.completionValue = false;  // the injected values
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
                                       double(p.restartDraws)};
        };
        AgentSearchParams all = shipped();
        applyAgentSwitches(AgentSwitches{}, all);
        const std::vector<double> base = row(shipped());
        QCOMPARE(row(all), base);
        // Each switch flipped from its default alone changes its own field of the row only:
        // the parts on by default turned off, those off by default (lazy candidates, focused
        // restarts) turned on.
        const std::vector<std::pair<bool AgentSwitches::*, std::size_t>> flips = {
            {&AgentSwitches::endgame, 0},      {&AgentSwitches::completion, 1},
            {&AgentSwitches::boundPruning, 2}, {&AgentSwitches::completionValue, 4},
            {&AgentSwitches::bestLine, 6},     {&AgentSwitches::pairs, 7},
            {&AgentSwitches::drops, 8},        {&AgentSwitches::randomBasis, 11},
            {&AgentSwitches::restart, 12},     {&AgentSwitches::lazyCandidates, 13},
            {&AgentSwitches::restartFocus, 15}};
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
    }

    void lazyCandidatesDrawAtTheSecondVisit() {
        // Not told a target, a leaf is worth minus its completion rank, which needs no
        // evaluator: lazily, a leaf gets its candidates (one evaluator call) only when a
        // simulation passes through it, so leaves visited once cost no call. Eagerly, every
        // leaf that is not decided on the spot costs one. Both trees back up the same kind of
        // values and find schemes of <2,2,3>.
        FakeEvaluator fake([](const Observation& o) {
            const auto u = firstUnits(o, 3);
            return fixedEvaluation({{u.at(0), 0.5}, {u.at(1), 0.3}, {u.at(2), 0.2}}, 20.0);
        });
        AgentGame g;
        g.size = {2, 2, 3};
        g.coefficients = CoefficientSet::Mod2;
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

    void leafBatchSharesEvaluatorCalls() {
        // Every state offers its first three entries. One leaf per call: as many calls as
        // evaluations. Eight: the descents of a batch spread over different leaves (virtual
        // loss), share calls, and leave no virtual visit or loss behind in the statistics.
        FakeEvaluator fake([](const Observation& o) {
            const auto u = firstUnits(o, 3);
            return fixedEvaluation({{u.at(0), 0.5}, {u.at(1), 0.3}, {u.at(2), 0.2}}, 20.0);
        });
        for (int batch : {1, 8}) {
            BatchCounter counter(fake);
            MctsParams p = bare();
            p.leafBatch = batch;
            const AgentGame g = game333();
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

QTEST_GUILESS_MAIN(TestMctsSwitches)
#include "tst_mctsswitches.moc"
