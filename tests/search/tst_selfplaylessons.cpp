// Self-play's lessons from games that miss the target (SelfPlayParams::lessonRank): <2,2,2> mod 2
// told the impossible target 6 solves no game, so without a lesson rank it teaches nothing;
// with lesson rank 8 its games' best lines (at most 8 terms: the naive rank) become lessons,
// each a whole scheme whose moves, replayed from its first state, reach zero.
#include <QtTest>
#include <algorithm>

#include "core/search/AgentSearch.h"
#include "core/search/Evaluators.h"
#include "core/search/ModeBasis.h"
#include "core/search/Seeds.h"
#include "core/search/SelfPlay.h"

using namespace tg;
using namespace tg::search;

namespace {

SelfPlayParams impossibleTarget(int lessonRank) {
    SelfPlayParams p;
    p.game.size = {2, 2, 2};
    p.game.coefficients = CoefficientSet::Mod2;
    p.game.targetRank = 6;  // below the rank 7: no game can reach it
    p.games = 2;
    p.mcts.simulations = 32;
    p.lessonRank = lessonRank;
    return p;
}

}  // namespace

class TestSelfPlayLessons : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void missedTargetsTeachNothingByDefault() {
        UniformEvaluator uniform;
        const SelfPlayReport r = playForTraining(impossibleTarget(0), uniform, 3);
        QCOMPARE(r.games, 2);
        QCOMPARE(r.solved, 0);
        QCOMPARE(r.lessons, 0);
        QVERIFY(r.demonstrations.empty());
        QVERIFY(r.bestRank >= 7);  // what the games found is reported even when it teaches nothing
    }

    void bestLinesWithinTheLessonRankTeach() {
        UniformEvaluator uniform;
        const SelfPlayParams p = impossibleTarget(8);
        const SelfPlayReport r = playForTraining(p, uniform, 3);
        QCOMPARE(r.solved, 0);
        QCOMPARE(r.lessons, 2);
        // Split the demonstrations into games at step 0, and replay each game.
        int games = 0;
        std::size_t lowest = 0;  // the best rank among them, which the report gives
        for (std::size_t i = 0; i < r.demonstrations.size();) {
            const Demonstration& first = r.demonstrations[i];
            QCOMPARE(first.state.step, 0);
            const auto rank = static_cast<std::size_t>(first.movesLeft);
            QVERIFY(rank >= 7 && rank <= 8);
            lowest = lowest == 0 ? rank : std::min(lowest, rank);
            QVERIFY(i + rank <= r.demonstrations.size());
            IntResidual state = IntResidual::fromData(p.game.size, true, first.state.residual);
            for (std::size_t j = 0; j < rank; ++j) {
                const Demonstration& d = r.demonstrations[i + j];
                QCOMPARE(d.state.step, static_cast<int>(j));
                QCOMPARE(d.movesLeft, static_cast<double>(rank - j));
                // The limit shown leaves room for the moves still to come.
                QVERIFY(d.state.stepLimit - d.state.step >= static_cast<int>(d.movesLeft));
                QCOMPARE(d.state.residual, state.data());
                state.subtract(d.action);
            }
            QVERIFY(state.isZero());
            i += rank;
            ++games;
        }
        QCOMPARE(games, 2);
        QCOMPARE(static_cast<std::size_t>(r.bestRank), lowest);  // solved or not
    }

    // Above the target, the lesson rank is the limit of a game not told the target (played as
    // the agent plays without one), and the lessons are those games' schemes: the first lesson
    // is the game of seed seedFor(3, 0) in its random basis, replayed here.
    void aLessonRankAboveTheTargetPlaysUntoldGames() {
        const SelfPlayParams p = impossibleTarget(8);
        const AgentGame played = playedGame(p);
        QCOMPARE(played.targetRank, 0);
        QCOMPARE(played.stepLimit, 8);
        QCOMPARE(played.size, p.game.size);
        QCOMPARE(playedGame(impossibleTarget(0)).targetRank, 6);  // no lesson rank: as given
        QCOMPARE(playedGame(impossibleTarget(0)).stepLimit, 0);

        UniformEvaluator uniform;
        const SelfPlayReport r = playForTraining(p, uniform, 3);
        QVERIFY(!r.demonstrations.empty());
        const std::uint64_t gameSeed = seedFor(3, 0);
        const ModeBasis basis = ModeBasis::random(p.game.size, gameSeed);
        const IntResidual start = basis.apply(IntResidual::matMul(p.game.size, true));
        UniformEvaluator again;
        const AgentGameRecord rec = playGame(start, 0, {}, played, again, p.mcts, gameSeed);
        std::vector<Action> line = rec.solved ? rec.moves : rec.bestLine;
        if (!rec.bestLine.empty() && rec.bestLine.size() < line.size()) line = rec.bestLine;
        QVERIFY(!line.empty());
        QVERIFY(line.size() <= r.demonstrations.size());
        for (std::size_t j = 0; j < line.size(); ++j) {
            const Demonstration& d = r.demonstrations[j];
            QCOMPARE(d.action, line[j]);
            QCOMPARE(d.state.stepLimit, 8);  // the limit the game was played under
            QCOMPARE(d.movesLeft, static_cast<double>(line.size() - j));
        }
        QCOMPARE(r.demonstrations.front().state.residual, start.data());
    }

    // Without random bases every game starts from the target itself (mod 2 games otherwise
    // start in a random basis, as the test above replays): the network then learns the lines
    // of the tensor the agent's first game plays.
    void withoutRandomBasesEveryGameStartsFromTheTarget() {
        SelfPlayParams p = impossibleTarget(8);
        p.games = 3;
        p.randomBasis = false;
        UniformEvaluator uniform;
        const SelfPlayReport r = playForTraining(p, uniform, 3);
        QCOMPARE(r.lessons, 3);
        const std::vector<int> target = IntResidual::matMul(p.game.size, true).data();
        int starts = 0;
        for (const Demonstration& d : r.demonstrations) {
            if (d.state.step != 0) continue;
            QCOMPARE(d.state.residual, target);
            ++starts;
        }
        QCOMPARE(starts, 3);
        p.randomBasis = true;
        const SelfPlayReport random = playForTraining(p, uniform, 3);
        QVERIFY(random.demonstrations.front().state.residual != target);
    }
};

QTEST_GUILESS_MAIN(TestSelfPlayLessons)
#include "tst_selfplaylessons.moc"
