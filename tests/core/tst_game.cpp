#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/game/GameState.h"
#include "core/tensor/RankBounds.h"
#include "core/tensor/Symmetry.h"

using namespace tg;

namespace {
GameConfig config(Field field, CoefficientSet set, int limit) {
    GameConfig c;
    c.size = {2, 2, 2};
    c.field = field;
    c.coefficients = set;
    c.stepLimit = limit;
    return c;
}
}  // namespace

class TestGame : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void playingStrassenSolvesTheGame_data() {
        QTest::addColumn<int>("set");
        QTest::newRow("mod 2") << int(CoefficientSet::Mod2);
        QTest::newRow("-1..1") << int(CoefficientSet::Ternary);
        QTest::newRow("-2..2") << int(CoefficientSet::Quinary);
    }
    void playingStrassenSolvesTheGame() {
        QFETCH(int, set);
        const auto cs = static_cast<CoefficientSet>(set);
        GameState g(config(fieldOf(cs), cs, 10));
        Scheme s = strassenScheme();
        double total = 0;
        for (const Term& t : s.terms) {
            Term move = t;
            if (cs == CoefficientSet::Mod2)
                for (Factor* f : {&move.u, &move.v, &move.w})
                    for (Rational& x : *f) x = x.mod2();
            QVERIFY(!g.isTerminal());
            total += g.apply(move);
        }
        QVERIFY(g.isSolved());
        QVERIFY(g.isTerminal());
        QCOMPARE(total, -7.0);
        QCOMPARE(g.totalReward(), -7.0);
        QVERIFY(!g.check(s.terms[0]).legal);  // nothing to play after the end
    }
    void illegalMovesAreExplained() {
        GameState g(config(Field::Z, CoefficientSet::Ternary, 5));
        Term t = strassenScheme().terms[0];
        Term twos = t;
        twos.u[0] = 2;
        MoveCheck c = g.check(twos);
        QVERIFY(!c.legal);
        QVERIFY2(c.reason.find("outside the allowed set -1..1") != std::string::npos,
                 c.reason.c_str());
        Term zero = t;
        for (auto& x : zero.w) x = 0;
        c = g.check(zero);
        QVERIFY(!c.legal);
        QVERIFY(c.reason.find("w (the C side) is all zero") != std::string::npos);
        Term shape = t;
        shape.v.push_back(0);
        QVERIFY(!g.check(shape).legal);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, g.apply(zero));
        QCOMPARE(g.step(), 0);
    }
    void undoRestoresTheResidual() {
        GameState g(config(Field::Z, CoefficientSet::Quinary, 0));
        const ExactTensor start = g.residual();
        const Scheme s = strassenScheme();
        g.apply(s.terms[0]);
        g.apply(s.terms[1]);
        QVERIFY(!(g.residual() == start));
        QVERIFY(g.undo());
        QVERIFY(g.undo());
        QVERIFY(!g.undo());
        QVERIFY(g.residual() == start);
        QCOMPARE(g.step(), 0);
    }
    void stepLimitChargesARankBound() {
        GameState g(config(Field::Z2, CoefficientSet::Mod2, 2));
        const Scheme s = reducedMod2(strassenScheme());
        QCOMPARE(g.apply(s.terms[2]), -1.0);
        // The second move hits the limit unsolved: -1 and minus the upper bound of what's left.
        ExactTensor after = g.residual();
        after.addTerm(s.terms[4], -1);
        const double expected = -1.0 - rankUpperBound(after);
        QCOMPARE(g.apply(s.terms[4]), expected);
        QVERIFY(expected < -2.0);
        QVERIFY(g.isTerminal());
        QVERIFY(!g.isSolved());
        QCOMPARE(g.totalReward(), -1.0 + expected);
        QVERIFY(!g.check(s.terms[0]).legal);
    }
    void factsForLearners() {
        GameState g(config(Field::Z, CoefficientSet::Ternary, 0));
        StepFacts f = g.facts();
        QCOMPARE(f.residualNonZeros, 8LL);
        QCOMPARE(f.flatteningRanks, (std::array<int, 3>{4, 4, 4}));
        QCOMPARE(f.rankLowerBound, 4);
        QCOMPARE(std::count(f.completeC.begin(), f.completeC.end(), true), 0);
        // Strassen's m3 and m5 are exactly what c12 = m3 + m5 needs: after them c12 is complete.
        const Scheme s = strassenScheme();
        g.apply(s.terms[2]);
        g.apply(s.terms[4]);
        f = g.facts();
        const int c12 = TensorSize{2, 2, 2}.cIndex(0, 1);
        QVERIFY(f.completeC[std::size_t(c12)]);
        QCOMPARE(std::count(f.completeC.begin(), f.completeC.end(), true), 1);
        QVERIFY(!f.solved);
        for (int r : {0, 1, 3, 5, 6}) g.apply(s.terms[std::size_t(r)]);
        f = g.facts();
        QVERIFY(f.solved);
        QCOMPARE(f.rankLowerBound, 0);
        QCOMPARE(std::count(f.completeC.begin(), f.completeC.end(), true), 4);
    }
};

QTEST_APPLESS_MAIN(TestGame)
#include "tst_game.moc"
