// Every published text format in data/schemes: read, verify in its field, and survive a round
// trip through every writer; bad input gives a clear error naming the file and line.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/io/CoefficientExpression.h"
#include "core/io/ExpFormat.h"
#include "core/io/FileIO.h"
#include "core/io/FmmJsonFormat.h"
#include "core/io/FmmReducedJson.h"
#include "core/io/LoadError.h"
#include "core/io/MatrixListFormats.h"
#include "core/io/NpzFormat.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeFormat.h"
#include "core/io/SchemeSource.h"
#include "core/io/TxtFormat.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Verification.h"

using namespace tg;

namespace {
QString data(const QString& rel) {
    return QString(TG_DATA_DIR) + "/schemes/" + rel;
}

Scheme loadOne(const QString& path) {
    const auto loaded = loadSchemes(path.toStdString());
    if (loaded.size() != 1) throw std::runtime_error("expected one scheme");
    return loaded[0].scheme;
}
}  // namespace

class TestFormats : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void publishedFilesVerify_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("rank");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("format");
        QTest::newRow("fmm json 2x2x2") << "json/2x2x2_m7_ZT.json"
                                        << "2x2x2" << 7 << "Z" << int(SchemeFormat::FmmJson);
        QTest::newRow("fmm json 3x3x3") << "json/3x3x3_m23_Z.json"
                                        << "3x3x3" << 23 << "Z" << int(SchemeFormat::FmmJson);
        QTest::newRow("fmm json 4x4x4") << "json/4x4x4_m49_ZT.json"
                                        << "4x4x4" << 49 << "Z" << int(SchemeFormat::FmmJson);
        QTest::newRow("maple 2x2x2") << "mpl/2x2x2_tensor.mpl"
                                     << "2x2x2" << 7 << "Z" << int(SchemeFormat::Maple);
        QTest::newRow("maple 3x3x3") << "mpl/3x3x3_tensor.mpl"
                                     << "3x3x3" << 23 << "Z" << int(SchemeFormat::Maple);
        QTest::newRow("maple 4x4x4 rational") << "mpl/4x4x4_tensor.mpl"
                                              << "4x4x4" << 48 << "Q" << int(SchemeFormat::Maple);
        // Entries written as unsimplified expressions: -(1*0*1-1*1*0*1), (0+1), -0*0, ...
        QTest::newRow("maple 2x4x6 expressions")
            << "mpl/2x4x6_tensor.mpl"
            << "2x4x6" << 39 << "Z" << int(SchemeFormat::Maple);
        QTest::newRow("maple 2x3x5 expressions")
            << "mpl/2x3x5_tensor.mpl"
            << "2x3x5" << 25 << "Z" << int(SchemeFormat::Maple);
        // Factors juxtaposed without '*': "(a13 - a32) (b12 + b21) (-c13 + c45)", "a22(b24-b44)"
        QTest::newRow("exp 5x5x5 juxtaposed") << "exp/555m93_lifted.exp"
                                              << "5x5x5" << 93 << "Z" << int(SchemeFormat::Exp);
        QTest::newRow("exp 6x6x6 b55(") << "exp/Moosbauer-666-153-mod0.exp"
                                        << "6x6x6" << 153 << "Z" << int(SchemeFormat::Exp);
        QTest::newRow("fmm reduced 2x2x2")
            << "reduced-json/2x2x2_m7_cr15_cn24_ZT_reduced.json"
            << "2x2x2" << 7 << "Z" << int(SchemeFormat::FmmReducedJson);
        QTest::newRow("fmm reduced 3x3x3 cr58")
            << "reduced-json/3x3x3_m23_cr58_cn119_ZT_reduced.json"
            << "3x3x3" << 23 << "Z" << int(SchemeFormat::FmmReducedJson);
        QTest::newRow("fmm reduced 3x3x3 cr60")
            << "reduced-json/3x3x3_m23_cr60_cn97_ZT_reduced.json"
            << "3x3x3" << 23 << "Z" << int(SchemeFormat::FmmReducedJson);
        QTest::newRow("exp 2x2x3 char 0") << "exp/223-11-mod0.exp"
                                          << "2x2x3" << 11 << "Z" << int(SchemeFormat::Exp);
        QTest::newRow("exp 4x4x4 mod 2") << "exp/444-47-mod2.exp"
                                         << "4x4x4" << 47 << "Z2" << int(SchemeFormat::Exp);
        QTest::newRow("mathematica laderman")
            << "m/Laderman-333-23-98.m"
            << "3x3x3" << 23 << "Z" << int(SchemeFormat::Mathematica);
        QTest::newRow("txt 2x5x13") << "txt/2x5x13_m102_Z.txt"
                                    << "2x5x13" << 102 << "Z" << int(SchemeFormat::Txt);
    }
    void publishedFilesVerify() {
        QFETCH(QString, file);
        QFETCH(QString, size);
        QFETCH(int, rank);
        QFETCH(QString, field);
        QFETCH(int, format);
        const auto loaded = loadSchemes(data(file).toStdString());
        QCOMPARE(loaded.size(), std::size_t(1));
        const Scheme& s = loaded[0].scheme;
        QCOMPARE(int(loaded[0].format), format);
        QCOMPARE(QString::fromStdString(s.size.toString()), size);
        QCOMPARE(s.rank(), rank);
        QCOMPARE(QString::fromStdString(fieldName(s.field)), field);
        const VerifyReport r = verify(s, s.field);
        QVERIFY2(r.valid, describe(s.size, r).c_str());
        if (s.field == Field::Z2) QVERIFY(!verify(s, Field::Z).valid);  // 47 holds only mod 2
        if (s.field == Field::Q) QVERIFY(!s.isIntegral());
    }

    void roundTripThroughEveryWriter_data() {
        QTest::addColumn<QString>("file");
        for (const char* f :
             {"json/3x3x3_m23_Z.json", "mpl/4x4x4_tensor.mpl", "exp/223-11-mod0.exp",
              "exp/444-47-mod2.exp", "m/Laderman-333-23-98.m", "txt/2x5x13_m102_Z.txt",
              "mpl/2x4x6_tensor.mpl", "exp/555m93_lifted.exp",
              "reduced-json/3x3x3_m23_cr58_cn119_ZT_reduced.json"})
            QTest::newRow(f) << QString(f);
    }
    void roundTripThroughEveryWriter() {
        QFETCH(QString, file);
        const Scheme original = loadOne(data(file));
        QTemporaryDir dir;
        for (const FormatInfo& f : allFormats()) {
            if (!f.readable || !f.writable) continue;
            // The size goes into .exp names the way Kauers and Moosbauer name theirs.
            const std::string ext =
                std::string(f.extensions).substr(0, std::string(f.extensions).find(' '));
            const QString name = QString("%1%2%3-%4-%5%6")
                                     .arg(original.size.n)
                                     .arg(original.size.m)
                                     .arg(original.size.p)
                                     .arg(original.rank())
                                     .arg(original.field == Field::Z2 ? "mod2" : "mod0")
                                     .arg(QString::fromStdString(ext));
            const std::string path =
                QDir(dir.path()).filePath(f.name + QString("-") + name).toStdString();
            writeFileAtomic(path, writeSchemes(f.format, {original}));
            std::vector<LoadedScheme> back;
            try {
                back = loadSchemes(path);
            } catch (const std::exception& e) {
                QFAIL(qPrintable(QString("%1: %2").arg(f.name, e.what())));
            }
            QCOMPARE(back.size(), std::size_t(1));
            QVERIFY2(sameTerms(back[0].scheme, original), f.name);
            QVERIFY2(verify(back[0].scheme, original.field).valid, f.name);
            QCOMPARE(back[0].scheme.field, original.field);
        }
    }

    void everyAlphaTensorSchemeRoundTrips_data() {
        QTest::addColumn<QString>("archive");
        QTest::newRow("standard arithmetic") << "factorizations_r.npz";
        QTest::newRow("mod 2") << "factorizations_f2.npz";
    }
    void everyAlphaTensorSchemeRoundTrips() {
        // All 113 published schemes through every writer and back, unchanged.
        QFETCH(QString, archive);
        const std::string path =
            (QString(TG_DATA_DIR) + "/published/alphatensor/" + archive).toStdString();
        const auto schemes = readNpz(readFileBytes(path), path);
        QVERIFY(schemes.size() >= 20);
        for (const NpzScheme& item : schemes) {
            const Scheme& s = item.scheme;
            const char* key = item.key.c_str();
            QVERIFY2(
                sameTerms(std::get<Scheme>(parseProjectJson(schemeToProjectJson(s), "mem")), s),
                key);
            const Scheme fmm = readFmmJson(writeFmmJson(s), "mem");
            QVERIFY2(sameTerms(fmm, s), key);
            QCOMPARE(fmm.field == Field::Z2, s.field == Field::Z2);
            QVERIFY2(sameTerms(readExp(writeExp(s), "mem", s.size), s), key);
            QVERIFY2(sameTerms(readTxt(writeTxt(s), "mem"), s), key);
            const auto npz = readNpz(writeNpz({item}), "mem");
            QCOMPARE(npz.size(), std::size_t(1));
            QCOMPARE(npz[0].key, item.key);
            QVERIFY2(sameTerms(npz[0].scheme, s), key);
            QCOMPARE(npz[0].scheme.field, s.field);
        }
    }

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
        QTest::newRow("exponent not a number") << QByteArray("2**(1)") << "whole number as the exponent";
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

    void badInputIsExplained_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("exp unbalanced")
            << "x.exp" << QByteArray("(a11+a22*(b11)*(c11)\n") << "x.exp:1: unbalanced parentheses";
        QTest::newRow("exp unknown variable")
            << "222-2-mod0.exp" << QByteArray("(a11)*(b11)*(c11)\n(a99)*(b11)*(c11)\n")
            << "222-2-mod0.exp:2: 'a99' is not an entry of A in 2x2x2";
        QTest::newRow("exp unknown variable, no size in the name")
            << "x.exp"
            << QByteArray("(a11+a22)*(b11)*(c11)\n(a12)*(b21+b22)*(c21)\n(a99)*(b12)*(c12)\n")
            << "x.exp:3: 'a99' is not an entry of A in 2x2x2 (the size the other factors use)";
        QTest::newRow("exp unknown letter") << "x.exp" << QByteArray("(a11)*(b11)*(d11)\n")
                                            << "x.exp:1: unknown variable 'd11' in the c factor";
        QTest::newRow("exp letters as a coefficient")
            << "x.exp" << QByteArray("(x*a11)*(b11)*(c11)\n")
            << "x.exp:1: unexpected '*' after 'x' (a coefficient must be a number)";
        QTest::newRow("exp bad number")
            << "x.exp" << QByteArray("(2/0*a11)*(b11)*(c11)\n") << "x.exp:1: bad number";
        QTest::newRow("exp wrong factor") << "x.exp" << QByteArray("(a11)*(a12)*(c11)\n")
                                          << "unknown variable 'a12' in the b factor";
        QTest::newRow("exp two factors")
            << "x.exp" << QByteArray("(a11)*(b11)\n") << "needs three factors";
        QTest::newRow("exp bad name size") << "222-7-mod0.exp" << QByteArray("(a33)*(b11)*(c11)\n")
                                           << "'a33' is not an entry of A in 2x2x2";
        QTest::newRow("txt truncated") << "x.txt" << QByteArray("2 2 2 7\n1 0 0 1\n")
                                       << "x.txt:3:1: the file ends inside U (term 2 of 7)";
        QTest::newRow("txt absurd size") << "x.txt" << QByteArray("2 200 2 7\n")
                                         << "m must be a whole number from 1 to 16, not 200";
        QTest::newRow("txt absurd rank") << "x.txt" << QByteArray("2 2 2 999999999\n1")
                                         << "the rank R must be a whole number from 0 to 100000";
        QTest::newRow("txt not a number") << "x.txt" << QByteArray("2 2 2 1\n1 0 x 1\n")
                                          << "x.txt:2:5: expected a number, found 'x'";
        QTest::newRow("txt too many") << "x.txt" << QByteArray("1 1 1 1\n1\n1\n1\n1\n")
                                      << "more numbers than n m p R call for";
        QTest::newRow("m ragged") << "x.m" << QByteArray("{{{{1,0},{0}},{{1}},{{1}}}}")
                                  << "row 2 has 1 entries";
        QTest::newRow("m unclosed")
            << "x.m" << QByteArray("{{{{1}},{{1}},{{1}}}") << "expected '}' but the file ends";
        QTest::newRow("m shapes") << "x.m" << QByteArray("{{{{1,0}},{{1}},{{1}}}}")
                                  << "B-side matrix is 1x1, expected 2x1";
        QTest::newRow("mpl bad entry")
            << "x.mpl"
            << QByteArray(
                   "T:=TriadSet([Triad([Matrix(1,1,[[1]]),Matrix(1,1,[[y]]),Matrix(1,1,[[1]])])]):")
            << "expected a number, found 'y'";
        QTest::newRow("mpl declared size")
            << "x.mpl"
            << QByteArray(
                   "TriadSet([Triad([Matrix(2,1,[[1]]),Matrix(1,1,[[1]]),Matrix(1,1,[[1]])])])")
            << "Matrix(2, 1, ...) holds 1x1 entries";
        QTest::newRow("fmm json short row")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"u":[[1]],"v":[[1,2]],"w":[[1]]})")
            << "x.json: \"v\"[0] must list 1 coefficients";
        QTest::newRow("fmm json coefficient")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"u":[[1]],"v":[["one"]],"w":[[1]]})")
            << "\"v\"[0][0]: \"one\" is not a number";
        QTest::newRow("fmm json inexact")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"u":[[1e300]],"v":[[1]],"w":[[1]]})")
            << "is not an exact rational";
        QTest::newRow("fmm json rank")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":2,"u":[[1]],"v":[[1]],"w":[[1]]})")
            << "\"u\" has 1 rows but \"m\" says 2";
        QTest::newRow("exp stray parenthesis after a scaled group")
            << "x.exp" << QByteArray("(a11)*-(b11)*(c11))\n") << "x.exp:1: unbalanced parentheses";
        QTest::newRow("mpl division by zero")
            << "x.mpl"
            << QByteArray(
                   "TriadSet([Triad([Matrix(1,1,[[1/(1-1)]]),Matrix(1,1,[[1]]),"
                   "Matrix(1,1,[[1]])])])")
            << "x.mpl:1:38: division by zero";
        QTest::newRow("mpl nested too deeply")
            << "x.mpl"
            << (QByteArray("TriadSet([Triad([Matrix(1,1,[[") + QByteArray(10000, '(') + "1" +
                QByteArray(10000, ')') + "]]),Matrix(1,1,[[1]]),Matrix(1,1,[[1]])])])")
            << "parentheses nested deeper than 64";
        QTest::newRow("mpl overflow")
            << "x.mpl"
            << QByteArray(
                   "TriadSet([Triad([Matrix(1,1,[[999999999999999999*999999999999999999]]),"
                   "Matrix(1,1,[[1]]),Matrix(1,1,[[1]])])])")
            << "overflows 64-bit arithmetic";
        QTest::newRow("reduced forward reference")
            << "x.json"
            << QByteArray(
                   R"({"n":[1,1,1],"m":1,"u_fresh":[[{"index":2,"value":1}],[{"index":0,"value":1}]],
                "u":[[{"index":1,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "x.json: \"u_fresh\"[0][0]: uses fresh variable 1, which is not defined before it";
        QTest::newRow("reduced self reference")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"u_fresh":[[{"index":1,"value":1}]],
                "u":[[{"index":1,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "uses fresh variable 0, which is not defined before it";
        QTest::newRow("reduced index out of range")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"u_fresh":[],
                "u":[[{"index":5,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "x.json: \"u\"[0][0]: index 5 is out of range (1 variables and 0 fresh ones)";
        QTest::newRow("reduced product out of range")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"u_fresh":[],
                "u":[[{"index":0,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":1,"value":1}]]})")
            << "\"w\"[0][0]: index 1 is out of range";
        QTest::newRow("reduced bad negative index")
            << "x.json" << QByteArray(R"({"n":[2,2,2],"m":1,"u_fresh":[],
                "u":[[{"index":-3,"value":1}]],"v":[],"w":[]})")
            << "negative index -3 names no fresh variable";
        QTest::newRow("reduced fractional index")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"u_fresh":[],
                "u":[[{"index":0.5,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "\"u\"[0][0]: \"index\" must be a whole number, not 0.5";
        QTest::newRow("reduced z2 fraction")
            << "x.json" << QByteArray(R"({"n":[1,1,1],"m":1,"z2":true,"u_fresh":[],
                "u":[[{"index":0,"value":"1/3"}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "value \"1/3\" must be a whole number (the file says \"z2\": true)";
        QTest::newRow("reduced list count")
            << "x.json" << QByteArray(R"({"n":[2,2,2],"m":1,"u_fresh":[],
                "u":[[{"index":0,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "\"w\" has 1 lists, expected 4 (one per entry of C transposed)";
        QTest::newRow("reduced complexity")
            << "x.json"
            << QByteArray(R"({"n":[1,1,1],"m":1,"complexity":{"reduced":-2},"u_fresh":[],
                "u":[[{"index":0,"value":1}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "\"complexity\".\"reduced\" must be a whole number of additions, not -2";
        QTest::newRow("reduced overflow")
            << "x.json"
            << QByteArray(
                   R"({"n":[1,1,1],"m":1,"u_fresh":[[{"index":0,"value":4611686018427387904}]],
                "u":[[{"index":1,"value":4}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})")
            << "overflows 64-bit arithmetic";
        QTest::newRow("empty") << "x.exp" << QByteArray("\n  \n") << "file is empty";
        QTest::newRow("unknown") << "x.bin" << QByteArray("\x01\x02garbage")
                                 << "unrecognised format";
    }
    void badInputIsExplained() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        writeFileAtomic(path.toStdString(), content.toStdString());
        try {
            (void)loadSchemes(path.toStdString());
            QFAIL("bad input accepted");
        } catch (const LoadError& e) {
            const QString what = e.what();
            QVERIFY2(what.startsWith(path), qPrintable(what));
            QVERIFY2(what.contains(message), qPrintable(what));
        }
    }

    void blankInputHasNoFormat() {
        QCOMPARE(detectFormat("x", ""), std::nullopt);
        QCOMPARE(detectFormat("x", " \n\t"), std::nullopt);
        QCOMPARE(detectFormat("x.bin", "{{{1}}}"),
                 std::optional<SchemeFormat>(SchemeFormat::Mathematica));
    }

    void keysOnlyForArchives() {
        try {
            (void)loadSchemes(data("exp/223-11-mod0.exp").toStdString() + "#2,2,3");
            QFAIL("key accepted on a single-scheme file");
        } catch (const LoadError& e) {
            QVERIFY(QString(e.what()).contains("only archives (.npz)"));
        }
    }

    void expWritesCTransposed() {
        // c_xy in .exp is entry (x, y) of C^T: Strassen's c12 = m3 + m5 appears as c21.
        const std::string exp = writeExp(strassenScheme());
        QVERIFY(QString::fromStdString(exp).contains("(a11)*(b12-b22)*(c21+c22)"));
    }
};

QTEST_APPLESS_MAIN(TestFormats)
#include "tst_formats.moc"
