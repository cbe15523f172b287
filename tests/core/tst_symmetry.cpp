#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/tensor/Composition.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Symmetry.h"
#include "core/tensor/Verification.h"

using namespace tg;

namespace {
bool validIn(const Scheme& s, Field f) {
    return verify(s, f).valid;
}

Scheme byKey(const QString& key) {
    return *builtinScheme(key.toStdString());
}
}  // namespace

class TestSymmetry : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void schemes_data() {
        QTest::addColumn<QString>("key");
        for (const char* k :
             {"strassen", "winograd", "laderman", "hopcroft-kerr", "strassen-224", "naive:2,3,4"})
            QTest::newRow(k) << QString(k);
    }

    void rotationCyclesThroughTheThreeFormats_data() { schemes_data(); }
    void rotationCyclesThroughTheThreeFormats() {
        QFETCH(QString, key);
        const Scheme s = byKey(key);
        const Scheme r1 = rotate(s);
        QCOMPARE(r1.size, (TensorSize{s.size.m, s.size.p, s.size.n}));
        QVERIFY(validIn(r1, Field::Z));
        const Scheme r2 = rotate(r1);
        QVERIFY(validIn(r2, Field::Z));
        QVERIFY(sameTerms(rotate(r2), s));
    }

    void transposeIsAnInvolution_data() { schemes_data(); }
    void transposeIsAnInvolution() {
        QFETCH(QString, key);
        const Scheme s = byKey(key);
        const Scheme t = transpose(s);
        QCOMPARE(t.size, (TensorSize{s.size.p, s.size.m, s.size.n}));
        QVERIFY(validIn(t, Field::Z));
        QVERIFY(sameTerms(transpose(t), s));
    }

    void unimodularChangeOfBasisKeepsIntegerSchemesValid_data() { schemes_data(); }
    void unimodularChangeOfBasisKeepsIntegerSchemesValid() {
        QFETCH(QString, key);
        const Scheme s = byKey(key);
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const Scheme b = randomChangeOfBasis(s, seed);
            QVERIFY(b.isIntegral());
            QVERIFY2(validIn(b, Field::Z),
                     qPrintable(QString::fromStdString(describe(b.size, verify(b, Field::Z)))));
            QCOMPARE(b.rank(), s.rank());
        }
        // Different seeds give different schemes (the map is not secretly the identity).
        QVERIFY(!sameTerms(randomChangeOfBasis(s, 1), s) ||
                !sameTerms(randomChangeOfBasis(s, 2), s));
    }

    void rationalChangeOfBasis() {
        const Scheme s = strassenScheme();
        const RationalMatrix x(2, 2, {2, 0, 0, 1});  // det 2: inverse has 1/2
        const RationalMatrix id = RationalMatrix::identity(2);
        const Scheme b = changeBasis(s, x, id, id);
        QVERIFY(!b.isIntegral());
        QVERIFY(validIn(b, Field::Q));
        const RationalMatrix singular(2, 2, {1, 1, 1, 1});
        QVERIFY_THROWS_EXCEPTION(SchemeError, (void)changeBasis(s, singular, id, id));
    }

    void kroneckerProductOfStrassens() {
        const Scheme s = kroneckerProduct(strassenScheme(), strassenScheme());
        QCOMPARE(s.size, (TensorSize{4, 4, 4}));
        QCOMPARE(s.rank(), 49);
        QVERIFY(validIn(s, Field::Z));
        QVERIFY(validIn(s, Field::Z2));
        const Scheme mixed = kroneckerProduct(hopcroftKerr223Scheme(), ladermanScheme());
        QCOMPARE(mixed.size, (TensorSize{6, 6, 9}));
        QCOMPARE(mixed.rank(), 11 * 23);
        QVERIFY(validIn(mixed, Field::Z));
    }

    void directSums() {
        const Scheme s = directSum(strassenScheme(), naiveScheme({2, 2, 1}));
        QCOMPARE(s.size, (TensorSize{2, 2, 3}));
        QCOMPARE(s.rank(), 11);
        QVERIFY(validIn(s, Field::Z));
        const Scheme rows = directSum(strassenScheme(), naiveScheme({1, 2, 2}));
        QCOMPARE(rows.size, (TensorSize{3, 2, 2}));
        QVERIFY(validIn(rows, Field::Z));
        const Scheme inner = directSum(strassenScheme(), naiveScheme({2, 3, 2}), SumAxis::M);
        QCOMPARE(inner.size, (TensorSize{2, 5, 2}));
        QCOMPARE(inner.rank(), 7 + 12);
        QVERIFY(validIn(inner, Field::Z));
        QVERIFY_THROWS_EXCEPTION(SchemeError,
                                 (void)directSum(strassenScheme(), naiveScheme({3, 3, 1})));
    }

    void removeZeroTermsKeepsValidity() {
        Scheme s = strassenScheme();
        Term zero{Factor(4), Factor(4), Factor(4)};
        zero.u[0] = 1;  // v and w stay zero
        s.terms.insert(s.terms.begin() + 2, zero);
        QCOMPARE(s.rank(), 8);
        QVERIFY(validIn(s, Field::Z));
        const Scheme cleaned = removeZeroTerms(s);
        QCOMPARE(cleaned.rank(), 7);
        QVERIFY(sameTerms(cleaned, strassenScheme()));
    }

    void costs() {
        QCOMPARE(cost(strassenScheme()).multiplications, 7);
        QCOMPARE(cost(strassenScheme()).additions, 18);
        QCOMPARE(cost(winogradScheme()).additions, 24);
        QCOMPARE(additionsWithSharing(winogradScheme()), 15);
        QCOMPARE(additionsWithSharing(strassenScheme()), 18);
        // Within a budget: the same answer for schemes people read, none for a dense one whose
        // first round alone visits 400 * C(256, 2) = 13 M pairs per factor.
        QCOMPARE(additionsWithSharingWithin(winogradScheme()), std::optional<int>(15));
        QCOMPARE(additionsWithSharingWithin(ladermanScheme()),
                 std::optional<int>(additionsWithSharing(ladermanScheme())));
        Scheme dense;
        dense.size = {16, 16, 16};
        const Factor ones(256, Rational(1));
        dense.terms.assign(400, Term{ones, ones, ones});
        QCOMPARE(additionsWithSharingWithin(dense), std::nullopt);
        QCOMPARE(additionsWithSharingWithin(winogradScheme(), 10), std::nullopt);
        QCOMPARE(cost(ladermanScheme()).additions, 98);
        QCOMPARE(cost(naiveScheme({2, 2, 2})).additions, 4);
        QCOMPARE(cost(naiveScheme({3, 3, 3})).multiplications, 27);
        QCOMPARE(cost(naiveScheme({3, 3, 3})).additions, 18);
    }
};

QTEST_APPLESS_MAIN(TestSymmetry)
#include "tst_symmetry.moc"
