#include <QtTest>
#include <limits>

#include "core/tensor/Rational.h"

using tg::Rational;

class TestRational : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void normalises() {
        const Rational r(6, -8);
        QCOMPARE(r.num(), -3);
        QCOMPARE(r.den(), 4);
        QCOMPARE(r.toString(), std::string("-3/4"));
        QVERIFY_THROWS_EXCEPTION(std::domain_error, Rational(1, 0));
    }
    void arithmetic() {
        const Rational half(1, 2);
        const Rational third(1, 3);
        QCOMPARE(half + third, Rational(5, 6));
        QCOMPARE(half - third, Rational(1, 6));
        QCOMPARE(half * third, Rational(1, 6));
        QCOMPARE(half / third, Rational(3, 2));
        QCOMPARE(-half, Rational(-1, 2));
        QVERIFY(Rational(1, 3) < Rational(1, 2));
        QVERIFY(Rational(-1, 2) < Rational(0));
        QVERIFY((Rational(4, 2)).isInteger());
    }
    void overflowIsAnErrorNotAWrap() {
        const Rational big(std::numeric_limits<std::int64_t>::max() / 2 + 1);
        QVERIFY_THROWS_EXCEPTION(tg::ArithmeticOverflow, big + big);
        QVERIFY_THROWS_EXCEPTION(tg::ArithmeticOverflow, big * Rational(3));
        QVERIFY_THROWS_EXCEPTION(tg::ArithmeticOverflow,
                                 Rational(1, big.num()) + Rational(1, big.num() - 1));
    }
    void minusTwoToThe63IsRefusedByEveryConstructor() {
        // -2^63 has no negation in 64 bits: subtracting, dividing or printing |x| would wrap.
        constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
        QVERIFY_THROWS_EXCEPTION(tg::ArithmeticOverflow, (void)Rational{kMin});
        QVERIFY_THROWS_EXCEPTION(tg::ArithmeticOverflow, Rational(kMin, 1));
        QVERIFY_THROWS_EXCEPTION(tg::ArithmeticOverflow, Rational(1, kMin));
        QVERIFY(!Rational::fromDouble(-0x1p63).has_value());
        QCOMPARE(Rational(kMin + 1).num(), kMin + 1);
        // A sum that lands on -2^63 is an overflow, not a value.
        const Rational half(kMin / 2);
        QVERIFY_THROWS_EXCEPTION(tg::ArithmeticOverflow, half + half);
    }
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::newRow("int") << "3" << true << qint64(3) << qint64(1);
        QTest::newRow("negative") << "-12" << true << qint64(-12) << qint64(1);
        QTest::newRow("plus") << "+2" << true << qint64(2) << qint64(1);
        QTest::newRow("fraction") << "1/8" << true << qint64(1) << qint64(8);
        QTest::newRow("reduces") << "-2/4" << true << qint64(-1) << qint64(2);
        QTest::newRow("zero den") << "1/0" << false << qint64(0) << qint64(0);
        QTest::newRow("letters") << "a1" << false << qint64(0) << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0) << qint64(0);
        QTest::newRow("space") << "1 /2" << false << qint64(0) << qint64(0);
        QTest::newRow("huge") << "99999999999999999999999" << false << qint64(0) << qint64(0);
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto r = Rational::parse(text.toStdString());
        QCOMPARE(r.has_value(), ok);
        if (ok) {
            QFETCH(qint64, num);
            QFETCH(qint64, den);
            QCOMPARE(r->num(), num);
            QCOMPARE(r->den(), den);
            QCOMPARE(Rational::parse(r->toString()), r);
        }
    }
    void fromDoubleIsExact() {
        QCOMPARE(Rational::fromDouble(0.5), Rational(1, 2));
        QCOMPARE(Rational::fromDouble(-0.125), Rational(-1, 8));
        QCOMPARE(Rational::fromDouble(3.0), Rational(3));
        QCOMPARE(Rational::fromDouble(0.0), Rational(0));
        QCOMPARE(Rational::fromDouble(0.1), Rational(3602879701896397, 36028797018963968));
        QVERIFY(!Rational::fromDouble(1e300).has_value());
        QVERIFY(!Rational::fromDouble(std::numeric_limits<double>::quiet_NaN()).has_value());
    }
    void mod2() {
        QCOMPARE(Rational(3).mod2(), 1);
        QCOMPARE(Rational(-1).mod2(), 1);
        QCOMPARE(Rational(-2).mod2(), 0);
        QCOMPARE(Rational(1, 3).mod2(), 1);  // 1/3 = 1 in Z/2
        QVERIFY(!Rational(1, 2).hasOddDenominator());
        QVERIFY_THROWS_EXCEPTION(std::domain_error, (void)Rational(1, 2).mod2());
    }
};

QTEST_APPLESS_MAIN(TestRational)
#include "tst_rational.moc"
