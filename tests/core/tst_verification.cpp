#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/tensor/Verification.h"

using namespace tg;

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
    void shapeErrorsAreReported() {
        Scheme s = strassenScheme();
        s.terms[3].w.pop_back();
        QVERIFY_THROWS_EXCEPTION(SchemeError, (void)verify(s, Field::Z));
    }
};

QTEST_APPLESS_MAIN(TestVerification)
#include "tst_verification.moc"
