// The agent's search without a network: residual algebra against core's exact tensors, the
// exact endgame, the tree's statistics with injected priors and values (FakeEvaluator), and
// the threaded AgentSearch (targets verified, determinism by seed, stopping).
#include <QElapsedTimer>
#include <QtTest>
#include <atomic>
#include <stdexcept>
#include <tuple>

#include "MctsTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/AgentSearch.h"
#include "core/search/EndgameSolver.h"
#include "core/search/Evaluators.h"
#include "core/search/Mcts.h"
#include "core/search/ModeBasis.h"
#include "core/search/ResidualBounds.h"
#include "core/search/SelfPlay.h"
#include "core/search/SliceCompletion.h"
#include "core/tensor/RankBounds.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::bare;
using tg::search::testing::fixedEvaluation;
using tg::search::testing::game333Within;
using tg::search::testing::unit;

namespace {

IntResidual afterTerms(const Scheme& s, bool mod2, int count) {
    IntResidual r = IntResidual::matMul(s.size, mod2);
    for (int i = 0; i < count; ++i) r.subtract(actionOf(s.terms[static_cast<std::size_t>(i)]));
    return r;
}

class Recorder : public SearchListener {
  public:
    void onProgress(const SearchProgress& p) override {
        ++progress;
        simulations = p.simulations;
    }
    void onImproved(const SearchResult& r) override {
        ++improved;
        if (!verify(r.scheme, r.scheme.field).valid) ++invalid;
    }
    void onFinished(const SearchResult&) override { ++finished; }
    std::atomic<int> progress{0}, improved{0}, invalid{0}, finished{0};
    std::atomic<long long> simulations{0};
};

}  // namespace

class TestMcts : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // The rule that names the agent's model (the app and the CLI): "uniform" loads nothing, an
    // empty name the default model when there is one, any other name that file.
    void modelToLoadFollowsTheNamingRule() {
        int lookups = 0;
        const auto shipped = [&]() -> std::optional<std::string> {
            ++lookups;
            return std::string("models/agent-2x2x2-mod2.tgm");
        };
        const auto none = []() -> std::optional<std::string> { return std::nullopt; };
        QVERIFY(!search::modelToLoad("uniform", shipped));
        QCOMPARE(lookups, 0);  // a named choice never looks for the default
        QCOMPARE(search::modelToLoad("", shipped), shipped());
        QVERIFY(!search::modelToLoad("", none));
        QVERIFY(!search::modelToLoad("", {}));
        QCOMPARE(search::modelToLoad("mine.tgm", none), std::optional<std::string>("mine.tgm"));
    }
    void residualMatchesExactTensor() {
        for (const char* key : {"strassen", "laderman", "hopcroft-kerr"}) {
            const Scheme s = *builtinScheme(key);
            for (bool mod2 : {false, true}) {
                IntResidual r = IntResidual::matMul(s.size, mod2);
                ExactTensor t = ExactTensor::matMul(s.size, mod2 ? Field::Z2 : Field::Z);
                QVERIFY(r.toExact() == t);
                for (std::size_t i = 0; i < s.terms.size(); ++i) {
                    r.subtract(actionOf(s.terms[i]));
                    t.addTerm(s.terms[i], -1);
                    QCOMPARE(r.nonZeros(), t.nonZeroCount());
                    QVERIFY(r.toExact() == t);
                    QCOMPARE(IntResidual::fromExact(t), r);
                    // The flattening ranks agree with core's (independent) implementation.
                    const auto mine = flatteningRanks(r);
                    const auto theirs = tg::flatteningRanks(t);
                    QCOMPARE(mine[0], theirs[0]);
                    QCOMPARE(mine[1], theirs[1]);
                    QCOMPARE(mine[2], theirs[2]);
                    QCOMPARE(rankUpperBound(r), tg::rankUpperBound(t));
                }
                QVERIFY(r.isZero());
            }
        }
    }

    void flatteningRanksOfMatMulTensors() {
        for (auto size : {TensorSize{2, 2, 2}, TensorSize{2, 3, 4}, TensorSize{3, 3, 3}}) {
            const auto f = flatteningRanks(IntResidual::matMul(size, true));
            QCOMPARE(f[0], size.uSize());
            QCOMPARE(f[1], size.vSize());
            QCOMPARE(f[2], size.wSize());
        }
    }

    void factorVectorCounts() {
        QCOMPARE(factorVectors(4, CoefficientSet::Mod2, false).size(), std::size_t{15});
        QCOMPARE(factorVectors(4, CoefficientSet::Ternary, false).size(), std::size_t{80});
        QCOMPARE(factorVectors(4, CoefficientSet::Ternary, true).size(), std::size_t{40});
        QCOMPARE(factorVectors(2, CoefficientSet::Quinary, false).size(), std::size_t{24});
        // factorCount agrees without listing, and saturates where a table could not be built.
        for (const auto& [length, set, canonical] : {std::tuple{4, CoefficientSet::Mod2, false},
                                                     std::tuple{4, CoefficientSet::Ternary, false},
                                                     std::tuple{4, CoefficientSet::Ternary, true},
                                                     std::tuple{2, CoefficientSet::Quinary, false},
                                                     std::tuple{3, CoefficientSet::Quinary, true},
                                                     std::tuple{9, CoefficientSet::Mod2, false}})
            QCOMPARE(factorCount(length, set, canonical),
                     static_cast<long long>(factorVectors(length, set, canonical).size()));
        QCOMPARE(factorCount(25, CoefficientSet::Mod2, false), (1LL << 25) - 1);
        QCOMPARE(factorCount(64, CoefficientSet::Mod2, false), 1LL << 62);
        QCOMPARE(factorCount(64, CoefficientSet::Ternary, true), 1LL << 62);
    }

    void endgameSolvesStrassenTail() {
        const Scheme s = strassenScheme();
        for (auto set : {CoefficientSet::Mod2, CoefficientSet::Ternary}) {
            const bool mod2 = set == CoefficientSet::Mod2;
            for (int played = 3; played <= 6; ++played) {
                const IntResidual r = afterTerms(s, mod2, played);
                const int left = 7 - played;
                if (!isTight(r, left)) continue;
                const EndgameResult e = solveEndgame(r, left, set);
                QCOMPARE(e.outcome, EndgameOutcome::Solved);
                QVERIFY(static_cast<int>(e.moves.size()) <= left);
                IntResidual check = r;
                for (const Action& a : e.moves) check.subtract(a);
                QVERIFY(check.isZero());
                // One move fewer cannot do: the flattening rank says so, or the search proves it.
                QVERIFY(solveEndgame(r, static_cast<int>(e.moves.size()) - 1, set).outcome !=
                        EndgameOutcome::Solved);
            }
        }
        // The last four of Strassen's terms over Z leave a tight state (checked, not assumed).
        QVERIFY(isTight(afterTerms(s, false, 3), 4));
    }

    void endgameProvesImpossibility() {
        // The W tensor e1e1e2 + e1e2e1 + e2e1e1 has flattening ranks 2 but rank 3: with two moves
        // it is tight and the solver must prove there is no solution; with three it solves it.
        const TensorSize size{2, 2, 2};
        for (bool mod2 : {true, false}) {
            IntResidual w(size, mod2);
            w.add(unit(size, 0, 0, 1), 1);
            w.add(unit(size, 0, 1, 0), 1);
            w.add(unit(size, 1, 0, 0), 1);
            QCOMPARE(rankLowerBound(w), 2);
            const auto set = mod2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
            QCOMPARE(solveEndgame(w, 2, set).outcome, EndgameOutcome::Impossible);
            // Budget 3 has slack in every mode (ranks 2 < 3): the solver does not guess.
            QCOMPARE(solveEndgame(w, 3, set).outcome, EndgameOutcome::Unknown);
        }
        // Slack everywhere: T<2,2,2> with 7 moves is not decided by the endgame.
        QCOMPARE(solveEndgame(IntResidual::matMul(size, true), 7, CoefficientSet::Mod2).outcome,
                 EndgameOutcome::Unknown);
    }

    void puctVisitsFollowPriorsWhenValuesAreEqual() {
        // Two candidates whose subtrees all evaluate alike: PUCT must split the visits in the
        // ratio of the priors, and every edge's mean value is -1 + the leaf value.
        // 3x3x3 with no move budget below 27: no subtree finishes within 101 simulations.
        const TensorSize size{3, 3, 3};
        // The candidates of every state: its first two nonzero entries as unit terms.
        auto firstUnits = [size](const Observation& o) {
            std::vector<Action> out;
            for (int a = 0; a < size.uSize(); ++a)
                for (int b = 0; b < size.vSize(); ++b)
                    for (int c = 0; c < size.wSize(); ++c)
                        if (o.residual[static_cast<std::size_t>(size.flatIndex(a, b, c))] != 0 &&
                            out.size() < 2)
                            out.push_back(unit(size, a, b, c));
            return out;
        };
        FakeEvaluator fake([&](const Observation& o) {
            const auto units = firstUnits(o);
            if (units.size() < 2) return fixedEvaluation({{units.at(0), 1.0}}, 100.0);
            return fixedEvaluation({{units[0], 0.75}, {units[1], 0.25}}, 100.0);
        });
        const Action a = unit(size, 0, 0, 0);  // a11*b11 -> c11, T's first nonzero entry
        MctsParams p = bare();                 // only the injected candidates
        // Exploration dominates the values (which differ by path length): visits follow priors.
        p.cPuct = 1e6;
        AgentGame g;
        g.size = size;
        g.coefficients = CoefficientSet::Mod2;
        Mcts mcts(IntResidual::matMul(size, true), g, fake, p, 1);
        QCOMPARE(mcts.think(101), 101);
        QCOMPARE(mcts.nodeCount(), 101LL);
        const auto c = mcts.candidates();
        QCOMPARE(c.size(), std::size_t{2});
        QCOMPARE(c[0].action, a);
        QCOMPARE(c[0].prior, 0.75);
        QCOMPARE(c[1].prior, 0.25);
        QCOMPARE(c[0].visits + c[1].visits, 100);
        QVERIFY2(c[0].visits >= 74 && c[0].visits <= 76, qPrintable(QString::number(c[0].visits)));
        // Leaves report max(100, lower bound) = 100 moves left, and each move costs 1: the
        // first visit of an edge returns -101, deeper paths -102, -103, ...
        QVERIFY(c[0].meanValue <= -101.0);
        QVERIFY(c[1].meanValue <= -101.0);
        QVERIFY(c[0].meanValue < c[1].meanValue);  // the busier subtree is deeper
        QCOMPARE(mcts.rootVisits(), 101);
        QCOMPARE(mcts.simulations(), 101LL);
        QVERIFY(fake.calls() >= 2);
        QCOMPARE(mcts.chooseMove().value(), a);
    }

    void valuesOverrulePriors() {
        // The likelier move leads to states the evaluator rates 20 moves worse: with the usual
        // exploration constant the search spends most visits on the other.
        // 3x3x3: 27 moves of single entries are needed, so no subtree is solved in 60 visits.
        const TensorSize size{3, 3, 3};
        const Action a = unit(size, 0, 0, 0);  // a11*b11 -> c11
        const Action b = unit(size, 4, 4, 4);  // a22*b22 -> c22
        FakeEvaluator fake([&](const Observation& o) {
            // Below the root: one candidate, the first nonzero entry, so b's entry stays set
            // in a's subtree and a's subtree is rated worse all the way down.
            const bool bTaken = o.residual[static_cast<std::size_t>(size.flatIndex(4, 4, 4))] == 0;
            if (o.step == 0) return fixedEvaluation({{a, 0.7}, {b, 0.3}}, 10.0);
            for (int x = 0; x < size.uSize(); ++x)
                for (int y = 0; y < size.vSize(); ++y)
                    for (int z = 0; z < size.wSize(); ++z)
                        if (o.residual[static_cast<std::size_t>(size.flatIndex(x, y, z))] != 0 &&
                            !(x == 4 && y == 4 && z == 4))
                            return fixedEvaluation({{unit(size, x, y, z), 1.0}},
                                                   bTaken ? 10.0 : 30.0);
            return fixedEvaluation({}, 0.0);
        });
        Mcts mcts(IntResidual::matMul(size, true), game333Within(64), fake, bare(), 1);
        mcts.think(60);
        const auto c = mcts.candidates();
        QCOMPARE(c.front().action, b);
        QVERIFY(c[0].visits > c[1].visits);
        QCOMPARE(mcts.chooseMove().value(), b);
    }

    void uniformShareWidensTheCandidates() {
        // With a network (here the fake) a quarter of the candidates are drawn uniformly, with
        // a quarter of the prior; the injected ones keep the rest in their proportions.
        const TensorSize size{2, 2, 2};
        const Action a = unit(size, 0, 0, 0);
        FakeEvaluator fake([&](const Observation&) { return fixedEvaluation({{a, 1.0}}, 5.0); });
        MctsParams p = bare();
        p.endgame = true;
        p.uniformShare = 0.25;
        AgentGame g;
        g.size = size;
        Mcts mcts(IntResidual::matMul(size, true), g, fake, p, 9);
        mcts.think(1);
        const auto c = mcts.candidates();
        QVERIFY(c.size() > 1);
        double injected = 0, total = 0;
        for (const auto& x : c) {
            total += x.prior;
            if (x.action == a) injected += x.prior;
        }
        QVERIFY(qAbs(total - 1.0) < 1e-9);
        QVERIFY(injected >= 0.75 - 1e-9);
    }

    void exactSolutionWinsOverPriors() {
        // The residual is one rank-1 term t; the policy prefers a useless move x. The search
        // finds that t finishes the game and plays it, whatever the priors say.
        const TensorSize size{2, 2, 2};
        Action t{{1, 1, 0, 0}, {0, 1, 0, 1}, {1, 0, 0, 1}};
        const Action x = unit(size, 0, 1, 0);
        IntResidual r(size, true);
        r.add(t, 1);
        FakeEvaluator fake([&](const Observation&) {
            return fixedEvaluation({{x, 0.9}, {t, 0.1}}, 1.0);
        });
        AgentGame g;
        g.size = size;
        g.coefficients = CoefficientSet::Mod2;
        g.stepLimit = 4;
        Mcts mcts(r, g, fake, bare(), 3);
        mcts.think(50);
        QCOMPARE(mcts.chooseMove().value(), t);
        QVERIFY(mcts.knownSolution().has_value());
        QCOMPARE(mcts.knownSolution()->size(), std::size_t{1});
        mcts.play(t);
        QVERIFY(mcts.isSolved());
        QCOMPARE(mcts.step(), 1);
    }

    void hopelessTargetIsPrunedAtOnce() {
        UniformEvaluator uniform;
        AgentGame g;
        g.size = {2, 2, 2};
        g.targetRank = 3;  // below the flattening bound 4
        Mcts mcts(IntResidual::matMul(g.size, true), g, uniform, MctsParams{}, 1);
        mcts.think(50);
        QVERIFY(mcts.isHopeless());
        QVERIFY(!mcts.knownSolution());
    }

    void playAcceptsAnyLegalMove() {
        UniformEvaluator uniform;
        AgentGame g;
        g.size = {2, 2, 2};
        Mcts mcts(IntResidual::matMul(g.size, true), g, uniform, MctsParams::interactive(), 5);
        mcts.think(20);
        const Scheme s = strassenScheme();
        for (const Term& t : s.terms) mcts.play(actionOf(t));
        QVERIFY(mcts.isSolved());
        QCOMPARE(mcts.step(), 7);
    }

    void modeBasisMapsDecompositionsBack() {
        const Scheme s = strassenScheme();
        const ModeBasis basis = ModeBasis::random(s.size, 42);
        QVERIFY(!basis.isIdentity());
        IntResidual t2 = basis.apply(IntResidual::matMul(s.size, true));
        for (const Term& term : s.terms) {
            const Action a = actionOf(term);
            Action mod2 = a;
            for (auto* f : {&mod2.u, &mod2.v, &mod2.w})
                for (int& x : *f) x &= 1;
            QCOMPARE(basis.applyInverse(basis.apply(mod2)), mod2);
            t2.subtract(basis.apply(mod2));
        }
        QVERIFY(t2.isZero());
    }

    void agentReachesTargetAndVerifies() {
        for (auto set : {CoefficientSet::Mod2, CoefficientSet::Ternary}) {
            AgentSearchParams p;
            p.game.size = {2, 2, 2};
            p.game.coefficients = set;
            // From Strassen's first two moves (a person's), the agent must find five more.
            const Scheme strassen = strassenScheme();
            p.prefix = {actionOf(strassen.terms[0]), actionOf(strassen.terms[1])};
            p.game.targetRank = 7;
            p.mcts = MctsParams::interactive();
            p.seed = 11;
            p.maxGamesPerThread = 50;
            Recorder rec;
            AgentSearch search(p, &rec);
            search.start();
            search.wait();
            const SearchResult r = search.result();
            QVERIFY(r.found);
            QVERIFY(r.reachedTarget);
            QVERIFY(r.scheme.rank() <= 7);
            QVERIFY(verify(r.scheme, fieldOf(set)).valid);
            QVERIFY(r.episode.has_value());
            QCOMPARE(r.episode->length(), r.scheme.rank());
            QCOMPARE(r.episode->moves[0].actor, Actor::Person);
            QCOMPARE(r.episode->moves[1].actor, Actor::Person);
            for (std::size_t i = 2; i < r.episode->moves.size(); ++i) {
                QCOMPARE(r.episode->moves[i].actor, Actor::Agent);
                QVERIFY(r.episode->moves[i].stats.has_value());
            }
            QVERIFY(r.episode->moves[2].stats->simulations > 0);
            QCOMPARE(rec.finished.load(), 1);
            QVERIFY(rec.improved.load() >= 1);
            QCOMPARE(rec.invalid.load(), 0);
        }
    }

    void agentIsDeterministicForASeed() {
        auto run = [](std::uint64_t seed) {
            AgentSearchParams p;
            p.game.size = {2, 2, 2};
            p.game.coefficients = CoefficientSet::Mod2;
            p.mcts = MctsParams::interactive();
            p.seed = seed;
            p.maxGamesPerThread = 20;
            p.game.targetRank = 7;
            const Scheme strassen = strassenScheme();
            p.prefix = {actionOf(strassen.terms[0]), actionOf(strassen.terms[1])};
            AgentSearch search(p);
            search.start();
            search.wait();
            return std::make_pair(search.result(), search.progress());
        };
        const auto [a, pa] = run(7);
        const auto [b, pb] = run(7);
        // The same games for the same seed: the same counts, and the same episode when found.
        QCOMPARE(pa.simulations, pb.simulations);
        QCOMPARE(pa.evaluations, pb.evaluations);
        QCOMPARE(pa.games, pb.games);
        QCOMPARE(a.found, b.found);
        QVERIFY(a.found);
        QVERIFY(a.episode == b.episode);
    }

    void sliceCompletionFinishesAnyResidual() {
        // Mod 2 the slices are factored exactly (rank many terms per slice); over Z rows with
        // entries beyond 1 are peeled. Either way the terms sum to the residual.
        const Scheme laderman = ladermanScheme();
        for (bool mod2 : {true, false}) {
            for (int played : {0, 5, 11}) {
                IntResidual r = afterTerms(laderman, mod2, played);
                r.add(unit(r.size(), 0, 0, 0), 1);  // an entry outside any matmul pattern
                r.add(unit(r.size(), 0, 0, 0), 1);  // twice: 2 over Z, 0 mod 2
                const std::vector<Action> terms = completeBySlices(r);
                IntResidual check = r;
                for (const Action& a : terms) {
                    QVERIFY(!hasZeroFactor(a));
                    for (const auto* f : {&a.u, &a.v, &a.w})
                        for (int x : *f) QVERIFY(x >= -1 && x <= 1);
                    check.subtract(a);
                }
                QVERIFY(check.isZero());
                if (mod2) QCOMPARE(static_cast<int>(terms.size()), rankUpperBound(r));
            }
        }
        // T<3,3,3> itself: 27 products, the naive scheme.
        QCOMPARE(completeBySlices(IntResidual::matMul({3, 3, 3}, true)).size(), std::size_t{27});
    }

    void selfPlayYieldsConsistentDemonstrations() {
        // <1,2,3> (rank 6) is decided by the endgame; every solved game must give one
        // demonstration per move whose moves, replayed from its state, reach zero.
        UniformEvaluator uniform;
        SelfPlayParams p;
        p.game.size = {1, 2, 3};
        p.game.coefficients = CoefficientSet::Mod2;
        p.game.targetRank = 6;
        p.games = 3;
        const SelfPlayReport r = playForTraining(p, uniform, 5);
        QCOMPARE(r.games, 3);
        QCOMPARE(r.solved, 3);
        QCOMPARE(r.bestRank, 6);
        QCOMPARE(r.demonstrations.size(), std::size_t{18});
        for (std::size_t i = 0; i < r.demonstrations.size(); ++i) {
            const Demonstration& d = r.demonstrations[i];
            QCOMPARE(d.movesLeft, 6.0 - static_cast<double>(i % 6));
            QCOMPARE(d.state.step, static_cast<int>(i % 6));
            IntResidual state = IntResidual::fromData(p.game.size, true, d.state.residual);
            // Replay this demonstration's move and the rest of its game.
            for (std::size_t j = i; j < (i / 6 + 1) * 6; ++j)
                state.subtract(r.demonstrations[j].action);
            QVERIFY(state.isZero());
        }
    }

    void stopsPromptly() {
        AgentSearchParams p;
        p.game.size = {3, 3, 3};
        p.game.coefficients = CoefficientSet::Mod2;
        p.threads = 2;
        p.mcts = MctsParams::strong();
        p.progressIntervalMs = 20;
        Recorder rec;
        AgentSearch search(p, &rec);
        search.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.simulations.load() > 0, 20000);
        QElapsedTimer timer;
        timer.start();
        search.stop();
        // A hang guard, not a timing assertion: without a target, a game limit or a time limit
        // only stop() ends these games, so the search ending at all shows it was honoured. The
        // latency is printed (timing belongs to benchmarks).
        QVERIFY(search.waitFor(std::chrono::minutes(2)));
        qInfo("agent stopped %lld ms after stop()", timer.elapsed());
        QCOMPARE(rec.finished.load(), 1);
        const SearchResult r = search.result();
        QVERIFY(!r.failed);
        QCOMPARE(rec.invalid.load(), 0);
        if (r.found) QVERIFY(verify(r.scheme, Field::Z2).valid);
    }

    // An evaluator that throws (a network that fails mid-game) fails the search with its message:
    // the process survives, the thread whose evaluator works is stopped too (nothing else would
    // end its games), and the result does not pretend that nothing was found.
    void throwingEvaluatorFailsTheSearch() {
        AgentSearchParams p = longSearch();
        std::atomic<int> made{0};
        p.evaluatorFactory = [&made]() -> std::unique_ptr<Evaluator> {
            if (made.fetch_add(1) > 0) return std::make_unique<UniformEvaluator>();
            return std::make_unique<FakeEvaluator>([](const Observation&) -> Evaluation {
                throw std::runtime_error("network exploded");
            });
        };
        Recorder rec;
        AgentSearch search(p, &rec);
        search.start();
        QVERIFY(search.waitFor(std::chrono::minutes(2)));  // a hang guard, not a timing
        const SearchResult r = search.result();
        QVERIFY(r.failed);
        QVERIFY2(r.error == "thread 0: network exploded" || r.error == "thread 1: network exploded",
                 r.error.c_str());
        QCOMPARE(rec.finished.load(), 1);
        QCOMPARE(made.load(), 2);
    }

    // A factory that throws (a model file that cannot load) fails the search too.
    void throwingEvaluatorFactoryFailsTheSearch() {
        AgentSearchParams p = longSearch();
        p.evaluatorFactory = []() -> std::unique_ptr<Evaluator> {
            throw std::runtime_error("model file 'x.pt': no such file");
        };
        Recorder rec;
        AgentSearch search(p, &rec);
        search.start();
        QVERIFY(search.waitFor(std::chrono::minutes(2)));  // a hang guard, not a timing
        const SearchResult r = search.result();
        QVERIFY(r.failed);
        QVERIFY2(QString::fromStdString(r.error).endsWith("model file 'x.pt': no such file"),
                 r.error.c_str());
        QVERIFY(!r.found);
        QCOMPARE(rec.finished.load(), 1);
    }

  private:
    // Two threads of games on 3x3x3 mod 2 with no target and no limit: only stop() (or a
    // failure) ends them.
    static AgentSearchParams longSearch() {
        AgentSearchParams p;
        p.game.size = {3, 3, 3};
        p.game.coefficients = CoefficientSet::Mod2;
        p.threads = 2;
        p.mcts = MctsParams::strong();
        p.progressIntervalMs = 20;
        return p;
    }
};

QTEST_GUILESS_MAIN(TestMcts)
#include "tst_mcts.moc"
