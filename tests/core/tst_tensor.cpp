#include <QtTest>

#include "core/tensor/ExactTensor.h"
#include "core/tensor/LinearForm.h"
#include "core/tensor/TensorSize.h"

using namespace tg;

class TestTensor : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everySizeUpTo12HasTheRightOnes() {
        // T<n,m,p>[i*m+j, j*p+k, k*n+i] = 1 and nothing else, for all 1 <= n,m,p <= 12.
        for (int n = 1; n <= 12; ++n)
            for (int m = 1; m <= 12; ++m)
                for (int p = 1; p <= 12; p += (n + m > 16 ? 5 : 1)) {
                    const TensorSize s{n, m, p};
                    const ExactTensor t = ExactTensor::matMul(s, Field::Q);
                    QCOMPARE(t.nonZeroCount(), static_cast<long long>(n) * m * p);
                    const auto nz = t.nonZeroIndices();
                    QCOMPARE(static_cast<long long>(nz.size()), t.nonZeroCount());
                    for (long long flat : nz) {
                        const long long vw = static_cast<long long>(s.vSize()) * s.wSize();
                        const int a = static_cast<int>(flat / vw);
                        const int b = static_cast<int>((flat % vw) / s.wSize());
                        const int c = static_cast<int>(flat % s.wSize());
                        const int i = a / m, j = a % m;
                        QCOMPARE(b / p, j);
                        const int k = b % p;
                        QCOMPARE(c, k * n + i);
                        QVERIFY(s.isMatMulEntry(a, b, c));
                    }
                }
    }
    void labelsFollowTheConvention() {
        const TensorSize s{2, 3, 4};
        QCOMPARE(s.aLabel(s.aIndex(1, 2)), std::string("a23"));
        QCOMPARE(s.bLabel(s.bIndex(2, 3)), std::string("b34"));
        // w indexes C transposed: index k*n+i is c_ik.
        QCOMPARE(s.cIndex(1, 3), 3 * 2 + 1);
        QCOMPARE(s.cLabel(s.cIndex(1, 3)), std::string("c24"));
        const TensorSize wide{10, 2, 11};
        QCOMPARE(wide.aLabel(wide.aIndex(9, 1)), std::string("a10_2"));
        QCOMPARE(matrixEntryIndex(wide, "a10_2"), std::optional<int>(wide.aIndex(9, 1)));
        QCOMPARE(matrixEntryIndex(s, "c24"), std::optional<int>(s.cIndex(1, 3)));
        QCOMPARE(matrixEntryIndex(s, "a99"), std::nullopt);
        QCOMPARE(matrixEntryIndex(s, "d11"), std::nullopt);
    }
    void sizeParsing() {
        QCOMPARE(TensorSize::parse("2,3,4"), std::optional<TensorSize>(TensorSize{2, 3, 4}));
        QCOMPARE(TensorSize::parse("<3,3,3>"), std::optional<TensorSize>(TensorSize{3, 3, 3}));
        QCOMPARE(TensorSize::parse("4x4x5"), std::optional<TensorSize>(TensorSize{4, 4, 5}));
        QVERIFY(!TensorSize::parse("2,2").has_value());
        QVERIFY(!TensorSize::parse("0,2,2").has_value());
        QVERIFY(!TensorSize::parse("2,2,999").has_value());
        QVERIFY(!TensorSize::parse("2,2,2,").has_value());
    }
    void addTermKeepsCountAndDenominator() {
        const TensorSize s{2, 2, 2};
        ExactTensor t(s, Field::Q);
        Term term{Factor(4), Factor(4), Factor(4)};
        term.u[0] = Rational(1, 2);
        term.u[3] = 1;
        term.v[1] = 2;
        term.w[2] = -1;
        t.addTerm(term);
        QCOMPARE(t.nonZeroCount(), 2LL);
        QCOMPARE(t.at(0, 1, 2), Rational(-1));
        QCOMPARE(t.at(3, 1, 2), Rational(-2));
        t.addTerm(term, -1);
        QVERIFY(t.isZero());
        QCOMPARE(t, ExactTensor(s, Field::Q));
    }
    void mod2AdditionIsXor() {
        const TensorSize s{2, 2, 2};
        ExactTensor t = ExactTensor::matMul(s, Field::Z2);
        Term term{Factor(4), Factor(4), Factor(4)};
        term.u[0] = 1;
        term.v[0] = 3;  // odd: 1 mod 2
        term.w[0] = -1;
        t.addTerm(term, -1);
        QCOMPARE(t.nonZeroCount(), 7LL);
        t.addTerm(term, -1);  // subtracting twice mod 2 restores the entry
        QCOMPARE(t.nonZeroCount(), 8LL);
    }
    void linearForms() {
        const auto f = parseLinearForm("a11 - 2*a12 + 1/2 a21 - (a11 - a22)");
        QCOMPARE(f.size(), std::size_t(3));
        QCOMPARE(f[0].variable, std::string("a12"));
        QCOMPARE(f[0].coefficient, Rational(-2));
        QCOMPARE(f[1].variable, std::string("a21"));
        QCOMPARE(f[1].coefficient, Rational(1, 2));
        QCOMPARE(f[2].variable, std::string("a22"));
        QVERIFY_THROWS_EXCEPTION(ParseError, (void)parseLinearForm("(a11 + a12"));
        QVERIFY_THROWS_EXCEPTION(ParseError, (void)parseLinearForm("a11 + "));
        QVERIFY_THROWS_EXCEPTION(ParseError, (void)parseLinearForm("a11 $ a12"));
        // Deep nesting is refused, not recursed into until the stack overflows.
        const std::string deep = std::string(100000, '(') + "a11" + std::string(100000, ')');
        QVERIFY_THROWS_EXCEPTION(ParseError, (void)parseLinearForm(deep));
        QCOMPARE(parseLinearForm("((((a11))))").size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestTensor)
#include "tst_tensor.moc"
