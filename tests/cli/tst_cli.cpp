// Drives the real tensorgame-cli binary: exit codes, messages and JSON as a script sees them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"
#include "support/CliRun.h"

namespace {

using Run = tg::testing::CliRun;

Run cli(const QStringList& args) {
    return tg::testing::runCli(args);
}

QJsonObject json(const QString& line) {
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void listNamesEveryBuiltin() {
        const Run r = cli({"list", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), qsizetype(tg::catalogEntries().size()));
        QCOMPARE(json(r.lines().first())["key"].toString(), QString("builtin:naive"));
        bool sawLaderman = false;
        for (const QString& l : r.lines())
            if (json(l)["key"] == "builtin:laderman") {
                sawLaderman = true;
                QCOMPARE(json(l)["rank"].toInt(), 23);
            }
        QVERIFY(sawLaderman);
    }
    void everyBuiltinVerifies() {
        QStringList args{"verify", "--json"};
        for (const auto& e : tg::catalogEntries())
            args << QString::fromStdString("builtin:" + e.key);
        args << "builtin:naive:3,4,5";
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), args.size() - 2);
        for (const QString& l : r.lines()) {
            const QJsonObject o = json(l);
            for (const char* f : {"Z", "Q", "Z2"})
                QVERIFY2(o["valid"].toObject()[f].toBool(), qPrintable(l));
            QVERIFY(o.contains("additions"));
            QVERIFY(o.contains("source"));
            QCOMPARE(o["size"].toArray().size(), 3);
        }
        const QJsonObject strassen = json(r.lines()[1]);
        QCOMPARE(strassen["source"].toString(), QString("builtin:strassen"));
        QCOMPARE(strassen["rank"].toInt(), 7);
        QCOMPARE(strassen["additions"].toInt(), 18);
    }
    void aChangedCoefficientIsInvalidWithTheEntriesNamed() {
        QTemporaryDir dir;
        tg::Scheme s = tg::strassenScheme();
        s.terms[6].u[1] = 0;  // m7 = (a12 - a22)(b21 + b22) loses a12
        const QString path = dir.filePath("broken.json");
        tg::writeFileAtomic(path.toStdString(), tg::schemeToProjectJson(s));

        Run r = cli({"verify", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("invalid over Z: 2 wrong entries"), qPrintable(r.out));
        QVERIFY2(r.out.contains("a12*b21 -> c11: expected 1, got 0"), qPrintable(r.out));
        QVERIFY2(r.out.contains("a12*b22 -> c11: expected 0, got -1"), qPrintable(r.out));

        r = cli({"verify", "--json", "--field", "Z2", path, "builtin:strassen"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = json(r.lines()[0]);
        QCOMPARE(o["checked"].toString(), QString("Z2"));
        QCOMPARE(o["wrong_count"].toInt(), 2);
        QCOMPARE(o["wrong"].toArray()[0].toObject()["c"].toString(), QString("c11"));
        QVERIFY(json(r.lines()[1])["valid"].toObject()["Z2"].toBool());
    }
    void badInputExitsWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
            << QStringList{"verify", "/nonexistent.json"} << "/nonexistent.json: no such file";
        QTest::newRow("unknown builtin")
            << QStringList{"verify", "builtin:nope"} << "builtin:nope: no such built-in";
        QTest::newRow("bad field") << QStringList{"verify", "--field", "R", "builtin:strassen"}
                                   << "--field must be Z, Q or Z2";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("unknown option")
            << QStringList{"verify", "--bogus", "builtin:strassen"} << "Unknown option 'bogus'";
        QTest::newRow("no scheme") << QStringList{"verify"} << "name at least one SCHEME";
        QTest::newRow("bad size") << QStringList{"info", "builtin:naive:0,2,2"}
                                  << "no such built-in";
        QTest::newRow("directory") << QStringList{"verify", "/tmp"} << "/tmp: is a directory";
    }
    void badInputExitsWithTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    void unreadableFilesAreNamed() {
        QTemporaryDir dir;
        const QString path = dir.filePath("garbage.json");
        tg::writeFileAtomic(path.toStdString(),
                            "{\"format\": \"tensorgame-explorer\", \"version\": 1, \"kind\": "
                            "\"scheme\", \"size\": [2,2]}");
        const Run r = cli({"verify", path, "builtin:strassen"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path + ": size: must be [n, m, p]"), qPrintable(r.err));
        QVERIFY(r.out.contains(
            "builtin:strassen: 2x2x2 rank 7: valid over Z"));  // the others still run
    }
    void replayEmitsOneObjectPerStep() {
        const Run r = cli({"replay", "--json", "builtin:laderman"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 24);
        const QJsonObject first = json(lines.first());
        QCOMPARE(first["step"].toInt(), 0);
        QCOMPARE(first["residual_nonzeros"].toInt(), 27);
        QCOMPARE(first["rank_lower_bound"].toInt(), 9);
        QVERIFY(first["product"].isNull());
        const QJsonObject second = json(lines[1]);
        QCOMPARE(second["actor"].toString(), QString("import"));
        QVERIFY2(second["product"].toString().startsWith(
                     "m1 = (a11 + a12 + a13 - a21 - a22 - a32 - a33) b22"),
                 qPrintable(second["product"].toString()));
        const QJsonObject last = json(lines.last());
        QVERIFY(last["solved"].toBool());
        QCOMPARE(last["complete_c"].toArray().size(), 9);
        QCOMPARE(last["residual_nonzeros"].toInt(), 0);
    }
    void replayOfAnEpisodeFile() {
        QTemporaryDir dir;
        tg::Episode e = tg::episodeFromScheme(tg::strassenScheme(), "test");
        e.moves[0].actor = tg::Actor::Person;
        e.moves.pop_back();  // unsolved: one product short
        const QString path = dir.filePath("game.json");
        tg::writeFileAtomic(path.toStdString(), tg::episodeToProjectJson(e));
        const Run r = cli({"replay", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("step 1/6  [person] m1 = (a11 + a22) (b11 + b22)"));
        QVERIFY(!r.out.contains("solved"));
    }
    void infoDescribesTheAlgorithm() {
        const Run r = cli({"info", "builtin:winograd"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("rank:            7 (naive: 8)"));
        QVERIFY(
            r.out.contains("24 (straightforward evaluation), 15 (sharing common subexpressions)"));
        QVERIFY(r.out.contains("c11 = m1 + m2"));
    }
    void convertRoundTripsThroughEveryFormat() {
        QTemporaryDir dir;
        const QString laderman = QString(TG_DATA_DIR) + "/schemes/m/Laderman-333-23-98.m";
        for (const QString ext : {"json", "exp", "txt", "npz"}) {
            const QString out = dir.filePath("333-23-mod0." + ext);
            Run r = cli({"convert", laderman, out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = cli({"verify", "--json", out});
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = json(r.lines().first());
            QCOMPARE(o["rank"].toInt(), 23);
            QVERIFY(o["valid"].toObject()["Z"].toBool());
        }
        Run r =
            cli({"convert", "--format", "fmm-json", "builtin:strassen", dir.filePath("s.json")});
        QCOMPARE(r.exitCode, 0);
        r = cli({"info", dir.filePath("s.json")});
        QVERIFY(r.out.contains("c22 = m1 - m2 + m3 + m6"));
        r = cli({"convert", "builtin:winograd", dir.filePath("w.py")});
        QCOMPARE(r.exitCode, 0);
        r = cli({"convert", "builtin:winograd", dir.filePath("w.hpp")});
        QCOMPARE(r.exitCode, 0);
        r = cli({"convert", "builtin:winograd", dir.filePath("w.tex")});
        QCOMPARE(r.exitCode, 0);
        QFile tex(dir.filePath("w.tex"));
        QVERIFY(tex.open(QIODevice::ReadOnly));
        QVERIFY(tex.readAll().contains("\\begin{align*}"));
    }
    void convertErrorsLeaveNoFile() {
        QTemporaryDir dir;
        // Several schemes cannot go into a single-scheme format.
        const QString npz = QString(TG_DATA_DIR) + "/published/alphatensor/factorizations_f2.npz";
        Run r = cli({"convert", npz, dir.filePath("all.exp")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("holds one scheme; 20 were given"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("all.exp")));
        // One key of the archive can.
        r = cli({"convert", npz + "#4,4,4", dir.filePath("444-47-mod2.exp")});
        QCOMPARE(r.exitCode, 0);
        r = cli({"verify", dir.filePath("444-47-mod2.exp")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("rank 47: valid over Z2"));
        r = cli({"convert", "builtin:strassen", dir.filePath("missing/dir/s.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("cannot write"));
        r = cli({"convert", "builtin:strassen", dir.filePath("s.unknown")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("cannot tell the format"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
    // Every file a search will write is checked before it starts, so hours of work are not
    // lost to a mistyped folder.
    void searchRefusesFilesItCannotWrite_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        const QStringList flip{"search", "--size", "2,2,2", "--target-rank", "7", "--quiet"};
        for (const char* option : {"--out", "--trace", "--path", "--checkpoint"})
            QTest::newRow(option) << (flip + QStringList{option, "/nonexistent/f.json"})
                                  << "/nonexistent/f.json";
        QTest::newRow("agent --trace")
            << QStringList{"search",        "--engine", "mcts",    "--size",  "2,2,2",
                           "--target-rank", "7",        "--quiet", "--trace", "/nonexistent/t.json"}
            << "/nonexistent/t.json";
    }
    void searchRefusesFilesItCannotWrite() {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains("cannot write " + file + ": the folder /nonexistent does not exist"),
            qPrintable(r.err));
        QVERIFY(!r.err.contains("rank 7"));  // it did not search
    }
    // A result that could not be written when found is lost to the user: the run fails.
    void aResultThatCannotBeWrittenFailsTheRun() {
        QTemporaryDir dir;
        const QString out = dir.filePath("taken.json");
        QVERIFY(QDir(dir.path()).mkdir("taken.json"));  // a folder where the file should go
        const Run r = cli(
            {"search", "--size", "2,2,2", "--target-rank", "7", "--quiet", "--json", "--out", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(out + ": cannot replace file"), qPrintable(r.err));
        QCOMPARE(json(r.lines().last())["found_rank"].toInt(), 7);  // found, but not kept
    }
    void verifyOneKeyOfAnArchive() {
        const QString npz = QString(TG_DATA_DIR) + "/published/alphatensor/factorizations_r.npz";
        Run r = cli({"verify", "--json", npz + "#3,4,5"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), 1);
        QCOMPARE(json(r.lines()[0])["rank"].toInt(), 47);
        r = cli({"verify", npz + "#13,13,13"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("has no key 13,13,13"), qPrintable(r.err));
        r = cli({"replay", "--json", npz + "#2,2,2"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), 8);
    }
    void benchVerifyReportsATime() {
        const Run r = cli({"bench", "verify", "--repeat", "1", "--json", "builtin:laderman"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.lines().first());
        QCOMPARE(o["schemes"].toInt(), 1);
        QVERIFY(o["median_seconds"].toDouble() > 0);
    }
    void help() {
        const Run r = cli({"verify", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--field"));
        QCOMPARE(cli({}).exitCode, 2);
    }
    void verifyFallsBackToArbitraryPrecision() {
        // Strassen with u_r scaled by 2^40 or 3^25 and v_r divided by it: still valid, but the
        // common denominator 2^40 * 3^25 does not fit 64 bits.
        QTemporaryDir dir;
        tg::Scheme s = tg::strassenScheme();
        for (std::size_t r = 0; r < s.terms.size(); ++r) {
            const tg::Rational k(r % 2 == 0 ? 1099511627776LL : 847288609443LL);
            for (tg::Rational& x : s.terms[r].u) x = x * k;
            for (tg::Rational& x : s.terms[r].v) x = x / k;
        }
        s.field = tg::Field::Q;
        const QString path = dir.filePath("rescaled.json");
        tg::writeFileAtomic(path.toStdString(), tg::schemeToProjectJson(s));

        Run r = cli({"verify", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("valid over Q (checked with arbitrary-precision integers)"),
                 qPrintable(r.out));
        r = cli({"verify", "builtin:strassen"});
        QVERIFY2(!r.out.contains("arbitrary-precision"), qPrintable(r.out));
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
