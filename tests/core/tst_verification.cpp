#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/tensor/Verification.h"

using namespace tg;

namespace {

std::int64_t power(std::int64_t base, int exponent) {
    std::int64_t r = 1;
    for (int i = 0; i < exponent; ++i) r = checkedMul(r, base);
    return r;
}

// Multiplies u_r by k and divides v_r by k, with k taken from `factors` in turn: every product
// u_r (x) v_r (x) w_r is unchanged, so the scheme stays valid and every coefficient still fits
// a Rational, but the common denominator (the lcm of the k) and the scaled products do not fit
// 64 bits.
Scheme rescaled(Scheme s, const QList<qlonglong>& factors) {
    for (std::size_t r = 0; r < s.terms.size(); ++r) {
        const Rational k(factors[qsizetype(r) % factors.size()]);
        for (Rational& x : s.terms[r].u) x = x * k;
        for (Rational& x : s.terms[r].v) x = x / k;
    }
    s.field = Field::Q;
    return s;
}

// Drops the last nonzero coefficient of term 1's v: for Strassen, b22 from m1 = (a11 +
// a22)(b11 + b22). Rescaling and this change commute, so a rescaled scheme corrupted this way
// has exactly the wrong entries of the corrupted original.
Scheme corrupted(Scheme s) {
    Factor& v = s.terms[0].v;
    for (std::size_t i = v.size(); i-- > 0;)
        if (!v[i].isZero()) {
            v[i] = 0;
            break;
        }
    return s;
}

// u*a11 (x) v*b11 (x) c11.
Term extraTerm(const TensorSize& size, const Rational& u, const Rational& v) {
    Term t{Factor(std::size_t(size.uSize())), Factor(std::size_t(size.vSize())),
           Factor(std::size_t(size.wSize()))};
    t.u[std::size_t(size.aIndex(0, 0))] = u;
    t.v[std::size_t(size.bIndex(0, 0))] = v;
    t.w[std::size_t(size.cIndex(0, 0))] = 1;
    return t;
}

QStringList wrongEntries(const TensorSize& size, const VerifyReport& r) {
    QStringList out;
    for (const WrongEntry& e : r.wrong) out << QString::fromStdString(describe(size, e));
    return out;
}

}  // namespace

class TestVerification : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void strassenIsValidEverywhere() {
        for (const VerifyReport& r : verifyAll(strassenScheme())) {
            QVERIFY2(r.valid, describe({2, 2, 2}, r).c_str());
            QCOMPARE(r.wrongCount, 0LL);
        }
    }
    void oneChangedCoefficientNamesTheWrongEntries() {
        // m1 = (a11 + a22)(b11 + b22) with b22 dropped: the products a11*b22 and a22*b22 now
        // miss from every C entry m1 feeds (c11 and c22).
        Scheme s = strassenScheme();
        const TensorSize& sz = s.size;
        s.terms[0].v[std::size_t(sz.bIndex(1, 1))] = 0;
        const VerifyReport r = verify(s, Field::Z);
        QVERIFY(!r.valid);
        QCOMPARE(r.wrongCount, 4LL);
        QStringList wrong;
        for (const WrongEntry& e : r.wrong) wrong << QString::fromStdString(describe(sz, e));
        QVERIFY2(wrong.contains("a11*b22 -> c11: expected 0, got -1"),
                 qPrintable(wrong.join("; ")));
        QVERIFY2(wrong.contains("a22*b22 -> c22: expected 1, got 0"), qPrintable(wrong.join("; ")));
        const std::string text = describe(sz, r);
        QVERIFY(text.find("invalid over Z: 4 wrong entries") != std::string::npos);
    }
    void fieldsDisagreeWhereTheyShould() {
        // Doubling a term's w is the same scheme mod 2 only if the term was not needed; adding
        // 2*(term) changes values over Z but not mod 2.
        Scheme s = strassenScheme();
        for (Rational& x : s.terms[2].w) x = x * Rational(3);  // 3 = 1 mod 2
        const auto reports = verifyAll(s);
        QVERIFY(!reports[0].valid);  // Z
        QVERIFY(!reports[1].valid);  // Q
        QVERIFY(reports[2].valid);   // Z2
    }
    void rationalCoefficients() {
        // Halve u and double v of every Strassen term: same products, valid over Q but not a
        // scheme over Z (non-integer coefficients) nor mod 2 (even denominators).
        Scheme s = strassenScheme();
        for (Term& t : s.terms) {
            for (Rational& x : t.u) x = x / Rational(2);
            for (Rational& x : t.v) x = x * Rational(2);
        }
        const auto reports = verifyAll(s);
        QVERIFY(!reports[0].valid);
        QVERIFY(reports[0].reason.find("not an integer") != std::string::npos);
        QVERIFY(reports[1].valid);
        QVERIFY(!reports[2].valid);
        QVERIFY(reports[2].reason.find("modulo 2") != std::string::npos);
    }
    void wrongListIsCappedButCounted() {
        Scheme s = naiveScheme({4, 4, 4});
        s.terms.clear();  // the empty sum misses all 64 ones
        const VerifyReport r = verify(s, Field::Q);
        QCOMPARE(r.wrongCount, 64LL);
        QCOMPARE(r.wrong.size(), std::size_t(64));
        Scheme big = naiveScheme({5, 5, 5});
        big.terms.clear();
        const VerifyReport rb = verify(big, Field::Q);
        QCOMPARE(rb.wrongCount, 125LL);
        QCOMPARE(rb.wrong.size(), VerifyReport::kMaxListed);
    }
    void largeCoefficients_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QList<qlonglong>>("factors");
        // lcm(2^40, 3^25) > 2^63: the common denominator itself overflows, though every
        // coefficient fits. (Rescaling with one factor k is not enough: the check's integers are
        // then k times the original ones, and published schemes' sums stay at +-1.)
        QTest::newRow("strassen 2^40|3^25")
            << "strassen" << QList<qlonglong>{power(2, 40), power(3, 25)};
        QTest::newRow("winograd 3^25|2^40")
            << "winograd" << QList<qlonglong>{power(3, 25), power(2, 40)};
        QTest::newRow("laderman 2^40|3^25|5^17")
            << "laderman" << QList<qlonglong>{power(2, 40), power(3, 25), power(5, 17)};
        // Odd factors only: still a scheme mod 2.
        QTest::newRow("laderman 3^39|5^27")
            << "laderman" << QList<qlonglong>{power(3, 39), power(5, 27)};
        QTest::newRow("strassen-squared 2^40|3^25")
            << "strassen-squared" << QList<qlonglong>{power(2, 40), power(3, 25)};
    }
    void largeCoefficients() {
        QFETCH(QString, base);
        QFETCH(QList<qlonglong>, factors);
        const Scheme big = rescaled(*builtinScheme(base.toStdString()), factors);
        const auto reports = verifyAll(big);
        const VerifyReport& q = reports[1];
        QVERIFY2(q.valid, describe(big.size, q).c_str());
        QVERIFY(q.arbitraryPrecision);
        QVERIFY(q.reason.empty());
        QVERIFY2(reports[0].reason.find("not an integer") != std::string::npos,
                 reports[0].reason.c_str());
        // Odd factors are units mod 2, so the scheme is still valid there; 2^k is not.
        const bool anyEven =
            std::any_of(factors.begin(), factors.end(), [](qlonglong k) { return k % 2 == 0; });
        QCOMPARE(reports[2].valid, !anyEven);
    }
    void largeCoefficientsCorrupted_data() { largeCoefficients_data(); }
    void largeCoefficientsCorrupted() {
        QFETCH(QString, base);
        QFETCH(QList<qlonglong>, factors);
        const Scheme plain = corrupted(*builtinScheme(base.toStdString()));
        const Scheme big = corrupted(rescaled(*builtinScheme(base.toStdString()), factors));
        const VerifyReport expected = verify(plain, Field::Q);
        const VerifyReport r = verify(big, Field::Q);
        QVERIFY(!expected.arbitraryPrecision);
        QVERIFY(r.arbitraryPrecision);
        QVERIFY(!r.valid);
        QVERIFY(r.reason.empty());
        QVERIFY(expected.wrongCount > 0);
        QCOMPARE(r.wrongCount, expected.wrongCount);
        const QStringList wrong = wrongEntries(big.size, r);
        QCOMPARE(wrong, wrongEntries(plain.size, expected));
        if (base == "strassen") {
            QCOMPARE(r.wrongCount, 4LL);
            QVERIFY2(wrong.contains("a11*b22 -> c11: expected 0, got -1"),
                     qPrintable(wrong.join("; ")));
            QVERIFY2(wrong.contains("a22*b22 -> c22: expected 1, got 0"),
                     qPrintable(wrong.join("; ")));
        }
    }
    // A check that would take minutes is not made, and says so: unknown, not invalid.
    void denseSchemesAreNotCheckedPastTheWorkLimit() {
        Scheme dense;
        dense.size = {16, 16, 16};
        const Factor ones(256, Rational(1));
        dense.terms.assign(400, Term{ones, ones, ones});
        QCOMPARE(verificationWork(dense), std::int64_t(400) * 256 * 256 * 256);
        const VerifyReport r = verify(dense, Field::Z);
        QVERIFY(r.tooMuchWork);
        QVERIFY(!r.valid);
        QVERIFY2(QString::fromStdString(r.reason).contains("not checked"), r.reason.c_str());
        for (const VerifyReport& each : verifyAll(dense)) QVERIFY(each.tooMuchWork);
        QCOMPARE(inferField(dense), Field::Z);  // integral, and not checked
        // Every real scheme is far below the limit: the largest built-in one is checked.
        const Scheme big = builtinScheme("laderman-strassen").value_or(ladermanScheme());
        QVERIFY(verificationWork(big) < kVerifyWorkLimit);
        QVERIFY(verify(big, big.field).valid);
        // A limit below a scheme's work skips it too; Strassen needs 7 terms of small products.
        QVERIFY(verify(strassenScheme(), Field::Z, 10).tooMuchWork);
        QVERIFY(verify(strassenScheme(), Field::Z, verificationWork(strassenScheme())).valid);
    }

    void ordinarySchemesStayOn64Bits() {
        for (const CatalogEntry& e : catalogEntries()) {
            const VerifyReport r = verify(*builtinScheme(e.key), Field::Q);
            QVERIFY2(r.valid && !r.arbitraryPrecision, e.key.c_str());
        }
        QVERIFY(!verify(corrupted(strassenScheme()), Field::Z).arbitraryPrecision);
    }
    void integerProductsBeyond64Bits() {
        // Two extra terms (2^40 a11)(2^40 b11) c11 and (-2^40 a11)(2^40 b11) c11 cancel: valid
        // over Z, though each product is 2^80.
        Scheme s = strassenScheme();
        s.terms.push_back(extraTerm(s.size, Rational(power(2, 40)), Rational(power(2, 40))));
        s.terms.push_back(extraTerm(s.size, Rational(-power(2, 40)), Rational(power(2, 40))));
        for (const VerifyReport& r : verifyAll(s)) QVERIFY2(r.valid, describe(s.size, r).c_str());
        const VerifyReport z = verify(s, Field::Z);
        QVERIFY(z.valid);
        QVERIFY(z.arbitraryPrecision);
    }
    void aValueBeyond64BitsIsWrittenOut_data() {
        QTest::addColumn<QString>("u");
        QTest::addColumn<QString>("v");
        QTest::addColumn<QString>("got");  // 1 + u*v
        QTest::newRow("1 + 2^80") << "1099511627776"
                                  << "1099511627776"
                                  << "1208925819614629174706177";
        QTest::newRow("1 - 2^80") << "-1099511627776"
                                  << "1099511627776"
                                  << "-1208925819614629174706175";
        // The denominators' lcm, 3^25 * 2^40, overflows as well.
        QTest::newRow("1 + 1/(3^25*2^40)") << "1/847288609443"
                                           << "1/1099511627776"
                                           << "931603678164736454688769/931603678164736454688768";
    }
    void aValueBeyond64BitsIsWrittenOut() {
        // Strassen plus one term u*a11 (x) v*b11 (x) c11: c11 gets u*v*a11*b11 too many, a value
        // no Rational holds, so the report writes it out instead.
        QFETCH(QString, u);
        QFETCH(QString, v);
        QFETCH(QString, got);
        Scheme s = strassenScheme();
        s.terms.push_back(extraTerm(s.size, *Rational::parse(u.toStdString()),
                                    *Rational::parse(v.toStdString())));
        const VerifyReport r = verify(s, Field::Q);
        QVERIFY(!r.valid);
        QVERIFY(r.arbitraryPrecision);
        QCOMPARE(r.wrongCount, 1LL);
        QCOMPARE(QString::fromStdString(r.wrong[0].actualText), got);
        QCOMPARE(QString::fromStdString(describe(s.size, r.wrong[0])),
                 "a11*b11 -> c11: expected 1, got " + got);
    }
    void shapeErrorsAreReported() {
        Scheme s = strassenScheme();
        s.terms[3].w.pop_back();
        QVERIFY_THROWS_EXCEPTION(SchemeError, (void)verify(s, Field::Z));
    }
};

QTEST_APPLESS_MAIN(TestVerification)
#include "tst_verification.moc"
