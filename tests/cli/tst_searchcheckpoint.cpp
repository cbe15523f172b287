// `search --checkpoint` and `--resume` through the real program: a run killed (SIGKILL) after a
// checkpoint and resumed from it ends with the result of a run that was never killed; a run
// stopped by SIGTERM leaves its best scheme and a last checkpoint; damaged checkpoints are
// refused with exit status 2.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/SchemeSource.h"
#include "core/search/Checkpoint.h"
#include "core/tensor/Verification.h"
#include "support/CliRun.h"

using namespace tg;
using tg::testing::CliRun;
using tg::testing::runCli;

namespace {

// <3,3,3> mod 2 without a target: the walkers use their whole budget (a few seconds on a busy
// machine).
QStringList searchArgs(const QString& checkpoint, const QString& out) {
    return {"search",   "--size",
            "3,3,3",    "--field",
            "Z2",       "--threads",
            "2",        "--seed",
            "7",        "--max-flips",
            "4000000",  "--checkpoint",
            checkpoint, "--checkpoint-every",
            "0",        "--exchange-every",
            "65536",    "--out",
            out,        "--json",
            "--quiet"};
}

// Starts the search and waits until its first checkpoint is on disk (the wait ends with the
// process if it never writes one; the test then fails on the file).
void startUntilCheckpoint(QProcess& p, const QStringList& args, const QString& checkpoint) {
    p.start(TG_CLI_PATH, args);
    QVERIFY(p.waitForStarted());
    while (!QFile::exists(checkpoint) && p.state() == QProcess::Running) p.waitForFinished(20);
    QVERIFY(QFile::exists(checkpoint));
}

Scheme loadOne(const QString& path) {
    const auto loaded = loadSchemes(path.toStdString());
    return loaded.front().scheme;
}

}  // namespace

class TestSearchCheckpoint : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void aKilledRunResumesToTheSameResult() {
        QTemporaryDir dir;
        const QString whole = dir.filePath("whole.tgck");
        const CliRun reference = runCli(searchArgs(whole, dir.filePath("whole.exp")));
        QCOMPARE(reference.exitCode, 0);

        const QString ck = dir.filePath("run.tgck");
        const QString out = dir.filePath("run.exp");
        QProcess p;
        startUntilCheckpoint(p, searchArgs(ck, out), ck);
        p.kill();  // SIGKILL: no chance to write anything more
        p.waitForFinished();
        QVERIFY(p.exitStatus() == QProcess::CrashExit);
        // What it had found is on disk: the best scheme, verified, and the checkpoint's walkers.
        const search::SearchSnapshot snap = search::readCheckpoint(ck.toStdString());
        QVERIFY(snap.walkers.front().steps > 0);
        QVERIFY(snap.walkers.front().steps < 4000000);
        QVERIFY(QFile::exists(out));
        const Scheme best = loadOne(out);
        QVERIFY(verify(best, Field::Z2).valid);
        QVERIFY(best.rank() <= search::bestScheme(snap).rank());

        const CliRun resumed =
            runCli({"search", "--resume", ck, "--out", out, "--json", "--quiet"});
        QCOMPARE(resumed.exitCode, 0);
        const QJsonObject a = reference.lastJson();
        const QJsonObject b = resumed.lastJson();
        QVERIFY(b["valid"].toBool());
        QCOMPARE(b["ranks"].toInt(), 1);
        for (const char* key : {"found_rank", "walker", "walker_steps", "flips", "seed", "threads"})
            QCOMPARE(b[key].toVariant(), a[key].toVariant());
        QVERIFY(loadOne(out).terms == loadOne(dir.filePath("whole.exp")).terms);
    }

    void aTerminatedRunLeavesACheckpointToContinue() {
        QTemporaryDir dir;
        const QString ck = dir.filePath("run.tgck");
        const QString out = dir.filePath("run.exp");
        QProcess p;
        startUntilCheckpoint(p, searchArgs(ck, out), ck);
        p.terminate();  // SIGTERM: stop, write the result and a last checkpoint
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY(verify(loadOne(out), Field::Z2).valid);
        const search::SearchSnapshot snap = search::readCheckpoint(ck.toStdString());
        const CliRun resumed =
            runCli({"search", "--resume", ck, "--out", out, "--json", "--quiet"});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(resumed.lastJson()["valid"].toBool());
        QVERIFY(resumed.lastJson()["found_rank"].toInt() <= search::bestScheme(snap).rank());
        QVERIFY(resumed.lastJson()["flips"].toDouble() > 0);
    }

    void damagedCheckpointsAreRefused() {
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad.tgck");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("TGFLIPCK\x01\x00\x00\x00\x03\x03", 14);
        f.close();
        const CliRun r = runCli({"search", "--resume", bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bad.tgck"));
        const CliRun missing = runCli({"search", "--resume", dir.filePath("none.tgck")});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSearchCheckpoint)
#include "tst_searchcheckpoint.moc"
