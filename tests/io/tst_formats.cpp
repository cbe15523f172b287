// Every published text format in data/schemes: read, verify in its field, and survive a round
// trip through every writer; bad input gives a clear error naming the file and line.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "SampleFiles.h"
#include "core/catalog/Catalog.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/io/CoefficientExpression.h"
#include "core/io/ExpFormat.h"
#include "core/io/FileIO.h"
#include "core/io/FmmJsonFormat.h"
#include "core/io/FmmReducedJson.h"
#include "core/io/LoadError.h"
#include "core/io/MatrixListFormats.h"
#include "core/io/NpyArray.h"
#include "core/io/NpzFormat.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeFormat.h"
#include "core/io/SchemeSource.h"
#include "core/io/TxtFormat.h"
#include "core/io/ZipArchive.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Verification.h"

using namespace tg;

using tg::testing::data;
using tg::testing::loadOne;

namespace {

// --- hostile input, made at test time ---

// `inner` inside `depth` arrays: "[[[...inner...]]]".
QByteArray nested(int depth, const QByteArray& inner) {
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// A FastMatrixMultiplication JSON <1,1,1> scheme with the given "n", "m" and u coefficient.
QByteArray fmmJson(const QByteArray& u, const QByteArray& n = "[1,1,1]",
                   const QByteArray& m = "1") {
    return R"({"n":)" + n + R"(,"m":)" + m + R"(,"u":[[)" + u + R"(]],"v":[[1]],"w":[[1]]})";
}

// The same scheme in the addition-reduced form, with the given index and value of u's entry.
QByteArray reducedJson(const QByteArray& index, const QByteArray& value,
                       const QByteArray& n = "[1,1,1]") {
    return R"({"n":)" + n + R"(,"m":1,"u_fresh":[],"u":[[{"index":)" + index + R"(,"value":)" +
           value + R"(}]],"v":[[{"index":0,"value":1}]],"w":[[{"index":0,"value":1}]]})";
}

// A project file of kind `kind` ("scheme": `entries` are its terms, "episode": its moves).
QByteArray projectJson(const QByteArray& entries, const QByteArray& size = "[1,1,1]",
                       const QByteArray& kind = "scheme") {
    const QByteArray key = kind == "scheme" ? "terms" : "moves";
    return R"({"format":"tensorgame-explorer","version":1,"kind":")" + kind + R"(","size":)" +
           size + R"(,"field":"Z",")" + key + R"(":[)" + entries + "]}";
}

// fmmJson("1") with an extra key holding `depth` nested arrays (ignored by the reader).
QByteArray withNested(int depth) {
    return R"({"x":)" + nested(depth, "1") + "," + fmmJson("1").mid(1);
}

// `count` copies of the <1,1,1> term, comma-separated.
QByteArray manyTerms(int count) {
    QByteArray out = R"({"u":[1],"v":[1],"w":[1]})";
    out.reserve(count * 26);
    for (int i = 1; i < count; ++i) out += R"(,{"u":[1],"v":[1],"w":[1]})";
    return out;
}

// An archive holding one <1,1,1> int64 array whose first coefficient is `first`.
QByteArray npzWithInt64(std::int64_t first) {
    std::string npy = formatNpyHeader(NpyDtype::Int64, {3, 1, 1});
    for (const std::int64_t x : {first, std::int64_t{1}, std::int64_t{1}})
        appendLittleEndian(npy, static_cast<std::uint64_t>(x), 8);
    return QByteArray::fromStdString(writeZip({{"1,1,1.npy", npy}}));
}

// An empty zip: just the end-of-central-directory record.
QByteArray emptyZip() {
    return QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0');
}

constexpr const char* kTwoTo64Minus1 = "18446744073709551615";
constexpr const char* kTwoTo32Plus1 = "4294967297";
constexpr const char* kMinusTwoTo63 = "-9223372036854775808";

// Rows for files made to crash, hang or fool a reader (deep nesting, numbers that would wrap).
void addHostileRows() {
    const QByteArray deep = nested(1000000, "1");
    QTest::newRow("fmm json nested a million deep")
        << "x.json" << fmmJson(deep) << "x.json: nested deeper than 64";
    QTest::newRow("project nested a million deep")
        << "x.json" << projectJson(R"({"u":)" + deep + R"(,"v":[1],"w":[1]})")
        << "x.json: nested deeper than 64";
    QTest::newRow("reduced nested a million deep")
        << "x.json" << reducedJson("0", deep) << "x.json: nested deeper than 64";
    QTest::newRow("fmm json 65 deep") << "x.json" << withNested(64) << "nested deeper than 64";
    QTest::newRow("fmm json 2^64-1")
        << "x.json" << fmmJson(kTwoTo64Minus1)
        << "x.json: \"u\"[0][0]: 18446744073709551615 does not fit a 64-bit integer";
    QTest::newRow("fmm json -2^63") << "x.json" << fmmJson(kMinusTwoTo63)
                                    << "\"u\"[0][0]: -9223372036854775808 is out of range";
    QTest::newRow("fmm json n 2^32+1")
        << "x.json" << fmmJson("1", "[4294967297,1,1]")
        << "x.json: \"n\"[0]: 4294967297 does not fit a 32-bit integer";
    QTest::newRow("fmm json m 2^32+1") << "x.json" << fmmJson("1", "[1,1,1]", kTwoTo32Plus1)
                                       << "\"m\": 4294967297 does not fit a 32-bit integer";
    QTest::newRow("fmm json 0.1") << "x.json" << fmmJson("0.1")
                                  << "\"u\"[0][0]: 0.1 is not an exact rational";
    QTest::newRow("fmm json 1e30")
        << "x.json" << fmmJson("1e30") << "\"u\"[0][0]: 1e+30 is not an exact rational";
    QTest::newRow("fmm json object coefficient")
        << "x.json" << fmmJson(R"({"a":[[[1]]]})") << "\"u\"[0][0]: an object is not a number";
    QTest::newRow("fmm json long string coefficient")
        << "x.json" << fmmJson('"' + QByteArray(100000, 'x') + '"')
        << "\"u\"[0][0]: a string of 100000 characters is not a number";
    QTest::newRow("project 2^64-1")
        << "x.json" << projectJson(R"({"u":[18446744073709551615],"v":[1],"w":[1]})")
        << "x.json: terms[0].u[0]: 18446744073709551615 does not fit a 64-bit integer";
    QTest::newRow("project -2^63")
        << "x.json" << projectJson(R"({"u":[1],"v":[-9223372036854775808],"w":[1]})")
        << "terms[0].v[0]: -9223372036854775808 is out of range";
    QTest::newRow("project size 2^32+1")
        << "x.json" << projectJson("", "[1,4294967297,1]")
        << "x.json: size[1]: 4294967297 does not fit a 32-bit integer";
    QTest::newRow("project array coefficient")
        << "x.json" << projectJson(R"({"u":[[[1]]],"v":[1],"w":[1]})")
        << "terms[0].u[0]: coefficient must be an integer or a string like \"1/2\", not an "
           "array";
    QTest::newRow("project visits 2^32+1")
        << "x.json"
        << projectJson(R"({"u":[1],"v":[1],"w":[1],"stats":{"visits":4294967297}})", "[1,1,1]",
                       "episode")
        << "moves[0].stats.visits: 4294967297 does not fit a 32-bit integer";
    QTest::newRow("project too many terms") << "x.json" << projectJson(manyTerms(kMaxTerms + 1))
                                            << "x.json: terms: has more than 100000 entries";
    QTest::newRow("project too many moves")
        << "x.json" << projectJson(manyTerms(kMaxTerms + 1), "[1,1,1]", "episode")
        << "x.json: moves: has more than 100000 entries";
    QTest::newRow("reduced value 2^64-1")
        << "x.json" << reducedJson("0", kTwoTo64Minus1)
        << "\"u\"[0][0]: \"value\": 18446744073709551615 does not fit a 64-bit integer";
    QTest::newRow("reduced value -2^63")
        << "x.json" << reducedJson("0", kMinusTwoTo63) << "-9223372036854775808 is out of range";
    QTest::newRow("reduced index 2^64-1")
        << "x.json" << reducedJson(kTwoTo64Minus1, "1")
        << "\"u\"[0][0]: \"index\": 18446744073709551615 does not fit a 64-bit integer";
    QTest::newRow("reduced n 2^32+1") << "x.json" << reducedJson("0", "1", "[1,1,4294967297]")
                                      << "\"n\"[2]: 4294967297 does not fit a 32-bit integer";
    QTest::newRow("reduced value 0.1")
        << "x.json" << reducedJson("0", "0.1") << "0.1 is not an exact rational";
    QTest::newRow("npz int64 -2^63")
        << "x.npz" << npzWithInt64(std::numeric_limits<std::int64_t>::min())
        << "x.npz#1,1,1: coefficient -9223372036854775808 at u[0] of term 1 has no exact "
           "rational value";
    QTest::newRow("npz empty") << "x.npz" << emptyZip() << "x.npz: no schemes in the archive";
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

    void badInputIsExplained_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("exp unbalanced")
            << "x.exp" << QByteArray("(a11+a22*(b11)*(c11)\n") << "x.exp:1: unbalanced parentheses";
        // Found by fuzz_fmmjson: nlohmann throws out_of_range, not parse_error, for this.
        QTest::newRow("json number beyond a double")
            << "x.json" << QByteArray("{\"n\": [2,2,2], \"m\": 1e3081}")
            << "x.json: not valid JSON (a number too large to read)";
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
        addHostileRows();
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

    // The near neighbours of the hostile rows still read: the bounds are not off by one.
    void largestLegalValuesRead() {
        QTemporaryDir dir;
        const auto load = [&](const QByteArray& content) {
            const QString path = dir.filePath("ok.json");
            writeFileAtomic(path.toStdString(), content.toStdString());
            return loadOne(path);
        };
        QCOMPARE(load(withNested(63)).rank(), 1);  // with the outer braces: 64 deep
        QCOMPARE(load(fmmJson("9223372036854775807")).terms[0].u[0],
                 Rational(std::numeric_limits<std::int64_t>::max()));
        QCOMPARE(load(fmmJson("-9223372036854775807")).terms[0].u[0],
                 Rational(-std::numeric_limits<std::int64_t>::max()));
        QCOMPARE(load(fmmJson("0.125")).terms[0].u[0], Rational(1, 8));
        QCOMPARE(load(fmmJson("-2.5")).terms[0].u[0], Rational(-5, 2));
        QCOMPARE(load(fmmJson("1e3")).terms[0].u[0], Rational(1000));
        QCOMPARE(load(projectJson(manyTerms(kMaxTerms))).rank(), kMaxTerms);
    }

    // A verifier must never call a wrapped scheme valid: 2^64-1 read as -1 makes u*v = 1.
    void wrappedSchemeIsNotValid() {
        QTemporaryDir dir;
        const QString path = dir.filePath("wrap.json");
        writeFileAtomic(path.toStdString(),
                        fmmJson(kTwoTo64Minus1)
                            .replace(R"("v":[[1]])", R"("v":[[18446744073709551615]])")
                            .toStdString());
        QVERIFY_THROWS_EXCEPTION(LoadError, (void)loadSchemes(path.toStdString()));
    }

    // The writer uses a JSON number only where the reader takes it back exactly.
    void fmmJsonWritesOnlyExactFloats() {
        Scheme s = *builtinScheme("strassen");
        s.terms[0].u[0] = Rational(3, std::int64_t{1} << 40);  // exact as a double, 13 digits
        s.terms[0].u[1] = Rational(1, 8);
        s.terms[1].u[0] = Rational(1, 3);
        const std::string text = writeFmmJson(s);
        QVERIFY(text.find("0.125") != std::string::npos);
        QVERIFY(text.find("\"3/1099511627776\"") != std::string::npos);
        QCOMPARE(readFmmJson(text, "mem").terms, s.terms);
    }

    void catalogRefusesHostileJson() {
        const std::string entry =
            R"({"size":[2,2,2],"rank":R,"field":"Z","file":"x.json","source":"s","citation":"c"})";
        const auto withRank = [&](const std::string& rank) {
            return "[" + std::string(entry).replace(entry.find("R,"), 1, rank) + "]";
        };
        QCOMPARE(parsePublishedCatalog(withRank("7"), "catalog.json").size(), std::size_t(1));
        for (const std::string& bad : {withRank(kTwoTo64Minus1), withRank(kTwoTo32Plus1),
                                       withRank("7.5"), nested(1000000, "").toStdString()}) {
            try {
                (void)parsePublishedCatalog(bad, "catalog.json");
                QFAIL("hostile catalogue accepted");
            } catch (const LoadError& e) {
                QVERIFY2(QString(e.what()).startsWith("catalog.json: "), e.what());
            }
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
