// Two ways the <3,3,3> agent sees progress that its completion rank does not show: the spread of
// the three modes' span completions orders leaves of one completion rank
// (MctsParams::completionSpread), and games restart from most of the best scheme found
// (AgentSearchParams::restartShare), from the best scheme's terms as they are or moved along its
// plateau by flips (plateauFlips). Real states: the <3,3,3> target, Laderman's and Smirnov's
// schemes and Strassen's scheme on a 2x2 corner of it.
#include <QtTest>
#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "MctsTestSupport.h"
#include "core/search/AgentSearch.h"
#include "core/search/AgentSwitches.h"
#include "core/search/Evaluators.h"
#include "core/search/Mcts.h"
#include "core/search/PairCandidates.h"
#include "core/search/ResidualBounds.h"
#include "core/search/SpanCompletion.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::fixedEvaluation;
using tg::search::testing::game333;
using tg::search::testing::published;
using tg::search::testing::strassenOnCorner;

namespace {

// Games of one thread on <3,3,3> mod 2 in the standard basis, 4 simulations a move, offered only
// what the test's evaluator proposes (no pair or drop moves, no uniform draws), restarting
// `share` of them from the best scheme with `draws` draws of the terms to redo.
AgentSearchParams restartProbe(int games, double share, int draws) {
    AgentSearchParams p;
    p.game = game333();
    p.threads = 1;
    p.maxGamesPerThread = games;
    p.randomBasis = false;
    p.restartShare = share;
    p.restartDraws = draws;
    p.mcts = MctsParams::interactive();
    p.mcts.simulations = 4;
    p.mcts.pairCandidates = 0;
    p.mcts.dropCandidates = 0;
    p.mcts.uniformShare = 0;
    return p;
}

// restartProbe's 13 games, each later one restarting from the first's scheme, with the tree's
// own ways to finish a game off (endgame solver, completions) and bound pruning off, so that
// every restart shows the evaluator where it starts.
AgentSearchParams firstSchemeProbe(int draws) {
    AgentSearchParams p = restartProbe(13, 1.0, draws);
    p.mcts.endgame = false;
    p.mcts.boundPruning = false;
    p.mcts.completeTop = 0;
    return p;
}

// An evaluator under which the first game plays a <3,3,3> scheme's terms in order (the only move
// offered on each of its states), so that the scheme is the best; every other state it sees
// (where a restart starts) goes to `onStart` and is offered nothing.
struct SchemeFirst {
    Scheme scheme;
    std::vector<std::vector<int>> line;  // the residual before each of its terms

    explicit SchemeFirst(Scheme s) : scheme(std::move(s)) {
        IntResidual left = IntResidual::matMul({3, 3, 3}, true);
        for (const Term& t : scheme.terms) {
            line.push_back(left.data());
            left.subtract(actionOf(t));
        }
    }

    [[nodiscard]] bool holds(const Action& a) const {
        const Action mine = canonicalAction(a, CoefficientSet::Mod2);
        return std::any_of(scheme.terms.begin(), scheme.terms.end(), [&](const Term& t) {
            return canonicalAction(actionOf(t), CoefficientSet::Mod2) == mine;
        });
    }

    [[nodiscard]] std::function<std::unique_ptr<Evaluator>()> evaluators(
        const std::function<void(const Observation&)>& onStart) const {
        return [this, onStart]() -> std::unique_ptr<Evaluator> {
            return std::make_unique<FakeEvaluator>([this, onStart](const Observation& o) {
                const auto step = static_cast<std::size_t>(o.step);
                if (step < line.size() && o.residual == line[step])
                    return fixedEvaluation({{actionOf(scheme.terms[step]), 1.0}}, 1.0);
                onStart(o);
                return Evaluation{};
            });
        };
    }
};

int spreadOf(const std::array<int, 3>& modes) {
    const int least = std::min({modes[0], modes[1], modes[2]});
    return modes[0] + modes[1] + modes[2] - 3 * least;
}

IntResidual after(const Action& a) {
    IntResidual r = IntResidual::matMul({3, 3, 3}, true);
    r.subtract(a);
    return r;
}

// A pair move on the target that also leaves a completion of 26 but splits the three modes.
std::optional<Action> splittingMove() {
    const IntResidual t = IntResidual::matMul({3, 3, 3}, true);
    for (const Action& a : pairCandidates(t, 400, 1)) {
        const IntResidual r = after(a);
        if (spanCompletionRank(r) == 26 && spreadOf(spanCompletionRanks(r)) > 0) return a;
    }
    return std::nullopt;
}

}  // namespace

class TestMctsSpread : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void strassensCornerMovesKeepTheModesEqual() {
        // The target needs 27 in every mode. Six of Strassen's seven corner moves (all but
        // (a11 + a22)(b11 + b22)(c11 + c22)) leave 26 in every mode, while other moves of the
        // same completion split the modes.
        QCOMPARE(spanCompletionRanks(IntResidual::matMul({3, 3, 3}, true)),
                 (std::array{27, 27, 27}));
        const std::vector<Action> strassen = strassenOnCorner();
        for (std::size_t i = 1; i < strassen.size(); ++i)
            QCOMPARE(spanCompletionRanks(after(strassen[i])), (std::array{26, 26, 26}));
        QVERIFY(splittingMove().has_value());
    }

    void spreadOrdersLeavesOfOneCompletion() {
        // The root offers Strassen's second corner move and a move that splits the modes, both
        // completing to 27 in all. With the spread the Strassen child is worth more; without it
        // they are worth the same.
        const Action strassen = strassenOnCorner()[1];
        const Action split = splittingMove().value();
        FakeEvaluator fake([&](const Observation&) {
            return fixedEvaluation({{strassen, 0.5}, {split, 0.5}}, 0.0);
        });
        for (double spread : {0.25, 0.0}) {
            MctsParams p;
            p.completeTop = 0;
            p.uniformShare = 0;
            p.pairCandidates = 0;
            p.endgame = false;
            p.completionSpread = spread;
            Mcts mcts(IntResidual::matMul({3, 3, 3}, true), game333(), fake, p, 1);
            mcts.think(3);  // the root, then each child once
            std::optional<CandidateStats> a, b;
            for (const CandidateStats& c : mcts.candidates()) {
                QCOMPARE(c.visits, 1);
                (c.action == strassen ? a : b) = c;
            }
            QVERIFY(a && b);
            QCOMPARE(a->meanValue, -27.0);
            if (spread > 0)
                QVERIFY(b->meanValue < a->meanValue);
            else
                QCOMPARE(b->meanValue, a->meanValue);
        }
    }

    void gamesRestartFromTheBestScheme() {
        // Games on the target itself (no random basis), offered no moves at all, so that each
        // game shows the evaluator only where it starts. With every game restarting from the
        // best scheme (the first game's, of rank 27, or a better one) less 4 to half of its
        // terms, the first game starts at the target and the others after 13 to 23 terms, each
        // that the bound does not prune at once left with flattening ranks below the terms left
        // out, whether they were chosen so (restartDraws) or drawn blindly (the naive scheme
        // has many such sets: any ten of its terms share a factor).
        // Without restarts, or told a target rank (restarts look for a shorter scheme than
        // the best, which a game told its target stops at), every game starts at the target.
        // Either way the result verifies.
        for (const auto& [share, target, draws] :
             {std::tuple{1.0, 0, 256}, {1.0, 0, 1}, {0.0, 0, 256}, {1.0, 26, 256}}) {
            std::mutex mutex;
            std::vector<std::pair<int, int>> starts;  // (step, highest flattening rank)
            AgentSearchParams p = restartProbe(6, share, draws);
            p.game.targetRank = target;
            p.evaluatorFactory = [&]() -> std::unique_ptr<Evaluator> {
                return std::make_unique<FakeEvaluator>([&](const Observation& o) {
                    const auto f = flatteningRanks(IntResidual::fromData(o.size, true, o.residual));
                    std::lock_guard lock(mutex);
                    starts.emplace_back(o.step, *std::max_element(f.begin(), f.end()));
                    return Evaluation{};
                });
            };
            const SearchResult r = tg::search::testing::runToEnd(p);
            QVERIFY(!r.failed);
            if (target == 0) {
                QVERIFY(r.found);
                QVERIFY(verify(r.scheme, r.scheme.field).valid);
                QVERIFY(r.scheme.rank() <= 27);
                QCOMPARE(r.episode->length(), r.scheme.rank());
            }
            QVERIFY(!starts.empty() && starts.front().first == 0);
            const auto restarted = std::find_if(starts.begin(), starts.end(),
                                                [](const auto& x) { return x.first > 0; });
            QCOMPARE(restarted == starts.end(),
                     share == 0 || !agentPartActs(AgentPart::Restart, true, target == 0));
            for (auto it = restarted; it != starts.end(); ++it) {
                QVERIFY2(it->first >= 13 && it->first <= 23,
                         qPrintable(QString::number(it->first)));
                QVERIFY(it->second < 27 - it->first);
            }
        }
    }

    void focusedRestartsRedoTermsThatMayBeShorter() {
        // The first game plays Laderman's 23 terms in order (the only move offered on each of
        // its states), so the best scheme is one whose terms are mostly independent: 5 to 9 of
        // them drawn blindly often sum to a tensor with a flattening rank equal to their count,
        // which no shorter way can make up (4 of them nearly always do, and sets of 4 that do
        // not are too rare for 256 draws; 10 or more always leave a rank below their count,
        // at most 9). Every later game restarts from it and is offered nothing, so each shows
        // the evaluator only where it starts (bound pruning off, so that those states are seen
        // too). Focused draws (restartDraws 256) leave out, from 5 terms on, only terms whose
        // flattening ranks are below their count; the first draw (restartDraws 1) does not.
        // (No two of Laderman's terms share a factor, so the plateau walk leaves his scheme as
        // it is: these restarts start from his terms.)
        const SchemeFirst first(ladermanScheme());
        const int best = first.scheme.rank();
        for (const int draws : {256, 1}) {
            std::mutex mutex;
            std::vector<std::pair<int, int>> starts;  // (terms left out, highest flattening rank)
            AgentSearchParams p = firstSchemeProbe(draws);
            p.evaluatorFactory = first.evaluators([&](const Observation& o) {
                const auto f = flatteningRanks(IntResidual::fromData(o.size, true, o.residual));
                std::lock_guard lock(mutex);
                starts.emplace_back(best - o.step, *std::max_element(f.begin(), f.end()));
            });
            const SearchResult r = tg::search::testing::runToEnd(p);
            QVERIFY(!r.failed);
            QCOMPARE(r.scheme.rank(), best);
            QVERIFY(starts.size() >= 12);  // every game after the first is a restart
            int ruledOut = 0;
            for (const auto& [leftOut, rank] : starts) {
                QVERIFY(leftOut >= 4 && leftOut <= best / 2);
                if (leftOut >= 5 && rank >= leftOut) ++ruledOut;
            }
            if (draws > 1)
                QCOMPARE(ruledOut, 0);
            else
                QVERIFY(ruledOut > 0);
        }
    }

    void restartsWalkThePlateauOfTheBestRank() {
        // Smirnov's rank-23 scheme (the FastMatrixMultiplication collection; unlike Laderman's,
        // some of its terms share a factor) is the best, and every later game restarts from
        // it. Without the plateau walk, the moves a restart starts after (the last two of its
        // lead, which the observation's history holds) are its own terms; with it the scheme
        // was moved by random flips first, and often (here: in one restart of four at least)
        // they are other terms. The sum stays the target's, so each game still finishes a
        // scheme of rank 23 that verifies.
        const SchemeFirst first(published("3x3x3_m23_Z_Smirnov-333-23-139.m"));
        for (const int flips : {AgentSearchParams::kPlateauFlips, 0}) {
            std::mutex mutex;
            int starts = 0;
            int offScheme = 0;
            AgentSearchParams p = firstSchemeProbe(256);
            p.plateauFlips = flips;
            p.evaluatorFactory = first.evaluators([&](const Observation& o) {
                std::lock_guard lock(mutex);
                ++starts;
                if (!std::all_of(o.history.begin(), o.history.end(),
                                 [&](const Action& a) { return first.holds(a); }))
                    ++offScheme;
            });
            const SearchResult r = tg::search::testing::runToEnd(p);
            QVERIFY(!r.failed);
            QCOMPARE(r.scheme.rank(), first.scheme.rank());
            QVERIFY(verify(r.scheme, r.scheme.field).valid);
            QVERIFY(starts >= 12);  // twice each with lazy candidates (valued, then expanded)
            if (flips > 0)
                QVERIFY2(offScheme * 4 >= starts,
                         qPrintable(QStringLiteral("%1 of %2").arg(offScheme).arg(starts)));
            else
                QCOMPARE(offScheme, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMctsSpread)
#include "tst_mctsspread.moc"
