// The format variants met in published files (docs/formats.md, "Variants met in published
// files"): Maple entries written as arithmetic expressions, .exp factors juxtaposed without '*',
// and FastMatrixMultiplication's addition-reduced JSON with its addition counts, read from the
// real files in data/schemes and refused when hostile.
#include <QtTest>

#include "SampleFiles.h"
#include "core/catalog/Catalog.h"
#include "core/io/CoefficientExpression.h"
#include "core/io/ExpFormat.h"
#include "core/io/FileIO.h"
#include "core/io/FmmReducedJson.h"
#include "core/io/LoadError.h"
#include "core/io/SchemeFormat.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Verification.h"

using namespace tg;
using tg::testing::data;
using tg::testing::loadOne;

class TestFormatVariants : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void reducedJsonAdditionCounts_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("published");
        QTest::addColumn<int>("naive");
        QTest::newRow("2x2x2 cr15")
            << "reduced-json/2x2x2_m7_cr15_cn24_ZT_reduced.json" << 15 << 24;
        QTest::newRow("3x3x3 cr58")
            << "reduced-json/3x3x3_m23_cr58_cn119_ZT_reduced.json" << 58 << 119;
        QTest::newRow("3x3x3 cr60")
            << "reduced-json/3x3x3_m23_cr60_cn97_ZT_reduced.json" << 60 << 97;
    }
    void reducedJsonAdditionCounts() {
        // The published count is the file's own: every list, fresh or not, costs entries - 1.
        // Ours (the greedy pairing) is another evaluation of the same scheme; writing it and
        // reading it back must give the scheme unchanged and our count as the stated one.
        QFETCH(QString, file);
        QFETCH(int, published);
        QFETCH(int, naive);
        const std::string path = data(file).toStdString();
        const ReducedFmmScheme r = readFmmReducedJson(readFileBytes(path), path);
        QVERIFY(verify(r.scheme, Field::Z).valid);
        QCOMPARE(r.statedAdditions, std::optional<int>(published));
        QCOMPARE(r.countedAdditions, published);
        QCOMPARE(r.statedNaive, std::optional<int>(naive));
        QCOMPARE(cost(r.scheme).additions, naive);
        const int ours = additionsWithSharing(r.scheme);
        qInfo("%s: published %d additions, recounted %d, greedy sharing %d (naive %d)",
              qPrintable(file), published, r.countedAdditions, ours, naive);
        QVERIFY(ours <= naive);
        const ReducedFmmScheme back = readFmmReducedJson(writeFmmReducedJson(r.scheme), "mem");
        QVERIFY(sameTerms(back.scheme, r.scheme));
        QCOMPARE(back.scheme.field, r.scheme.field);
        QCOMPARE(back.statedAdditions, std::optional<int>(ours));
        QCOMPARE(back.countedAdditions, ours);
        QCOMPARE(back.statedNaive, std::optional<int>(naive));
    }

    void reducedJsonWriterOnRationalAndBuiltinSchemes_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("winograd") << "builtin:winograd";
        QTest::newRow("laderman") << "builtin:laderman";
        QTest::newRow("4x4x4 with 1/8") << data("mpl/4x4x4_tensor.mpl");
        QTest::newRow("4x4x4 mod 2") << data("exp/444-47-mod2.exp");
        QTest::newRow("6x6x6") << data("exp/Moosbauer-666-153-mod0.exp");
    }
    void reducedJsonWriterOnRationalAndBuiltinSchemes() {
        QFETCH(QString, source);
        const Scheme s = loadOne(source);
        const std::string text = writeFmmReducedJson(s);
        QCOMPARE(detectFormat("x.json", text), std::optional(SchemeFormat::FmmReducedJson));
        const ReducedFmmScheme back = readFmmReducedJson(text, "mem");
        QVERIFY(sameTerms(back.scheme, s));
        QCOMPARE(back.scheme.field, s.field);
        QCOMPARE(back.statedAdditions, std::optional<int>(additionsWithSharing(s)));
        QCOMPARE(back.countedAdditions, additionsWithSharing(s));
        QCOMPARE(back.statedNaive, std::optional<int>(cost(s).additions));
        if (source == "builtin:winograd") QCOMPARE(additionsWithSharing(s), 15);
    }

    void reducedJsonNegativeIndexAndChains() {
        // -(base + k) is minus fresh variable k; a chain of fresh variables, each used twice
        // by the next, expands once per variable (memoised) instead of 2^length times.
        const std::string negated = R"({"n":[1,1,1],"m":1,
            "u_fresh":[[{"index":0,"value":1}]], "u":[[{"index":-1,"value":-1}]],
            "v":[[{"index":0,"value":1}]], "w":[[{"index":0,"value":1}]]})";
        const ReducedFmmScheme r = readFmmReducedJson(negated, "mem");
        QCOMPARE(r.scheme.terms[0].u[0], Rational(1));
        QVERIFY(verify(r.scheme, Field::Z).valid);

        std::string chain = R"({"n":[1,1,1],"m":1,"u_fresh":[[{"index":0,"value":1}])";
        const int length = 2000;
        for (int k = 1; k < length; ++k)
            chain += ",[{\"index\":" + std::to_string(k) +
                     ",\"value\":1},{\"index\":" + std::to_string(k) + ",\"value\":-1}]";
        chain += R"(],"u":[[{"index":)" + std::to_string(length) +
                 R"(,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})";
        const ReducedFmmScheme c = readFmmReducedJson(chain, "mem");
        QCOMPARE(c.scheme.terms[0].u[0], Rational(0));  // x - x at the second step
        QCOMPARE(c.countedAdditions, length - 1);
    }

    void coefficientExpressions_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::newRow("number") << "7"
                                << "7";
        QTest::newRow("fraction") << "1/8"
                                  << "1/8";
        QTest::newRow("negative fraction") << "-3/8"
                                           << "-3/8";
        QTest::newRow("maple products") << "-(1*0*1-1*1*0*1)"
                                        << "0";
        QTest::newRow("parenthesised") << "(0+1)"
                                       << "1";
        QTest::newRow("minus zero") << "-0*0"
                                    << "0";
        QTest::newRow("sum") << "(1+1-1-1+1+1)"
                             << "2";
        QTest::newRow("product of sums") << "-(1*1-1*0+1)*(1*1-0*0+1*1-1*0)"
                                         << "-4";
        QTest::newRow("maple power (2x7x11)") << "0**2*0"
                                              << "0";
        QTest::newRow("power binds before unary minus") << "-1**2*1*1+1"
                                                        << "0";
        QTest::newRow("caret power of a group") << "(1+1)^3/2"
                                                << "4";
        QTest::newRow("nested") << "((2*(3-(1+1)))/4)"
                                << "1/2";
        QTest::newRow("unary chain") << "--+-5"
                                     << "-5";
        QTest::newRow("precedence") << "1+2*3-8/4"
                                    << "5";
        QTest::newRow("left to right division") << "8/4/2"
                                                << "1";
        QTest::newRow("spaces") << " ( 1 + 2 ) * 3 "
                                << "9";
        QTest::newRow("maple -1*(...)") << "-1*(0*1-1*0+1)"
                                        << "-1";
    }
    void coefficientExpressions() {
        QFETCH(QString, text);
        QFETCH(QString, value);
        const Rational r = evaluateCoefficientExpression(text.toStdString(), "mem");
        QCOMPARE(QString::fromStdString(r.toString()), value);
    }

    void hostileExpressionsAreRefused_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("10,000 nested parentheses")
            << (QByteArray(10000, '(') + "1" + QByteArray(10000, ')'))
            << "mem:1:65: parentheses nested deeper than 64";
        QTest::newRow("1 MB expression") << (QByteArray("1") + QByteArray("+1").repeated(500000))
                                         << "expression longer than 65536 characters";
        QTest::newRow("1 MB of unary minus")
            << (QByteArray(1 << 20, '-') + "1") << "expression longer than 65536 characters";
        QTest::newRow("division by zero") << QByteArray("1/(1-1)") << "mem:1:8: division by zero";
        QTest::newRow("overflow") << QByteArray("999999999999999999*999999999999999999")
                                  << "overflows 64-bit arithmetic";
        QTest::newRow("long number")
            << QByteArray("1234567890123456789") << "number with more than 18 digits";
        QTest::newRow("huge exponent") << QByteArray("2**1000000") << "exponent above 64";
        QTest::newRow("power overflow") << QByteArray("3**63") << "overflows";
        QTest::newRow("exponent not a number")
            << QByteArray("2**(1)") << "whole number as the exponent";
        QTest::newRow("letter") << QByteArray("1+x") << "expected a number, found 'x'";
        QTest::newRow("unclosed") << QByteArray("(1+2") << "missing ')'";
        QTest::newRow("stray close") << QByteArray("1+2)") << "unexpected ')' after the expression";
        QTest::newRow("empty parentheses") << QByteArray("()") << "expected a number, found ')'";
        QTest::newRow("dangling operator") << QByteArray("1*") << "ends where a number is expected";
    }
    void hostileExpressionsAreRefused() {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        try {
            (void)evaluateCoefficientExpression(text.toStdString(), "mem");
            QFAIL("hostile expression accepted");
        } catch (const LoadError& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    void expJuxtaposedFactorsReadLikeStarred_data() {
        QTest::addColumn<QString>("juxtaposed");
        QTest::addColumn<QString>("starred");
        QTest::newRow("spaces") << "(a11 + a22) (b11 + b22) (c11 + c22)"
                                << "(a11+a22)*(b11+b22)*(c11+c22)";
        QTest::newRow("bare middle") << "(-a12-a11)*b21(-c11+c12)"
                                     << "(-a12-a11)*(b21)*(-c11+c12)";
        QTest::newRow("bare first") << "a22(b21-b11)(c12+c22)"
                                    << "(a22)*(b21-b11)*(c12+c22)";
        QTest::newRow("coefficient") << "2*a12 b21 (c11 - c12)"
                                     << "(2*a12)*(b21)*(c11-c12)";
        QTest::newRow("juxtaposed coefficient") << "(a11)(-2b12)(c21)"
                                                << "(a11)*(-2*b12)*(c21)";
        // Found by fuzz_writers: writeExp writes "(0)" for a zero factor; it reads back.
        QTest::newRow("zero factor") << "(a11)*(0)*(c21)"
                                     << "(a11)*((0))*(c21)";
        QTest::newRow("wrapped") << "-((a11) (b12) (c21))"
                                 << "(-a11)*(b12)*(c21)";
        QTest::newRow("wrapper, bare first") << "(-a13 (-b13 + b33) (c11 - c13))"
                                             << "(-a13)*(-b13+b33)*(c11-c13)";
        // 555m93_lifted.exp's stray ')' after a bare factor: the parentheses only delimit.
        QTest::newRow("stray parenthesis") << "(a11 - a14) -b13 (-c13 + c33))"
                                           << "(a11-a14)*(-b13)*(-c13+c33)";
    }
    void expJuxtaposedFactorsReadLikeStarred() {
        QFETCH(QString, juxtaposed);
        QFETCH(QString, starred);
        const TensorSize size{4, 4, 4};
        QVERIFY(sameTerms(readExp(juxtaposed.toStdString() + "\n", "mem", size),
                          readExp(starred.toStdString() + "\n", "mem", size)));
    }

    void expDeepWrappingIsLinear() {
        // 200,000 wrapping layers: stripped in one pass over a table of matching parentheses.
        const std::string deep =
            std::string(200000, '(') + "(a11)*(b11)*(c11)" + std::string(200000, ')') + "\n";
        const Scheme s = readExp(deep, "mem");
        QCOMPARE(s.rank(), 1);
        QCOMPARE(s.size.toString(), std::string("1x1x1"));
    }
};

QTEST_APPLESS_MAIN(TestFormatVariants)
#include "tst_formatvariants.moc"
