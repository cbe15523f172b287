// Self-play by whole runs (playRunsForTraining): each self-play item is a run of the agent as
// shipped, and its best scheme, when within the target or the lesson rank, is taught in several
// random bases and move orders. <2,2,2> mod 2 with uniform draws: a run of 12 games on one
// thread reaches 7, so each run teaches its 7 terms once per copy.
#include <QtTest>
#include <set>
#include <stdexcept>

#include "core/search/AgentSearch.h"
#include "core/search/Evaluators.h"
#include "core/search/Gf2Flattenings.h"
#include "core/search/SelfPlay.h"

using namespace tg;
using namespace tg::search;

namespace {

SelfPlayParams runs(int targetRank, int lessonRank) {
    SelfPlayParams p;
    p.game.size = {2, 2, 2};
    p.game.coefficients = CoefficientSet::Mod2;
    p.game.targetRank = targetRank;
    p.lessonRank = lessonRank;
    p.games = 2;
    p.runGames = 12;
    p.runThreads = 1;
    p.runLessonCopies = 3;
    return p;
}

std::unique_ptr<Evaluator> uniformDraws() {
    return std::make_unique<UniformEvaluator>();
}

// The copies of the report, each replayed from its first state: returns their first states.
std::vector<std::vector<int>> replayCopies(const SelfPlayReport& r, const TensorSize& size) {
    std::vector<std::vector<int>> starts;
    for (std::size_t i = 0; i < r.demonstrations.size();) {
        const Demonstration& first = r.demonstrations[i];
        const auto rank = static_cast<std::size_t>(first.movesLeft);
        if (first.state.step != 0 || i + rank > r.demonstrations.size()) return {};
        IntResidual state = IntResidual::fromData(size, true, first.state.residual);
        for (std::size_t j = 0; j < rank; ++j) {
            const Demonstration& d = r.demonstrations[i + j];
            // Shown under the step limit of a game aiming at the scheme's rank.
            if (d.state.step != static_cast<int>(j) || d.state.residual != state.data() ||
                d.movesLeft != static_cast<double>(rank - j) ||
                d.state.stepLimit != static_cast<int>(rank))
                return {};
            state.subtract(d.action);
        }
        if (!state.isZero()) return {};
        starts.push_back(first.state.residual);
        i += rank;
    }
    return starts;
}

}  // namespace

class TestSelfPlayRuns : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void eachRunsSchemeIsTaughtInEveryCopy() {
        const SelfPlayParams p = runs(7, 0);
        const SelfPlayReport r = playRunsForTraining(p, uniformDraws, 5);
        QCOMPARE(r.games, 2);
        QCOMPARE(r.solved, 2);
        QCOMPARE(r.bestRank, 7);
        QCOMPARE(r.lessons, 2);
        QCOMPARE(r.demonstrations.size(), std::size_t{2 * 3 * 7});
        const auto starts = replayCopies(r, p.game.size);
        QCOMPARE(starts.size(), std::size_t{6});
        // Each copy starts from the target in some basis: the same flattening ranks (4, 4, 4).
        for (const auto& start : starts) {
            const auto t = IntResidual::fromData(p.game.size, true, start);
            const Gf2Flattenings f(t);
            QCOMPARE(f.rank(0), 4);
            QCOMPARE(f.rank(1), 4);
            QCOMPARE(f.rank(2), 4);
        }
        // Each run's three copies (the first three, then the next three) start in three bases.
        QCOMPARE(std::set<std::vector<int>>(starts.begin(), starts.begin() + 3).size(),
                 std::size_t{3});
        QCOMPARE(std::set<std::vector<int>>(starts.begin() + 3, starts.end()).size(),
                 std::size_t{3});
        // The moves of a copy are in their own order: some copy does not begin as another does.
        std::set<std::vector<int>> firstMoves;
        for (std::size_t c = 0; c < 6; ++c) firstMoves.insert(r.demonstrations[c * 7].action.u);
        QVERIFY(firstMoves.size() > 1);
    }

    void oneThreadRunsAreRepeatable() {
        const SelfPlayParams p = runs(7, 0);
        const SelfPlayReport a = playRunsForTraining(p, uniformDraws, 5);
        const SelfPlayReport b = playRunsForTraining(p, uniformDraws, 5);
        QCOMPARE(a.demonstrations.size(), b.demonstrations.size());
        for (std::size_t i = 0; i < a.demonstrations.size(); ++i) {
            QCOMPARE(a.demonstrations[i].state.residual, b.demonstrations[i].state.residual);
            QVERIFY(a.demonstrations[i].action == b.demonstrations[i].action);
        }
        const SelfPlayReport c = playRunsForTraining(p, uniformDraws, 6);
        QVERIFY(c.demonstrations.size() != a.demonstrations.size() ||
                c.demonstrations.front().state.residual != a.demonstrations.front().state.residual);
    }

    // Without random bases each copy is the run's scheme on the target itself, in its own
    // move order.
    void withoutRandomBasesEveryCopyStartsFromTheTarget() {
        SelfPlayParams p = runs(7, 0);
        p.randomBasis = false;
        const SelfPlayReport r = playRunsForTraining(p, uniformDraws, 5);
        QCOMPARE(r.lessons, 2);
        const auto starts = replayCopies(r, p.game.size);
        QCOMPARE(starts.size(), std::size_t{6});
        const std::vector<int> target = IntResidual::matMul(p.game.size, true).data();
        for (const auto& start : starts) QCOMPARE(start, target);
        std::set<std::vector<int>> firstMoves;
        for (std::size_t c = 0; c < 6; ++c) firstMoves.insert(r.demonstrations[c * 7].action.u);
        QVERIFY(firstMoves.size() > 1);
    }

    // Told the impossible 6, runs find 7: no lesson without a lesson rank, one each with 7.
    void theLessonRankDecidesWhatMissedTargetsTeach() {
        const SelfPlayReport none = playRunsForTraining(runs(6, 0), uniformDraws, 5);
        QCOMPARE(none.games, 2);
        QCOMPARE(none.solved, 0);
        QCOMPARE(none.lessons, 0);
        QVERIFY(none.demonstrations.empty());
        QCOMPARE(none.bestRank, 7);  // reported even when it teaches nothing
        const SelfPlayReport some = playRunsForTraining(runs(6, 7), uniformDraws, 5);
        QCOMPARE(some.solved, 0);
        QCOMPARE(some.bestRank, 7);  // the best rank found, solved or not
        QCOMPARE(some.lessons, 2);
        QCOMPARE(replayCopies(some, {2, 2, 2}).size(), std::size_t{6});
    }

    void aFailingEvaluatorFailsTheRound() {
        const auto failing = []() -> std::unique_ptr<Evaluator> {
            throw std::runtime_error("model file 'x.tgm': no such file");
        };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 (void)playRunsForTraining(runs(7, 0), failing, 5));
    }

    void aStoppedRoundEndsWithoutLessons() {
        std::atomic<bool> stop{true};
        const SelfPlayReport r = playRunsForTraining(runs(7, 0), uniformDraws, 5, &stop);
        QCOMPARE(r.games, 0);
        QVERIFY(r.demonstrations.empty());
    }

    void badParametersAreRefused() {
        SelfPlayParams p = runs(7, 0);
        p.runThreads = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)playRunsForTraining(p, uniformDraws, 5));
        p = runs(7, 0);
        p.runLessonCopies = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)playRunsForTraining(p, uniformDraws, 5));
    }
};

QTEST_GUILESS_MAIN(TestSelfPlayRuns)
#include "tst_selfplayruns.moc"
