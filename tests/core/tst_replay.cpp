#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/game/GameState.h"
#include "core/game/ReplayCursor.h"
#include "core/tensor/Verification.h"

using namespace tg;

class TestReplay : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void schemeToEpisodeAndBack() {
        const Scheme s = ladermanScheme();
        const Episode e = episodeFromScheme(s, "builtin:laderman");
        QCOMPARE(e.length(), 23);
        QCOMPARE(e.coefficients, CoefficientSet::Ternary);
        QCOMPARE(e.source, std::string("builtin:laderman"));
        for (const Move& m : e.moves) QCOMPARE(m.actor, Actor::Import);
        const Scheme back = schemeFromEpisode(e);
        QVERIFY(sameTerms(back, s));
        QVERIFY(verify(back, Field::Z).valid);
    }
    void forwardAndBackwardMatchAGame() {
        const Scheme s = ladermanScheme();
        ReplayCursor cursor(episodeFromScheme(s));
        GameConfig cfg;
        cfg.size = s.size;
        cfg.field = Field::Z;
        cfg.coefficients = CoefficientSet::Ternary;
        cfg.stepLimit = 0;
        GameState g(cfg);
        QVERIFY(cursor.residual() == g.residual());
        for (int k = 0; k < s.rank(); ++k) {
            QVERIFY(cursor.forward());
            g.apply(s.terms[std::size_t(k)]);
            QVERIFY(cursor.residual() == g.residual());
            QCOMPARE(cursor.facts().residualNonZeros, g.facts().residualNonZeros);
        }
        QVERIFY(!cursor.forward());
        QVERIFY(cursor.facts().solved);
        for (int k = s.rank() - 1; k >= 0; --k) {
            QVERIFY(cursor.backward());
            g.undo();
            QVERIFY(cursor.residual() == g.residual());
        }
        QVERIFY(!cursor.backward());
    }
    void seekTakesTheShortestWay() {
        const Scheme s = builtinScheme("strassen-squared").value();  // 49 moves
        ReplayCursor cursor(episodeFromScheme(s));
        ReplayCursor reference(episodeFromScheme(s));
        cursor.seek(45);
        QCOMPARE(cursor.position(), 45);
        QCOMPARE(cursor.lastSeekCost(), 4);  // back from the end, not 45 forward
        for (int k = 0; k < 45; ++k) reference.forward();
        QVERIFY(cursor.residual() == reference.residual());
        cursor.seek(40);
        QCOMPARE(cursor.lastSeekCost(), 5);
        cursor.seek(2);
        QCOMPARE(cursor.lastSeekCost(), 2);  // from the start
        reference.seek(2);
        QVERIFY(cursor.residual() == reference.residual());
        cursor.seek(1000);
        QCOMPARE(cursor.position(), 49);
        QVERIFY(cursor.residual().isZero());
        cursor.seek(-3);
        QCOMPARE(cursor.position(), 0);
        QCOMPARE(cursor.residual().nonZeroCount(), 64LL);
    }
    void rationalEpisodesReplayExactly() {
        // A valid scheme with 1/2 coefficients (Strassen in a rational basis) replays to zero.
        Scheme s = strassenScheme();
        for (Term& t : s.terms) {
            for (Rational& x : t.u) x = x / Rational(2);
            for (Rational& x : t.w) x = x * Rational(2);
        }
        s.field = Field::Q;
        ReplayCursor cursor(episodeFromScheme(s));
        QCOMPARE(cursor.episode().coefficients, CoefficientSet::Unrestricted);
        cursor.seek(3);
        cursor.seek(7);
        QVERIFY(cursor.residual().isZero());
        cursor.seek(0);
        QCOMPARE(cursor.residual().nonZeroCount(), 8LL);
    }
    void invalidSchemeEndsUnsolved() {
        Scheme s = strassenScheme();
        s.terms.pop_back();
        ReplayCursor cursor(episodeFromScheme(s));
        cursor.seek(6);
        QVERIFY(!cursor.facts().solved);
        QVERIFY(cursor.facts().rankLowerBound >= 1);
    }
};

QTEST_APPLESS_MAIN(TestReplay)
#include "tst_replay.moc"
