// Every published text format in ../shared/data: read, verify in its field, and survive a round
// trip through every writer; bad input gives a clear error naming the file and line.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/io/ExpFormat.h"
#include "core/io/FileIO.h"
#include "core/io/FmmJsonFormat.h"
#include "core/io/LoadError.h"
#include "core/io/MatrixListFormats.h"
#include "core/io/NpzFormat.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeFormat.h"
#include "core/io/SchemeSource.h"
#include "core/io/TxtFormat.h"
#include "core/tensor/Verification.h"

using namespace tg;

namespace {
QString data(const QString& rel) {
    return QString(TG_SHARED_DATA) + "/schemes/" + rel;
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
              "exp/444-47-mod2.exp", "m/Laderman-333-23-98.m", "txt/2x5x13_m102_Z.txt"})
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
            (QString(TG_SHARED_DATA) + "/alphatensor/" + archive).toStdString();
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
