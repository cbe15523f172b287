#include <QtTest>

#include "core/catalog/BestKnownRanks.h"
#include "core/catalog/Catalog.h"
#include "core/tensor/Verification.h"

using namespace tg;

class TestCatalog : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyEntryIsValid_data() {
        QTest::addColumn<QString>("key");
        for (const CatalogEntry& e : catalogEntries())
            QTest::newRow(e.key.c_str()) << QString::fromStdString(e.key);
        QTest::newRow("naive 1x1x1") << "naive:1,1,1";
        QTest::newRow("naive 3x4x5") << "naive:3,4,5";
        QTest::newRow("naive 12x12x12") << "naive:12,12,12";
    }
    void everyEntryIsValid() {
        QFETCH(QString, key);
        const auto s = builtinScheme(key.toStdString());
        QVERIFY(s.has_value());
        for (const VerifyReport& r : verifyAll(*s)) QVERIFY2(r.valid, describe(s->size, r).c_str());
        for (const CatalogEntry& e : catalogEntries())
            if (e.key == key.toStdString()) {
                QCOMPARE(s->rank(), e.rank);
                QCOMPARE(s->size, e.size);
            }
    }
    void knownRanks() {
        QCOMPARE(strassenScheme().rank(), 7);
        QCOMPARE(winogradScheme().rank(), 7);
        QCOMPARE(ladermanScheme().rank(), 23);
        QCOMPARE(hopcroftKerr223Scheme().rank(), 11);
        QCOMPARE(builtinScheme("strassen-squared")->rank(), 49);
        QCOMPARE(builtinScheme("naive:12,12,12")->rank(), 1728);
        QCOMPARE(naiveScheme({2, 3, 4}).size, (TensorSize{2, 3, 4}));
    }
    // The table of best known ranks never claims more than a built-in scheme achieves, agrees
    // with the optimal and classical ones, and does not depend on the order of n, m, p.
    void bestKnownRanks() {
        for (const CatalogEntry& e : catalogEntries()) {
            const auto s = builtinScheme(e.key);
            QVERIFY(s.has_value());
            const auto best = bestKnownRank(e.size, s->field);
            if (best) QVERIFY2(*best <= e.rank, e.key.c_str());
        }
        QCOMPARE(bestKnownRank({2, 2, 2}, Field::Z2), 7);
        QCOMPARE(bestKnownRank({3, 3, 3}, Field::Z), 23);
        QCOMPARE(bestKnownRank({4, 4, 4}, Field::Z), 49);
        QCOMPARE(bestKnownRank({4, 4, 4}, Field::Q), 48);
        QCOMPARE(bestKnownRank({4, 4, 4}, Field::Z2), 47);
        // Mod 2, 4x4x5 is reported at 60 in the literature, but no such file is bundled: the
        // table claims only what the published data backs (tst_published).
        QCOMPARE(bestKnownRank({5, 4, 4}, Field::Z2), 61);
        QCOMPARE(bestKnownRank({5, 5, 5}, Field::Z), 93);
        for (const TensorSize& s :
             {TensorSize{2, 3, 4}, TensorSize{4, 2, 3}, TensorSize{3, 4, 2}, TensorSize{4, 3, 2}})
            QCOMPARE(bestKnownRank(s, Field::Z), 20);
        QCOMPARE(bestKnownRank({1, 3, 4}, Field::Z2), 12);
        QCOMPARE(bestKnownRank({6, 6, 6}, Field::Z), 153);
        QCOMPARE(bestKnownRank({7, 6, 6}, Field::Z), std::nullopt);
        QCOMPARE(bestKnownRank({0, 2, 2}, Field::Z), std::nullopt);
    }
    void unknownKeys() {
        QVERIFY(!builtinScheme("strassen2").has_value());
        QVERIFY(!builtinScheme("naive:0,2,2").has_value());
        QVERIFY(!builtinScheme("naive:2,2").has_value());
        QVERIFY(!builtinScheme("").has_value());
    }
};

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
