// Lifting mod-2 schemes to Z: the Hensel step mod 4 on the signs, checked exactly over Z.
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/search/FlipSearch.h"
#include "core/search/SignLift.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;

namespace {

Scheme reducedMod2(Scheme s) {
    for (Term& t : s.terms)
        for (Factor* f : {&t.u, &t.v, &t.w})
            for (Rational& c : *f) c = c.mod2();
    s.field = Field::Z2;
    return s;
}

}  // namespace

class TestSignLift : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void liftsClassicalSchemes_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("strassen") << "strassen";
        QTest::newRow("winograd") << "winograd";
        QTest::newRow("laderman") << "laderman";
    }
    void liftsClassicalSchemes() {
        QFETCH(QString, key);
        const Scheme mod2 = reducedMod2(*builtinScheme(key.toStdString()));
        QVERIFY(verify(mod2, Field::Z2).valid);
        SignLiftStats stats;
        const auto lifted = signLift(mod2, 1, 256, &stats);
        QVERIFY(stats.solvableMod4);
        QVERIFY(lifted.has_value());
        QCOMPARE(lifted->field, Field::Z);
        QVERIFY(verify(*lifted, Field::Z).valid);
        QVERIFY(sameTerms(reducedMod2(*lifted), mod2));  // congruent to the input mod 2
    }
    void liftsSearchResults() {
        FlipSearchParams p = FlipSearchParams::quick({3, 3, 3}, Field::Z2, 23);
        int lifted = 0;
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            p.seed = seed;
            const SearchResult r = runFlipSearch(p);
            QVERIFY(r.reachedTarget);
            const auto z = signLift(r.scheme, seed);
            if (z) {
                QVERIFY(verify(*z, Field::Z).valid);
                ++lifted;
            }
        }
        qInfo("%d of 4 mod-2 schemes of rank 23 lifted to Z", lifted);
    }
    void refusesWhatIsNotValidMod2() {
        Scheme s = reducedMod2(strassenScheme());
        s.terms.pop_back();
        QVERIFY(!signLift(s).has_value());
    }
};

QTEST_APPLESS_MAIN(TestSignLift)
#include "tst_signlift.moc"
