// tensorgame-cli train and bench nn through the real binary.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>  // kill()
#include <cstring>

#include "core/nn/ModelFile.h"
#include "core/search/IntResidual.h"
#include "support/CliRun.h"

using tg::testing::runCli;

namespace {

// T<2,2,2> mod 2 as the checkpoint writes a residual.
QString tensor222() {
    const tg::search::IntResidual t = tg::search::IntResidual::matMul({2, 2, 2}, true);
    QJsonArray entries;
    for (int x : t.data()) entries.append(x);
    return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

// The distinct states the lessons of a loop's replay buffer start from (step 0), compact JSON.
QSet<QString> copyStarts(const QString& checkpoint) {
    QFile f(checkpoint);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QSet<QString> starts;
    for (const QJsonValue lesson :
         QJsonDocument::fromJson(f.readAll()).object().value("buffer").toArray())
        if (lesson.toObject().value("step").toInt() == 0)
            starts.insert(
                QString::fromUtf8(QJsonDocument(lesson.toObject().value("residual").toArray())
                                      .toJson(QJsonDocument::Compact)));
    return starts;
}

}  // namespace

class TestTrainCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void trainsAndResumes() {
        QTemporaryDir dir;
        const QString model = dir.path() + "/m.tgm";
        const auto r = runCli({"train", "--size", "2,2,2", "--coefficients", "-1..1", "--steps",
                               "4", "--batch", "8", "--seed", "3", "--out", model, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = r.lastJson();
        QCOMPARE(j.value("steps").toInt(), 4);
        QCOMPARE(j.value("out").toString(), model);
        QVERIFY(j.value("policy_loss").toDouble() > 0);
        QVERIFY(j.contains("value_loss"));
        QVERIFY(j.value("seconds").toDouble() > 0);
        QVERIFY(r.err.contains("trained 4 steps"));
        const auto info = tg::nn::readModelInfo(model.toStdString());
        QCOMPARE(info.steps, 4LL);
        QCOMPARE(info.network.size, (tg::TensorSize{2, 2, 2}));
        QCOMPARE(info.network.coefficients, tg::CoefficientSet::Ternary);
        QVERIFY(info.recipe.find("--steps 4") != std::string::npos);

        const QString resumed = dir.path() + "/r.tgm";
        const QStringList resume{"train", "--size",  "2,2,2",  "--coefficients", "-1..1", "--steps",
                                 "6",     "--batch", "8",      "--resume",       model,   "--out",
                                 resumed, "--json",  "--quiet"};
        const auto r2 = runCli(resume);
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        QCOMPARE(r2.lastJson().value("steps").toInt(), 6);
        QVERIFY(r2.err.isEmpty());
        // The resumed model keeps how its start was made: both commands, in order.
        const auto again = tg::nn::readModelInfo(resumed.toStdString());
        QCOMPARE(again.steps, 6LL);
        QCOMPARE(again.recipe,
                 info.recipe + " && tensorgame-cli " + resume.join(' ').toStdString());
    }
    void generationsWriteTheCurveAndResume() {
        QTemporaryDir dir;
        const QString model = dir.path() + "/loop.tgm";
        const QStringList common{"train", "--size",
                                 "2,2,2", "--coefficients",
                                 "mod2",  "--generation-steps",
                                 "2",     "--batch",
                                 "8",     "--self-play-games",
                                 "1",     "--eval-games",
                                 "1",     "--simulations",
                                 "8",     "--out",
                                 model,   "--json"};
        const auto r = runCli(common + QStringList{"--generations", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.lastJson().value("generations").toInt(), 1);
        QCOMPARE(r.lastJson().value("target").toInt(), 7);
        QVERIFY(r.err.contains("generation 1 ["));
        QVERIFY2(r.err.startsWith("train: expert iteration on 2x2x2 mod2 (target rank 7), a fresh "
                                  "network, 1 generation; Ctrl+C stops it"),
                 qPrintable(r.err));
        const QString checkpoint = r.lastJson().value("checkpoint").toString();
        QCOMPARE(checkpoint, model + ".loop.json");
        const QStringList resume =
            common + QStringList{"--generations", "3", "--resume", checkpoint};
        const auto r2 = runCli(resume);
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        QVERIFY(!r2.err.contains("generation 1 ["));  // resumed, not redone
        QVERIFY(r2.err.contains(", resuming " + checkpoint + ", 3 generations;"));
        QVERIFY(r2.err.contains("generation 2 [") && r2.err.contains("generation 3 ["));
        QFile csv(dir.path() + "/loop.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[1].startsWith("1,") && lines[2].startsWith("2,") &&
                lines[3].startsWith("3,"));
        const auto info = tg::nn::readModelInfo(model.toStdString());
        QCOMPARE(info.steps, 6LL);
        const auto command = [](const QStringList& args) {
            return "tensorgame-cli " + args.join(' ').toStdString();
        };
        // Generation 3 resumed from 2, which resumed from 1's checkpoint: each command once.
        QCOMPARE(info.recipe,
                 command(common + QStringList{"--generations", "1"}) + " && " + command(resume));
        // A checkpoint that is not one is refused with its name.
        const auto bad = runCli(common + QStringList{"--generations", "2", "--resume", model});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("loop.tgm"));
        // --steps belongs to a single training: with generations it is refused, not ignored.
        const auto steps = runCli(common + QStringList{"--generations", "2", "--steps", "5"});
        QCOMPARE(steps.exitCode, 2);
        QVERIFY2(steps.err.contains("--generation-steps"), qPrintable(steps.err));
        // A time limit ends a long loop like a stop: whole generations kept, the run says so.
        const auto timed = runCli(common + QStringList{"--generations", "100000", "--time-limit",
                                                       "2", "--out", dir.path() + "/timed.tgm"});
        QVERIFY2(timed.exitCode == 0, qPrintable(timed.err));
        QVERIFY(timed.lastJson().value("stopped").toBool());
        QVERIFY(timed.lastJson().value("generations").toInt() < 100000);
        // Runs instead of games: a run of 12 games reaches 7, and its scheme joins the buffer
        // in 8 bases and orders.
        const auto runs =
            runCli(common + QStringList{"--generations", "1", "--run-games", "12", "--run-threads",
                                        "2", "--out", dir.path() + "/runs.tgm"});
        QVERIFY2(runs.exitCode == 0, qPrintable(runs.err));
        const QJsonObject row = runs.lastJson().value("rows").toArray().at(0).toObject();
        QCOMPARE(row.value("self_play_solved").toInt(), 1);
        QCOMPARE(row.value("self_play_best_rank").toInt(), 7);
        QVERIFY2(runs.err.contains("1/1 solved (best rank 7)"), qPrintable(runs.err));
        QCOMPARE(row.value("buffer_size").toInt(), 8 * 7);
        // --no-random-basis: the run's scheme is taught on T<2,2,2> itself, each copy starting
        // from it (with random bases the copies start in 8 bases).
        const QString onTarget = dir.path() + "/target.tgm";
        const auto target =
            runCli(common + QStringList{"--generations", "1", "--run-games", "12", "--run-threads",
                                        "2", "--no-random-basis", "--out", onTarget});
        QVERIFY2(target.exitCode == 0, qPrintable(target.err));
        QCOMPARE(copyStarts(onTarget + ".loop.json"), (QSet<QString>{tensor222()}));
        QCOMPARE(copyStarts(dir.path() + "/runs.tgm.loop.json").size(), 8);
        // Plain training has no runs: refused, not ignored.
        const auto plain = runCli({"train", "--size", "2,2,2", "--steps", "2", "--run-games", "4",
                                   "--out", dir.path() + "/plain.tgm"});
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains("--generations"), qPrintable(plain.err));
    }

    // --lessons: scheme files (here a folder of two) join the training, checked first.
    void learnsFromSchemeFiles() {
        QTemporaryDir dir;
        const QString lessons = dir.path() + "/lessons";
        QVERIFY(QDir().mkpath(lessons));
        QCOMPARE(runCli({"convert", "builtin:strassen", lessons + "/strassen.json"}).exitCode, 0);
        QCOMPARE(runCli({"convert", "builtin:strassen", lessons + "/strassen.exp"}).exitCode, 0);
        const QString model = dir.path() + "/m.tgm";
        const auto plain = runCli({"train", "--size", "2,2,2", "--steps", "2", "--batch", "8",
                                   "--lessons", lessons, "--buffer-share", "1", "--out", model});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        // Two schemes, each in 8 copies of 7 moves.
        QVERIFY2(plain.err.contains(", learning from 2 schemes (112 demonstrations); Ctrl+C"),
                 qPrintable(plain.err));
        const auto kept =
            runCli({"train", "--size", "2,2,2", "--steps", "1", "--batch", "8", "--lessons",
                    lessons + "/strassen.json", "--buffer-size", "50", "--out", model});
        QVERIFY2(kept.err.contains("1 scheme (56 demonstrations, the newest 50 kept)"),
                 qPrintable(kept.err));

        // Expert iteration: the lessons start the replay buffer (in the standard basis with
        // --no-random-basis, so that every copy starts from the target itself).
        const QString loop = dir.path() + "/loop.tgm";
        const QStringList common{"train", "--size",        "2,2,2", "--generation-steps",
                                 "1",     "--batch",       "8",     "--self-play-games",
                                 "1",     "--eval-games",  "1",     "--simulations",
                                 "4",     "--lesson-rank", "0",     "--json"};
        const auto first = runCli(common + QStringList{"--generations", "1", "--lessons",
                                                       lessons + "/strassen.json",
                                                       "--no-random-basis", "--out", loop});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.err.contains("learning from 1 scheme (56 demonstrations)"));
        const QJsonObject row = first.lastJson().value("rows").toArray().at(0).toObject();
        QVERIFY(row.value("buffer_size").toInt() >= 56);
        QVERIFY(copyStarts(loop + ".loop.json").contains(tensor222()));
        // A resumed loop has them in its checkpoint: given again, they are refused, before any
        // file is read (a folder that is not there is not what is reported).
        for (const QString& source : {lessons, dir.path() + "/nothing-here"}) {
            const auto resumed =
                runCli(common + QStringList{"--generations", "2", "--resume", loop + ".loop.json",
                                            "--lessons", source, "--out", loop});
            QCOMPARE(resumed.exitCode, 2);
            QVERIFY2(resumed.err.contains("give --lessons to a fresh loop only"),
                     qPrintable(resumed.err));
        }
        // The buffer keeps the newest lessons that fit it, and says so.
        const auto capped = runCli(common + QStringList{"--generations", "1", "--lessons",
                                                        lessons + "/strassen.json", "--buffer-size",
                                                        "20", "--out", loop});
        QVERIFY2(capped.exitCode == 0, qPrintable(capped.err));
        QVERIFY2(capped.err.contains("1 scheme (56 demonstrations, the newest 20 kept)"),
                 qPrintable(capped.err));

        // What cannot teach is refused before any training: another size, a wrong scheme.
        const QString wrongSize = dir.path() + "/m.tgm.wrong";
        const auto other = runCli({"train", "--size", "2,2,3", "--steps", "1", "--lessons",
                                   lessons + "/strassen.json", "--out", wrongSize});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("strassen.json cannot be a lesson: it is for 2x2x2, not 2x2x3"),
                 qPrintable(other.err));
        QVERIFY(!QFile::exists(wrongSize));
        QFile exp(lessons + "/strassen.exp");
        QVERIFY(exp.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(exp.readAll()).split('\n', Qt::SkipEmptyParts);
        exp.close();
        const QString broken = dir.path() + "/broken.exp";
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.mid(0, lines.size() - 1).join('\n').toUtf8() + "\n");  // a product lost
        out.close();
        const auto wrong = runCli(
            {"train", "--size", "2,2,2", "--steps", "1", "--lessons", broken, "--out", wrongSize});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("is not a scheme for 2x2x2 mod 2"), qPrintable(wrong.err));
        QVERIFY(!QFile::exists(wrongSize));
        const auto none = runCli({"train", "--size", "2,2,2", "--steps", "1", "--lessons",
                                  dir.path() + "/nothing-here", "--out", wrongSize});
        QCOMPARE(none.exitCode, 2);
        // --init belongs to expert iteration: plain training refuses it rather than ignore it.
        const auto init = runCli(
            {"train", "--size", "2,2,2", "--steps", "1", "--init", model, "--out", wrongSize});
        QCOMPARE(init.exitCode, 2);
        QVERIFY2(init.err.contains("--resume"), qPrintable(init.err));
    }

    void selfPlayRoundsPlayGames() {
        // Expert iteration: every 2 steps the agent plays 2 games with the network in training.
        // <1,2,2> is small enough that its games are decided by the exact endgame: they are
        // solved, and their moves become demonstrations.
        QTemporaryDir dir;
        const auto r = runCli({"train", "--size", "1,2,2", "--coefficients", "mod2", "--steps", "4",
                               "--batch", "8", "--self-play-every", "2", "--self-play-games", "2",
                               "--out", dir.path() + "/sp.tgm", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = r.lastJson();
        QVERIFY(j.value("self_play_games").toInt() >= 2);
        QCOMPARE(j.value("self_play_solved").toInt(), j.value("self_play_games").toInt());
        QVERIFY(r.err.contains("self-play:"));
    }

    void terminationWritesTheModel() {
        QTemporaryDir dir;
        const QString model = dir.path() + "/m.tgm";
        QProcess p;
        p.start(TG_CLI_PATH, {"train", "--size", "2,2,2", "--time-limit", "600", "--batch", "8",
                              "--out", model, "--json"});
        QVERIFY(p.waitForStarted());
        // Wait for the first progress line (once a second), then ask it to stop as a shell would.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("step"), 30000);
        p.terminate();
        QVERIFY(p.waitForFinished(120000));  // a hang guard, not a timing assertion
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const auto lines =
            QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        const auto j = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QVERIFY(j.value("steps").toInt() > 0);
        QCOMPARE(tg::nn::readModelInfo(model.toStdString()).steps,
                 static_cast<long long>(j.value("steps").toInt()));
    }
    // A model or curve that cannot be written is refused before training, not after it: the
    // plain training would otherwise run to its first checkpoint, the loop a whole generation.
    void unwritableFilesAreRefusedFirst() {
        QTemporaryDir dir;
        const QStringList plain{"train", "--size", "2,2,2", "--out", "/nonexistent/m.tgm"};
        const QStringList loop = plain + QStringList{"--generations", "1"};
        const QStringList curve{"train",
                                "--size",
                                "2,2,2",
                                "--generations",
                                "1",
                                "--out",
                                dir.path() + "/m.tgm",
                                "--curve",
                                "/nonexistent/c"};
        for (const QStringList& args : {plain, loop, curve}) {
            const auto r = runCli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith("tensorgame-cli: train: cannot write /nonexistent/"),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains("the folder /nonexistent does not exist"), qPrintable(r.err));
            QVERIFY(!r.err.contains("Ctrl+C"));  // it never started
        }
        QVERIFY(!QFile::exists(dir.path() + "/m.tgm"));
    }
    // SIGINT in every phase of train: while self-play games are played (most of this run), and
    // while a checkpoint is resumed. The model is written and loads.
    void interruptionStopsEveryPhase() {
        QTemporaryDir dir;
        const QString first = dir.path() + "/first.tgm";
        QVERIFY(runCli({"train", "--size", "2,2,2", "--steps", "2", "--batch", "8", "--out", first,
                        "--quiet"})
                    .exitCode == 0);
        const QString model = dir.path() + "/m.tgm";
        QProcess p;
        p.start(TG_CLI_PATH, {"train", "--size", "2,2,2", "--time-limit", "600", "--batch", "8",
                              "--resume", first, "--self-play-every", "1", "--self-play-games",
                              "1000", "--out", model, "--json"});
        QVERIFY(p.waitForStarted());
        // The start line comes once Ctrl+C is handled (before it, a signal kills the process: a
        // fixed wait failed under load). Self-play rounds of 1000 games follow a step that takes
        // well under a second: a second more gets into them.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Ctrl+C stops it"),
                                 60000);
        QVERIFY2(err.contains("train: 2x2x2 mod2, resuming " + first.toUtf8() + ", 600 s;"),
                 err.constData());
        QTest::qWait(1000);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(120000));  // a hang guard
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(tg::nn::readModelInfo(model.toStdString()).steps >= 2);
        (void)tg::nn::loadEvaluator(model.toStdString());

        // A signal that arrives while the checkpoint is being loaded, or before: still honoured.
        const QString again = dir.path() + "/again.tgm";
        QProcess q;
        q.start(TG_CLI_PATH, {"train", "--size", "2,2,2", "--time-limit", "600", "--batch", "8",
                              "--resume", model, "--out", again, "--json"});
        QVERIFY(q.waitForStarted());
        ::kill(static_cast<pid_t>(q.processId()), SIGTERM);
        QVERIFY(q.waitForFinished(120000));  // a hang guard
        // Before the handler was installed the default action ends it; after, it stops cleanly
        // and writes the model. Either way it ends, and a model written loads.
        if (q.exitStatus() == QProcess::NormalExit) {
            QCOMPARE(q.exitCode(), 0);
            (void)tg::nn::loadEvaluator(again.toStdString());
        }
    }
    void searchStopsOnSignals() {
        QTemporaryDir dir;
        for (const char* engine : {"flip", "mcts"}) {
            const QString out = dir.path() + "/" + engine + ".json";
            QStringList args{"search", "--engine",     engine, "--size", "3,3,3", "--target-rank",
                             "1",      "--time-limit", "600",  "--out",  out};
            if (QString(engine) == "mcts")
                args << "--model"
                     << "uniform";
            QProcess p;
            p.start(TG_CLI_PATH, args);
            QVERIFY(p.waitForStarted());
            // Progress (flip: "[1 s] best rank ..."; the agent: "search: agent on ...").
            QByteArray err;
            QTRY_VERIFY_WITH_TIMEOUT(
                (err += p.readAllStandardError()).contains(" rank ") || err.contains("agent on"),
                60000);
            ::kill(static_cast<pid_t>(p.processId()), SIGINT);
            QVERIFY(p.waitForFinished(120000));              // a hang guard
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);  // stopped, not killed
            QCOMPARE(p.exitCode(), 1);                       // the target was not reached
        }
    }
    // Hostile model files through the real binary: refused with the reason, exit status 2.
    void hostileModelsAreRefused() {
        QTemporaryDir dir;
        const QString good = dir.path() + "/good.tgm";
        tg::nn::saveUntrainedModel(good.toStdString(),
                                   tg::nn::NetworkConfig::tiny({2, 2, 2}, tg::CoefficientSet::Mod2),
                                   1);
        QFile g(good);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray bytes = g.readAll();
        quint64 n = 0;
        std::memcpy(&n, bytes.constData(), 8);
        QByteArray header = bytes.mid(8, static_cast<qsizetype>(n));
        QVERIFY(header.contains("\"width\":\"16\""));
        header.replace("\"width\":\"16\"", "\"width\":\"1000000000\"");
        auto withLength = [](const QByteArray& h) {
            const quint64 length = static_cast<quint64>(h.size());
            return QByteArray(reinterpret_cast<const char*>(&length), 8) + h;
        };
        const struct {
            const char* name;
            QByteArray content;
            const char* message;
        } cases[] = {
            {"old.pt", QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'),
             "is a model in the old TorchScript format, which can run code when loaded"},
            {"deep.tgm", withLength(QByteArray(100000, '[') + QByteArray(100000, ']')),
             "nested deeper than 8"},
            {"wide.tgm", withLength(header) + bytes.mid(8 + static_cast<qsizetype>(n)),
             "width must be 4..1024"},
            {"huge.tgm", QByteArray("\0\0\0\0\0\0\0\x80", 8) + QByteArray(100, '{'),
             "above the limit"},
        };
        for (const auto& c : cases) {
            const QString path = dir.path() + "/" + c.name;
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(c.content);
            f.close();
            const auto r = runCli({"search", "--engine", "mcts", "--size", "2,2,2", "--model", path,
                                   "--time-limit", "1"});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
            QVERIFY2(r.err.contains(c.message), qPrintable(r.err));
            const auto t = runCli({"train", "--size", "2,2,2", "--steps", "1", "--resume", path,
                                   "--out", dir.path() + "/out.tgm"});
            QCOMPARE(t.exitCode, 2);
            QVERIFY2(t.err.contains(c.message), qPrintable(t.err));
        }
        QVERIFY(!QFile::exists(dir.path() + "/out.tgm"));
    }
    void refusesBadInput() {
        QTemporaryDir dir;
        const QString model = dir.path() + "/m.tgm";
        QCOMPARE(runCli({"train", "--size", "0,2,2", "--out", model}).exitCode, 2);
        QCOMPARE(runCli({"train", "--size", "2,2,2", "--steps", "2"}).exitCode, 2);
        QCOMPARE(
            runCli({"train", "--size", "2,2,2", "--coefficients", "any", "--out", model}).exitCode,
            2);
        QCOMPARE(runCli({"train", "--size", "2,2,2", "--steps", "-1", "--out", model}).exitCode, 2);
        // A size the network cannot be built for is refused before the run is announced.
        for (const QStringList& run :
             {QStringList{"--steps", "1"}, QStringList{"--generations", "1"}}) {
            const auto big = runCli(QStringList{"train", "--size", "9,9,9", "--out", model} + run);
            QCOMPARE(big.exitCode, 2);
            QVERIFY2(big.err.startsWith("tensorgame-cli: train: ") && !big.err.contains("Ctrl+C"),
                     qPrintable(big.err));
        }
        const QString garbage = dir.path() + "/garbage.tgm";
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a model");
        f.close();
        const auto r = runCli(
            {"train", "--size", "2,2,2", "--steps", "2", "--resume", garbage, "--out", model});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(garbage), qPrintable(r.err));
        QVERIFY(!QFile::exists(model));
    }
    void benchmarksTheNetwork() {
        const auto r = runCli({"bench", "nn", "--size", "2,2,2", "--seconds", "0.2", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto lines = r.lines();
        QCOMPARE(lines.size(), 1);
        const auto j = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(j.value("benchmark").toString(), QString("nn"));
        QVERIFY(j.value("evaluations_per_second").toDouble() > 0);
        QVERIFY(j.value("libtorch_per_second").toDouble() > 0);
        // Both passes compute one function: what the search runs is what trains.
        QVERIFY(j.value("value_difference").toDouble() < 1e-4);
        QVERIFY(j.value("probability_difference").toDouble() < 1e-4);
        // The model shipped for the size by default (a trained policy's cost is not an untrained
        // one's), or the one named; a model of another game is refused, named.
        QVERIFY2(j.value("model").toString().endsWith("agent-2x2x2-mod2.tgm"),
                 qPrintable(lines[0]));
        const QString other = QStringLiteral(TG_MODELS_DIR "/agent-2x2x3-mod2.tgm");
        const auto named = runCli(
            {"bench", "nn", "--size", "2,2,3", "--model", other, "--seconds", "0.1", "--json"});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QCOMPARE(named.lastJson().value("model").toString(), other);
        const auto wrong =
            runCli({"bench", "nn", "--size", "2,2,2", "--model", other, "--seconds", "0.1"});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(other) && wrong.err.contains("is for 2x2x3 mod2"),
                 qPrintable(wrong.err));
        const auto none =
            runCli({"bench", "nn", "--size", "2,2,2", "--model", "uniform", "--seconds", "0.1"});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("'uniform' is none"), qPrintable(none.err));
        QCOMPARE(runCli({"bench", "nn", "--size", "x"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
