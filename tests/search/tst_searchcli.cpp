// tensorgame-cli search and bench flips, driven as a user would.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"
#include "support/CliRun.h"

using namespace tg;

namespace {

using Run = tg::testing::CliRun;

Run cli(const QStringList& args) {
    return tg::testing::runCli(args, 60000);
}

QJsonObject lastJsonLine(const QString& out) {
    const QStringList lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last().toUtf8()).object();
}

}  // namespace

class TestSearchCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void findsStrassenRankAndWritesIt_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("Z2") << "Z2";
        QTest::newRow("Z") << "Z";
    }
    void findsStrassenRankAndWritesIt() {
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString out = dir.filePath("s.json");
        const Run r = cli({"search", "--size", "2,2,2", "--engine", "flip", "--field", field,
                           "--target-rank", "7", "--seed", "3", "--out", out, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = lastJsonLine(r.out);
        QCOMPARE(j["found_rank"].toInt(), 7);
        QVERIFY(j["valid"].toBool());
        QCOMPARE(j["out"].toString(), out);
        QVERIFY(j.contains("seconds"));
        QVERIFY(j["flips"].toInteger() > 0);
        const auto loaded = loadSchemes(out.toStdString());
        QCOMPARE(loaded.size(), std::size_t(1));
        QCOMPARE(loaded.front().scheme.rank(), 7);
        QVERIFY(verify(loaded.front().scheme, field == "Z" ? Field::Z : Field::Z2).valid);
    }
    void timeRunsOutWithExitStatusOne() {
        QTemporaryDir dir;
        const QString out = dir.filePath("best.exp");
        const Run r = cli({"search", "--size", "3,3,3", "--target-rank", "15", "--time-limit",
                           "0.3", "--out", out, "--json", "--threads", "2"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject j = lastJsonLine(r.out);
        QVERIFY(j["valid"].toBool());
        QVERIFY(j["found_rank"].toInt() <= 23);  // what it found was kept
        QVERIFY(QFile::exists(out));
        QCOMPARE(loadSchemes(out.toStdString()).front().scheme.rank(), j["found_rank"].toInt());
        QVERIFY(r.err.contains("rank"));
    }
    void startsFromAScheme() {
        QTemporaryDir dir;
        const QString trace = dir.filePath("trace.json");
        const QString path = dir.filePath("path.json");
        const Run r =
            cli({"search", "--from", "builtin:naive:2,2,2", "--field", "Z", "--target-rank", "7",
                 "--trace", trace, "--path", path, "--json", "--quiet"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const auto loaded = loadSchemes(trace.toStdString());
        QVERIFY(loaded.front().episode.has_value());
        QCOMPARE(loaded.front().episode->length(), 7);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(j["format"].toString(), QString("tensorgame-search-trace"));
        QCOMPARE(j["start"].toObject()["terms"].toArray().size(), 8);
        QVERIFY(j["steps"].toArray().size() > 0);
    }
    void liftsAMod2Result() {
        QTemporaryDir dir;
        const QString lift = dir.filePath("z.json");
        const Run r = cli({"search", "--size", "2,2,2", "--target-rank", "7", "--lift", lift,
                           "--json", "--quiet"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = lastJsonLine(r.out);
        QVERIFY(j["lifted_to_Z"].toBool());  // this seed's Strassen-like scheme lifts
        const auto loaded = loadSchemes(lift.toStdString());
        QVERIFY(verify(loaded.front().scheme, Field::Z).valid);
    }
    // lift on AlphaTensor's f2 archive: 3x3x3 lifts and verifies over Z, 4x4x4 rank 47 is
    // reported as provably not liftable (exit status 1).
    void liftCommandLiftsOrSaysWhyNot() {
        QTemporaryDir dir;
        const QString npz = QString(TG_DATA_DIR) + "/published/alphatensor/factorizations_f2.npz";
        const QString out = dir.filePath("333.json");
        const Run ok = cli({"lift", npz + "#3,3,3", "--out", out, "--json"});
        QCOMPARE(ok.exitCode, 0);
        const QJsonObject j = ok.lastJson();
        QCOMPARE(j["status"].toString(), QString("lifted"));
        QCOMPARE(j["field"].toString(), QString("Z"));
        QCOMPARE(j["rank"].toInt(), 23);
        const auto loaded = loadSchemes(out.toStdString());
        QCOMPARE(loaded.size(), std::size_t(1));
        QVERIFY(verify(loaded.front().scheme, Field::Z).valid);

        const Run no = cli({"lift", npz + "#4,4,4", "--json"});
        QCOMPARE(no.exitCode, 1);
        const QJsonObject n = no.lastJson();
        QCOMPARE(n["status"].toString(), QString("no-lift-mod-4"));
        QVERIFY(!n["lifted"].toBool());
        QCOMPARE(n["rank"].toInt(), 47);

        const Run plain = cli({"lift", npz + "#4,4,4"});
        QVERIFY(plain.out.contains("no lift exists"));
        QCOMPARE(cli({"lift", "--bits", "99", npz + "#3,3,3"}).exitCode, 2);
        QCOMPARE(cli({"lift"}).exitCode, 2);
    }
    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no size") << QStringList{"search", "--target-rank", "7"};
        QTest::newRow("bad field") << QStringList{"search", "--size", "2,2,2", "--field", "Q"};
        QTest::newRow("bad engine")
            << QStringList{"search", "--size", "2,2,2", "--engine", "genetic"};
        QTest::newRow("too big") << QStringList{"search", "--size", "9,9,9", "--target-rank", "5"};
        QTest::newRow("bad source") << QStringList{"search", "--from", "/nonexistent/x.json"};
        QTest::newRow("bad threads") << QStringList{"search", "--size", "2,2,2", "--threads", "0"};
    }
    void badInput() {
        QFETCH(QStringList, args);
        QCOMPARE(cli(args).exitCode, 2);
    }
    void benchFlipsReportsASpeed() {
        const Run r = cli(
            {"bench", "flips", "--size", "3,3,3", "--field", "Z2", "--seconds", "0.2", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = lastJsonLine(r.out);
        QCOMPARE(j["benchmark"].toString(), QString("flips"));
        QVERIFY(j["flips_per_second_per_thread"].toDouble() > 0);
    }
};

QTEST_APPLESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
