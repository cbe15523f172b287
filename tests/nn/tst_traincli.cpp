// tensorgame-cli train and bench nn through the real binary.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "core/nn/ModelFile.h"
#include "support/CliRun.h"

using tg::testing::runCli;

class TestTrainCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void trainsAndResumes() {
        QTemporaryDir dir;
        const QString model = dir.path() + "/m.pt";
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

        const QString resumed = dir.path() + "/r.pt";
        const auto r2 =
            runCli({"train", "--size", "2,2,2", "--coefficients", "-1..1", "--steps", "6",
                    "--batch", "8", "--resume", model, "--out", resumed, "--json", "--quiet"});
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        QCOMPARE(r2.lastJson().value("steps").toInt(), 6);
        QVERIFY(r2.err.isEmpty());
        QCOMPARE(tg::nn::readModelInfo(resumed.toStdString()).steps, 6LL);
    }
    void selfPlayRoundsPlayGames() {
        // Expert iteration: every 2 steps the agent plays 2 games with the network in training.
        // <1,2,2> is small enough that its games are decided by the exact endgame: they are
        // solved, and their moves become demonstrations.
        QTemporaryDir dir;
        const auto r = runCli({"train", "--size", "1,2,2", "--coefficients", "mod2", "--steps", "4",
                               "--batch", "8", "--self-play-every", "2", "--self-play-games", "2",
                               "--out", dir.path() + "/sp.pt", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = r.lastJson();
        QVERIFY(j.value("self_play_games").toInt() >= 2);
        QCOMPARE(j.value("self_play_solved").toInt(), j.value("self_play_games").toInt());
        QVERIFY(r.err.contains("self-play:"));
    }

    void terminationWritesTheModel() {
        QTemporaryDir dir;
        const QString model = dir.path() + "/m.pt";
        QProcess p;
        p.start(TG_CLI_PATH, {"train", "--size", "2,2,2", "--time-limit", "600", "--batch", "8",
                              "--out", model, "--json"});
        QVERIFY(p.waitForStarted());
        // Wait for the first progress line (once a second), then ask it to stop as a shell would.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("step"), 30000);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
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
    void refusesBadInput() {
        QTemporaryDir dir;
        const QString model = dir.path() + "/m.pt";
        QCOMPARE(runCli({"train", "--size", "0,2,2", "--out", model}).exitCode, 2);
        QCOMPARE(runCli({"train", "--size", "2,2,2", "--steps", "2"}).exitCode, 2);
        QCOMPARE(
            runCli({"train", "--size", "2,2,2", "--coefficients", "any", "--out", model}).exitCode,
            2);
        QCOMPARE(runCli({"train", "--size", "2,2,2", "--steps", "-1", "--out", model}).exitCode, 2);
        const QString garbage = dir.path() + "/garbage.pt";
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
        QCOMPARE(lines.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const auto j = QJsonDocument::fromJson(lines[i].toUtf8()).object();
            QCOMPARE(j.value("benchmark").toString(), QString("nn"));
            QCOMPARE(j.value("batch").toInt(), i == 0 ? 1 : 16);
            QVERIFY(j.value("evaluations_per_second").toDouble() > 0);
        }
        QCOMPARE(runCli({"bench", "nn", "--size", "x"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
