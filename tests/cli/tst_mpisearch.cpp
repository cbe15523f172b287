// `mpirun -np 2 tensorgame-cli search`: two processes (ranks) search together, exchange their
// best schemes, stop together at the target, and rank 0 writes one verified result whose JSON
// says ranks 2; with a flip budget the run is deterministic; a bad input on one rank ends both;
// a cyclic run (--symmetry cyclic) exchanges invariant schemes and writes an invariant result.
#include <unistd.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/SchemeSource.h"
#include "core/search/Checkpoint.h"
#include "core/search/CyclicScheme.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Verification.h"

using namespace tg;

namespace {

struct MpiRun {
    int exitCode = -1;
    QJsonObject json;  // the last line of stdout (rank 0's)
    QString err;
};

MpiRun mpirun(const QStringList& searchArgs, int timeoutMs = 300000) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (::getuid() == 0) {  // containers and CI run as root; Open MPI refuses that by default
        env.insert("OMPI_ALLOW_RUN_AS_ROOT", "1");
        env.insert("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
    }
    p.setProcessEnvironment(env);
    p.start(TG_MPIEXEC,
            QStringList{"-np", "2", "--oversubscribe", TG_CLI_PATH, "search"} + searchArgs);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    MpiRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty()) r.json = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Scheme loadOne(const QString& path) {
    return loadSchemes(path.toStdString()).front().scheme;
}

}  // namespace

class TestMpiSearch : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void twoRanksReachTheTargetTogether() {
        QTemporaryDir dir;
        const QString out = dir.filePath("found.exp");
        const QString ck = dir.filePath("run.tgck");
        const MpiRun r =
            mpirun({"--size", "3,3,3", "--field", "Z2", "--threads", "1", "--seed", "3",
                    "--target-rank", "23", "--out", out, "--checkpoint", ck, "--json", "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json["ranks"].toInt(), 2);
        QVERIFY(r.json["valid"].toBool());
        QVERIFY(r.json["reached_target"].toBool());
        QVERIFY(r.json["exchanges"].toInt() >= 1);
        const Scheme found = loadOne(out);
        QCOMPARE(found.rank(), 23);
        QVERIFY(verify(found, Field::Z2).valid);
        // Each rank ran its own walker (global indices 0 and 1) and saved its own checkpoint.
        for (int rank = 0; rank < 2; ++rank) {
            const auto snap =
                search::readCheckpoint((ck + ".rank" + QString::number(rank)).toStdString());
            QCOMPARE(snap.ranks, 2);
            QCOMPARE(snap.params.firstWalker, rank);
            QVERIFY(snap.walkers.front().steps > 0);
        }
    }

    // Both ranks walk only schemes invariant under (A, B, C) -> (B, C, A); what they exchange
    // and what rank 0 writes must still be invariant (written out in full, orbits then fixed).
    void aCyclicRunWritesAnInvariantScheme() {
        QTemporaryDir dir;
        const QString out = dir.filePath("cyclic.exp");
        const MpiRun r = mpirun({"--size", "3,3,3", "--field", "Z2", "--symmetry", "cyclic",
                                 "--threads", "1", "--seed", "5", "--target-rank", "23",
                                 "--exchange-every", "65536", "--out", out, "--json", "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json["ranks"].toInt(), 2);
        QCOMPARE(r.json["symmetry"].toString(), QStringLiteral("cyclic"));
        QVERIFY(r.json["valid"].toBool());
        QVERIFY(r.json["reached_target"].toBool());
        QCOMPARE(r.json["found_rank"].toInt(), 23);
        QVERIFY(r.json["exchanges"].toInt() >= 1);
        const Scheme found = loadOne(out);
        QCOMPARE(found.rank(), 23);
        QVERIFY(verify(found, Field::Z2).valid);
        const auto packed = search::packScheme<search::Mod2Ring>(found);
        QVERIFY(packed.has_value());
        int bad = -1;
        QVERIFY2(search::splitCyclic<search::Mod2Ring>(*packed, &bad).has_value(),
                 qPrintable(QStringLiteral("term %1 has no rotated partners").arg(bad + 1)));
    }

    void aBudgetMakesTheRunDeterministic() {
        QTemporaryDir dir;
        QJsonObject first;
        for (const QString name : {"a.exp", "b.exp"}) {
            const MpiRun r = mpirun({"--size", "3,3,3", "--field", "Z2", "--threads", "1", "--seed",
                                     "9", "--max-flips", "400000", "--exchange-every", "65536",
                                     "--out", dir.filePath(name), "--json", "--quiet"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.json["ranks"].toInt(), 2);
            QVERIFY(r.json["exchanges"].toInt() >= 6);
            if (first.isEmpty()) {
                first = r.json;
                continue;
            }
            for (const char* key : {"found_rank", "walker", "walker_steps", "flips"})
                QCOMPARE(r.json[key].toVariant(), first[key].toVariant());
        }
        QVERIFY(loadOne(dir.filePath("a.exp")).terms == loadOne(dir.filePath("b.exp")).terms);
    }

    // Rank 1's checkpoint is missing: rank 1 cannot start, and rank 0 must not wait for it in
    // the first exchange (it did, forever). Both end with the bad-input status.
    void aBadInputOnOneRankEndsEveryRank() {
        QTemporaryDir dir;
        const QString ck = dir.filePath("run.tgck");
        const MpiRun saved = mpirun({"--size", "3,3,3", "--threads", "1", "--time-limit", "1",
                                     "--checkpoint", ck, "--json", "--quiet"});
        QVERIFY2(saved.exitCode == 0 || saved.exitCode == 1, qPrintable(saved.err));
        QVERIFY(QFile::remove(ck + ".rank1"));
        const MpiRun r =
            mpirun({"--resume", ck, "--time-limit", "30", "--json", "--quiet"}, 120000);
        QVERIFY2(r.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains("run.tgck.rank1"), qPrintable(r.err));
        QVERIFY2(r.err.contains("another process"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestMpiSearch)
#include "tst_mpisearch.moc"
