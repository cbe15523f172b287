// The command line's view of issue 17: `bench apply` prints per size the scheme's, Eigen's and
// the naive loop's times and errors with a JSON last line; `info` and `verify --json` show the
// stability factor.
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "support/CliRun.h"

using tg::testing::runCli;

class TestApplyCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void benchApplyReportsEverySize() {
        const auto r = runCli({"bench", "apply", "strassen", "builtin:winograd", "--sizes", "16,33",
                               "--cutoff", "4", "--naive-max", "20", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.lastJson();
        QCOMPARE(j["benchmark"].toString(), QStringLiteral("apply"));
        const QJsonArray schemes = j["schemes"].toArray();
        QCOMPARE(schemes.size(), 2);
        QCOMPARE(schemes[0].toObject()["stability_factor"].toDouble(), 12.0);
        QCOMPARE(schemes[1].toObject()["additions_per_level"].toInt(), 15);
        for (const QJsonValue& s : schemes) {
            const QJsonArray results = s.toObject()["results"].toArray();
            QCOMPARE(results.size(), 2);
            const QJsonObject small = results[0].toObject();
            const QJsonObject odd = results[1].toObject();
            QCOMPARE(small["n"].toInt(), 16);
            QCOMPARE(small["levels"].toInt(), 2);  // 16 -> 8 -> 4, the cutoff
            QVERIFY(small.contains("naive_seconds"));
            QVERIFY(!odd.contains("naive_seconds"));  // 33 > --naive-max
            QVERIFY(odd["levels"].toInt() >= 3);      // 33 pads to 34, 17 to 18, ...
            for (const QJsonObject& row : {small, odd}) {
                QVERIFY(row["scheme_rel_error"].toDouble() < 1e-13);
                QVERIFY(row["eigen_rel_error"].toDouble() < 1e-13);
                QVERIFY(row["scheme_seconds"].toDouble() > 0);
            }
        }
        QVERIFY(r.out.contains(QStringLiteral("not run: n > --naive-max")));
    }

    void benchApplyRefusesBadValues() {
        QCOMPARE(runCli({"bench", "apply", "strassen", "--cutoff", "zero"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "apply", "strassen", "--sizes", "0"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "apply"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "apply", "no-such-scheme"}).exitCode, 2);
    }

    void infoAndVerifyShowTheStabilityFactor() {
        const auto info = runCli({"info", "builtin:winograd"});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QStringLiteral("stability:       18")), qPrintable(info.out));
        const auto verify = runCli({"verify", "--json", "builtin:strassen"});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.lastJson()["stability_factor"].toDouble(), 12.0);
    }
};

QTEST_GUILESS_MAIN(TestApplyCli)
#include "tst_applycli.moc"
