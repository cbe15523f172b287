// tensorgame-cli search --symmetry cyclic, driven as a user would: square sizes only, invariant
// start schemes only, results that are invariant and verify, checkpoints that keep the symmetry.
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/SchemeSource.h"
#include "core/search/CyclicScheme.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Verification.h"
#include "support/CliRun.h"

using namespace tg;

namespace {

using Run = tg::testing::CliRun;

Run cli(const QStringList& args) {
    return tg::testing::runCli(args, 120000);
}

Scheme loadOne(const QString& path) {
    const auto loaded = loadSchemes(path.toStdString());
    if (loaded.size() != 1) throw std::runtime_error("expected one scheme");
    return loaded.front().scheme;
}

bool invariantMod2(const Scheme& s) {
    const auto packed = search::packScheme<search::Mod2Ring>(s);
    return packed && search::splitCyclic<search::Mod2Ring>(*packed).has_value();
}

}  // namespace

class TestSearchSymmetryCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void nonSquareSizesAreRefused() {
        const Run r = cli({"search", "--size", "2,2,3", "--symmetry", "cyclic"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("square"), qPrintable(r.err));
        const Run b = cli(
            {"bench", "search", "--size", "3,3,4", "--target-rank", "29", "--symmetry", "cyclic"});
        QCOMPARE(b.exitCode, 2);
        QVERIFY2(b.err.contains("square"), qPrintable(b.err));
        QCOMPARE(cli({"search", "--size", "2,2,2", "--symmetry", "mirror"}).exitCode, 2);
    }

    void findsAnInvariantRank23() {
        QTemporaryDir dir;
        const QString out = dir.filePath("c.json");
        const QString lifted = dir.filePath("z.json");
        const Run r =
            cli({"search", "--size", "3,3,3", "--symmetry", "cyclic", "--target-rank", "23",
                 "--seed", "1", "--out", out, "--lift", lifted, "--json", "--quiet"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.lastJson();
        QCOMPARE(j["symmetry"].toString(), QString("cyclic"));
        QCOMPARE(j["found_rank"].toInt(), 23);
        const Scheme s = loadOne(out);
        QVERIFY(verify(s, Field::Z2).valid);
        QVERIFY(invariantMod2(s));
        // This seed's scheme lifts to Z (Hensel lifting; not every mod-2 scheme does).
        QVERIFY(j["lifted_to_Z"].toBool());
        const Scheme z = loadOne(lifted);
        QCOMPARE(z.rank(), 23);
        QVERIFY(verify(z, Field::Z).valid);
        // An invariant scheme is a valid start of another cyclic search.
        const Run again = cli({"search", "--from", out, "--symmetry", "cyclic", "--max-flips",
                               "20000", "--json", "--quiet"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.lastJson()["start_rank"].toInt(), 23);
    }

    // A scheme of an ordinary walk is not invariant: refused with the term that breaks it.
    void nonInvariantStartIsRefused() {
        QTemporaryDir dir;
        const QString out = dir.filePath("plain.json");
        const Run plain = cli({"search", "--size", "3,3,3", "--target-rank", "23", "--seed", "2",
                               "--out", out, "--quiet"});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!invariantMod2(loadOne(out)));
        const Run r = cli({"search", "--from", out, "--symmetry", "cyclic"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not invariant") && r.err.contains("3x3x3"), qPrintable(r.err));
    }

    void checkpointsKeepTheSymmetry() {
        QTemporaryDir dir;
        const QString ck = dir.filePath("run.tgck");
        const Run first =
            cli({"search", "--size", "4,4,4", "--symmetry", "cyclic", "--max-flips", "131072",
                 "--exchange-every", "65536", "--checkpoint", ck, "--json", "--quiet"});
        QCOMPARE(first.exitCode, 0);
        const Run resumed =
            cli({"search", "--resume", ck, "--max-flips", "262144", "--json", "--quiet"});
        QCOMPARE(resumed.exitCode, 0);
        const QJsonObject j = resumed.lastJson();
        QCOMPARE(j["symmetry"].toString(), QString("cyclic"));
        QVERIFY(j["found_rank"].toInt() < 64);
    }
};

QTEST_APPLESS_MAIN(TestSearchSymmetryCli)
#include "tst_searchsymmetrycli.moc"
