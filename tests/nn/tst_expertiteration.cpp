// Expert iteration (core/nn/ExpertIteration): the loop runs its generations and writes one
// curve row per generation, solved self-play games reach the replay buffer as valid lessons,
// a resumed run equals the uninterrupted one, and evaluation seeds never meet training seeds.
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "core/catalog/Catalog.h"
#include "core/nn/ExpertIteration.h"
#include "core/nn/LoopCheckpoint.h"
#include "core/nn/ModelFile.h"
#include "core/search/IntResidual.h"
#include "core/search/Lessons.h"
#include "core/search/Seeds.h"

using namespace tg;
using namespace tg::nn;

namespace {

// A tiny fresh network: quick generations whose games rarely solve anything.
LoopParams tinyLoop(const QTemporaryDir& dir, const char* name, int generations) {
    LoopParams p = LoopParams::tiny({2, 2, 2}, CoefficientSet::Mod2);
    p.generations = generations;
    p.trainer.seed = 5;
    p.out = dir.filePath(QString::fromLatin1(name)).toStdString();
    return p;
}

// From the shipped 2x2x2 mod 2 model, aiming at the naive rank 8 with a deeper search: its
// self-play solves games, so the replay buffer fills.
LoopParams solvingLoop(const QTemporaryDir& dir, const char* name, int generations) {
    LoopParams p = tinyLoop(dir, name, generations);
    p.initialModel = TG_MODELS_DIR "/agent-2x2x2-mod2.tgm";
    p.trainer.network = NetworkConfig::forSize({2, 2, 2}, CoefficientSet::Mod2);
    p.trainer.batchSize = 8;
    p.stepsPerGeneration = 2;
    p.selfPlay.game.targetRank = 8;
    p.selfPlay.games = 4;
    p.selfPlay.mcts.simulations = 300;
    p.evalGames = 2;
    return p;
}

std::vector<float> parametersOf(const std::string& path) {
    return loadNetworkEvaluator(path)->flatParameters();
}

QStringList linesOf(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

class Recorder : public LoopListener {
  public:
    void onGeneration(const GenerationRow& r) override { rows.push_back(r); }
    std::vector<GenerationRow> rows;  // the loop's thread writes, the test reads after wait()
};

// The rows without their wall times, which no two runs share.
std::vector<GenerationRow> timeless(std::vector<GenerationRow> rows) {
    for (auto& r : rows) r.seconds = 0;
    return rows;
}

}  // namespace

class TestExpertIteration : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void runsItsGenerationsAndWritesTheCurve() {
        QTemporaryDir dir;
        Recorder rec;
        const LoopParams p = tinyLoop(dir, "loop.tgm", 2);
        QElapsedTimer wall;
        wall.start();
        const LoopResult r = runExpertIteration(p, &rec);
        const double outside = static_cast<double>(wall.nsecsElapsed()) * 1e-9;
        QVERIFY2(r.error.empty(), r.error.c_str());
        QVERIFY(!r.stopped);
        QCOMPARE(r.rows.size(), std::size_t{2});
        QCOMPARE(timeless(rec.rows), timeless(r.rows));
        QCOMPARE(r.target, 7);  // the best known rank of 2x2x2 mod 2
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            const GenerationRow& g = r.rows[i];
            QCOMPARE(g.generation, static_cast<int>(i + 1));
            QCOMPARE(g.steps, p.stepsPerGeneration * static_cast<long long>(i + 1));
            QVERIFY(g.policyLoss > 0 && g.valueLoss >= 0);
            QCOMPARE(g.loss, g.policyLoss + p.trainer.valueLossWeight * g.valueLoss);
            QCOMPARE(g.selfPlayGames, p.selfPlay.games);
            QVERIFY(g.selfPlaySolved >= 0 && g.selfPlaySolved <= g.selfPlayGames);
            // Self-play's best scheme: 7 when a game was solved, above 7 (or none) otherwise.
            if (g.selfPlaySolved > 0)
                QCOMPARE(g.selfPlayBestRank, 7);
            else
                QVERIFY(g.selfPlayBestRank == 0 || g.selfPlayBestRank > 7);
            QCOMPARE(g.evalGames, p.evalGames);
            QCOMPARE(g.successRate, static_cast<double>(g.evalSolved) / g.evalGames);
            // Every game leads to a scheme: of rank at least 7 (the tensor's rank), at most the
            // moves plus the residual's slices (four 4x4 slices, of rank 4 at most).
            QVERIFY2(g.meanRank >= 7 && g.meanRank <= g.meanSteps + 16,
                     qPrintable(QString::number(g.meanRank)));
            QVERIFY(g.meanSteps >= 1 && g.meanSteps <= 7);
            QVERIFY(g.seconds > 0);
            if (i > 0) QVERIFY(g.seconds >= r.rows[i - 1].seconds);
        }
        // Wall time since the loop began, counted once: never more than the run took as seen
        // from outside it (a consistency check, not a speed limit).
        QVERIFY(r.rows.back().seconds <= outside);
        // The files: a model of the last generation, the curve, the checkpoint.
        QCOMPARE(readModelInfo(p.out).steps, 2 * p.stepsPerGeneration);
        const QStringList csv = linesOf(r.curveCsv);
        QCOMPARE(csv.size(), 3);
        QVERIFY(csv[0].startsWith(QStringLiteral("generation,seconds,steps,loss,policy_loss")));
        QVERIFY(csv[0].contains(QStringLiteral("eval_success_rate,eval_mean_rank")));
        QVERIFY(csv[0].endsWith(QStringLiteral(",self_play_best_rank")));
        QVERIFY(csv[1].endsWith(QLatin1Char(',') + QString::number(r.rows[0].selfPlayBestRank)));
        QVERIFY(csv[2].startsWith(QStringLiteral("2,")));
        QCOMPARE(csv[1].split(QLatin1Char(',')).size(), csv[0].split(QLatin1Char(',')).size());
        QVERIFY(
            linesOf(r.curveJson).join(QString()).contains(QStringLiteral("\"eval_mean_rank\"")));
        const LoopState state = readLoopState(LoopParams::checkpointOf(p.out));
        QCOMPARE(state.generation, 2);
        QCOMPARE(timeless(state.rows), timeless(r.rows));
        QCOMPARE(state.seed, std::uint64_t{5});
        QCOMPARE(parametersOf(state.model), parametersOf(p.out));
    }

    void solvedGamesFillTheReplayBuffer() {
        QTemporaryDir dir;
        LoopParams p = solvingLoop(dir, "solve.tgm", 1);
        ExpertIteration loop(p);
        loop.start();
        loop.wait();
        const LoopResult r = loop.result();
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.rows.size(), std::size_t{1});
        QVERIFY(r.rows[0].selfPlaySolved > 0);
        const auto buffer = loop.replayBuffer();
        QCOMPARE(static_cast<long long>(buffer.size()), r.rows[0].bufferSize);
        // Each solved game is one lesson per move, in order: every move is a rank-1 term with
        // coefficients in {0, 1}, it turns the state into the next lesson's, and the last one
        // leaves zero within the game's limit.
        int games = 0;
        for (std::size_t i = 0; i < buffer.size(); ++i) {
            const auto& d = buffer[i];
            QCOMPARE(d.state.size, (TensorSize{2, 2, 2}));
            QVERIFY(d.state.stepLimit >= 1 && d.state.step < d.state.stepLimit);
            for (const auto* f : {&d.action.u, &d.action.v, &d.action.w}) {
                QCOMPARE(f->size(), std::size_t{4});
                QVERIFY(std::any_of(f->begin(), f->end(), [](int x) { return x != 0; }));
                for (int x : *f) QVERIFY(x == 0 || x == 1);
            }
            auto r2 = search::IntResidual::fromData(d.state.size, true, d.state.residual);
            QVERIFY(!r2.isZero());
            r2.subtract(d.action);
            if (d.movesLeft == 1) {
                QVERIFY(r2.isZero());
                ++games;
            } else {
                QVERIFY(i + 1 < buffer.size());
                QCOMPARE(buffer[i + 1].state.step, d.state.step + 1);
                QCOMPARE(buffer[i + 1].movesLeft, d.movesLeft - 1);
                QCOMPARE(r2.data(), buffer[i + 1].state.residual);
            }
            if (d.state.step == 0)  // a game starts from the target, maybe in another basis
                QVERIFY(d.movesLeft <= p.selfPlay.game.targetRank);
        }
        QCOMPARE(games, r.rows[0].selfPlaySolved);
        // The checkpoint keeps the buffer whole.
        const LoopState state = readLoopState(LoopParams::checkpointOf(p.out));
        QCOMPARE(state.buffer.size(), buffer.size());
        for (std::size_t i = 0; i < buffer.size(); ++i) {
            QCOMPARE(state.buffer[i].state.residual, buffer[i].state.residual);
            QCOMPARE(state.buffer[i].state.history, buffer[i].state.history);
            QCOMPARE(state.buffer[i].action, buffer[i].action);
            QCOMPARE(state.buffer[i].movesLeft, buffer[i].movesLeft);
        }
    }

    // With runs for self-play, each run of the generation's network (on two threads sharing
    // it) teaches its scheme in every copy: the buffer holds copies x rank lessons per run.
    void runsTeachTheirSchemesInEveryCopy() {
        QTemporaryDir dir;
        LoopParams p = solvingLoop(dir, "runs.tgm", 1);
        p.selfPlay.game.targetRank = 7;
        p.selfPlay.games = 2;
        p.selfPlay.runGames = 16;
        p.selfPlay.runThreads = 2;
        p.selfPlay.runLessonCopies = 2;
        const LoopResult r = runExpertIteration(p);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.rows.size(), std::size_t{1});
        QCOMPARE(r.rows[0].selfPlayGames, 2);
        QCOMPARE(r.rows[0].selfPlaySolved, 2);
        QCOMPARE(r.rows[0].bufferSize, 2 * 2 * 7);
        p.selfPlay.runThreads = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ExpertIteration{p});
    }

    // Lessons start a fresh loop's replay buffer: the newest that fit it, taken out of the
    // parameters when the loop is made (not kept twice for the whole run).
    void lessonsStartTheBufferNewestFirst() {
        QTemporaryDir dir;
        LoopParams p = tinyLoop(dir, "lessons.tgm", 1);
        p.selfPlay.games = 0;  // only the lessons in the buffer
        p.trainer.bufferCapacity = 20;
        search::AgentGame game;
        game.size = {2, 2, 2};
        game.coefficients = CoefficientSet::Mod2;
        p.lessons = search::schemeLessons(*builtinScheme("strassen"), game, 8, false, 3);
        QCOMPARE(p.lessons.size(), std::size_t{8 * 7});
        const std::vector<search::Demonstration> newest(p.lessons.end() - 20, p.lessons.end());
        ExpertIteration loop(p);
        QCOMPARE(loop.lessonsKept(), std::size_t{20});
        QVERIFY(loop.params().lessons.empty());
        loop.start();
        loop.wait();
        QVERIFY2(loop.result().error.empty(), loop.result().error.c_str());
        const std::vector<search::Demonstration> buffer = loop.replayBuffer();
        QCOMPARE(buffer.size(), newest.size());
        for (std::size_t i = 0; i < buffer.size(); ++i) {
            QVERIFY(buffer[i].action == newest[i].action);
            QCOMPARE(buffer[i].state.step, newest[i].state.step);
            QCOMPARE(buffer[i].movesLeft, newest[i].movesLeft);
        }
    }

    void resumingEqualsTheUninterruptedRun() {
        QTemporaryDir whole, parts;
        const LoopResult a = runExpertIteration(solvingLoop(whole, "a.tgm", 2));
        QVERIFY2(a.error.empty(), a.error.c_str());
        QVERIFY(a.rows[0].bufferSize > 0);  // the second generation trains on self-play games

        const LoopResult first = runExpertIteration(solvingLoop(parts, "b.tgm", 1));
        QVERIFY2(first.error.empty(), first.error.c_str());
        QCOMPARE(first.rows.size(), std::size_t{1});
        LoopParams rest = solvingLoop(parts, "b.tgm", 2);
        rest.resume = first.checkpoint;
        rest.initialModel.clear();  // the checkpoint says where the run is
        const LoopResult b = runExpertIteration(rest);
        QVERIFY2(b.error.empty(), b.error.c_str());
        QCOMPARE(timeless(b.rows), timeless(a.rows));
        QCOMPARE(parametersOf(b.out), parametersOf(a.out));
        const LoopState sa = readLoopState(a.checkpoint), sb = readLoopState(b.checkpoint);
        QCOMPARE(sb.buffer.size(), sa.buffer.size());
        QCOMPARE(sb.steps, sa.steps);

        // A finished run resumed for no more generations changes nothing.
        LoopParams again = rest;
        again.resume = b.checkpoint;
        const LoopResult c = runExpertIteration(again);
        QVERIFY2(c.error.empty(), c.error.c_str());
        QCOMPARE(timeless(c.rows), timeless(b.rows));
    }

    void refusesACheckpointOfAnotherGame() {
        QTemporaryDir dir;
        const LoopResult r = runExpertIteration(tinyLoop(dir, "t.tgm", 1));
        QVERIFY2(r.error.empty(), r.error.c_str());
        LoopParams other = LoopParams::tiny({2, 2, 2}, CoefficientSet::Ternary);
        other.out = dir.filePath(QStringLiteral("o.tgm")).toStdString();
        other.resume = r.checkpoint;
        const LoopResult o = runExpertIteration(other);
        QVERIFY(o.error.find("is for 2x2x2 mod2") != std::string::npos);
    }

    void evaluationSeedsAreNotTrainingSeeds() {
        for (std::uint64_t seed : {1ULL, 5ULL, 123456789ULL}) {
            std::set<std::uint64_t> training;
            for (int g = 1; g <= 50; ++g)
                for (int i = 0; i < 64; ++i)
                    training.insert(search::seedFor(selfPlaySeed(seed, g), i));
            for (int i = 0; i < 64; ++i) QVERIFY(!training.contains(evaluationSeed(seed, i)));
            QVERIFY(evaluationSeed(seed, 0) != evaluationSeed(seed, 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestExpertIteration)
#include "tst_expertiteration.moc"
