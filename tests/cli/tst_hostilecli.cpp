// Hostile files through the real tensorgame-cli: whatever a file holds, the command ends with
// exit status 2 and a message on stderr (or a correct answer), never with a signal or an abort.
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/FileIO.h"
#include "core/io/NpyArray.h"
#include "core/io/ZipArchive.h"
#include "support/CliRun.h"

namespace {

using tg::testing::CliRun;
using tg::testing::runCli;

// A FastMatrixMultiplication JSON scheme (a <1,1,1> one unless `n` and the rows say otherwise).
QByteArray fmmJson(const QByteArray& u, const QByteArray& v = "[[1]]",
                   const QByteArray& n = "[1,1,1]", const QByteArray& m = "1") {
    return R"({"n":)" + n + R"(,"m":)" + m + R"(,"u":)" + u + R"(,"v":)" + v + R"(,"w":)" +
           QByteArray(m == "2" ? "[[1],[1]]" : "[[1]]") + "}";
}

// An archive of one <1,1,1> int64 array whose u coefficient is `u`.
QByteArray npzWithInt64(std::int64_t u) {
    std::string npy = tg::formatNpyHeader(tg::NpyDtype::Int64, {3, 1, 1});
    for (const std::int64_t x : {u, std::int64_t{1}, std::int64_t{1}})
        tg::appendLittleEndian(npy, static_cast<std::uint64_t>(x), 8);
    return QByteArray::fromStdString(tg::writeZip({{"1,1,1.npy", npy}}));
}

class Files {
  public:
    QString write(const QString& name, const QByteArray& content) {
        const QString path = dir_.filePath(name);
        tg::writeFileAtomic(path.toStdString(), content.toStdString());
        return path;
    }

  private:
    QTemporaryDir dir_;
};

// The contract for unreadable input: exit 2, the message on stderr, nothing claimed on stdout.
void expectRefused(const CliRun& r, const QString& message) {
    QVERIFY2(r.exitCode != -2, "crashed (killed by a signal)");
    QVERIFY2(r.exitCode != -1, "did not finish");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("tensorgame-cli: "), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!r.err.contains("internal error"), qPrintable(r.err));
    QVERIFY2(!r.out.contains("valid over"), qPrintable(r.out));
}

}  // namespace

class TestHostileCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void hostileFileIsRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray deep = QByteArray(1000000, '[') + "1" + QByteArray(1000000, ']');
        QTest::newRow("json a million deep")
            << "deep.json" << fmmJson("[[" + deep + "]]") << "deep.json: nested deeper than 64";
        QTest::newRow("project a million deep")
            << "deep.json"
            << R"({"format":"tensorgame-explorer","version":1,"kind":"scheme","size":[1,1,1],)"
               R"("field":"Z","terms":[{"u":)" +
                   deep + R"(,"v":[1],"w":[1]}]})"
            << "deep.json: nested deeper than 64";
        QTest::newRow("json -2^63")
            << "min.json" << fmmJson("[[-9223372036854775808]]")
            << R"(min.json: "u"[0][0]: -9223372036854775808 is out of range)";
        QTest::newRow("npz -2^63")
            << "min.npz" << npzWithInt64(std::numeric_limits<std::int64_t>::min())
            << "min.npz#1,1,1: coefficient -9223372036854775808 at u[0] of term 1";
        QTest::newRow("txt -2^63")
            << "min.txt" << QByteArray("1 1 1 1\n-9223372036854775808/3\n1\n1\n")
            << "min.txt:2:1: expected a number";
        // Read as -1 each, these would make u*v*w = 1: "valid over Z".
        QTest::newRow("json 2^64-1 wraps to a valid scheme")
            << "wrap.json" << fmmJson("[[18446744073709551615]]", "[[18446744073709551615]]")
            << R"(wrap.json: "u"[0][0]: 18446744073709551615 does not fit a 64-bit integer)";
        QTest::newRow("json n 2^32+1 wraps to 1")
            << "n.json" << fmmJson("[[1]]", "[[1]]", "[4294967297,1,1]")
            << R"(n.json: "n"[0]: 4294967297 does not fit a 32-bit integer)";
        QTest::newRow("npz empty zip")
            << "empty.npz" << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0')
            << "empty.npz: no schemes in the archive";
        QTest::newRow("npz without arrays")
            << "other.npz"
            << QByteArray::fromStdString(tg::writeZip({{"readme.txt", "not an array"}}))
            << "other.npz#readme.txt: member 'readme.txt' is not an array";
    }
    void hostileFileIsRefused() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        Files files;
        const QString path = files.write(name, content);
        for (const char* command : {"info", "verify"}) {
            const CliRun r = runCli({command, path});
            expectRefused(r, path.left(path.lastIndexOf('/') + 1) + message);
            if (QTest::currentTestFailed()) qWarning() << "command:" << command;
        }
    }

    // Legal coefficients too large for one of info's computations: that line says so, the
    // rest is printed, and the command ends normally.
    void largeCoefficientsDoNotAbortInfo() {
        Files files;
        const QByteArray a = R"("999999999999999999/999999999999999998")";
        const QByteArray b = R"("999999999999999997/999999999999999996")";
        const QString path =
            files.write("share.json", fmmJson("[[" + a + "," + b + "],[" + a + "," + b + "]]",
                                              "[[1,0],[1,0]]", "[1,2,1]", "2"));
        const CliRun r = runCli({"info", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("too large to count (sharing common subexpressions)"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("invalid over Q"), qPrintable(r.out));
        QVERIFY2(r.out.contains("c11 = m1 + m2"), qPrintable(r.out));
    }

    // 2^62 + 2^62 = 2^63 and -2^62 - 2^62 = -2^63: sums past 64 bits are still answered exactly.
    void sumsPast64BitsAreExact_data() {
        QTest::addColumn<QByteArray>("u");
        QTest::addColumn<QString>("got");
        QTest::newRow("2^63") << QByteArray("4611686018427387904") << "got 9223372036854775808";
        QTest::newRow("-2^63") << QByteArray("-4611686018427387904") << "got -9223372036854775808";
    }
    void sumsPast64BitsAreExact() {
        QFETCH(QByteArray, u);
        QFETCH(QString, got);
        Files files;
        const QString path = files.write(
            "sum.json", fmmJson("[[" + u + "],[" + u + "]]", "[[1],[1]]", "[1,1,1]", "2"));
        const CliRun verify = runCli({"verify", path});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(got), qPrintable(verify.out));
        const CliRun info = runCli({"info", path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("invalid over Z"), qPrintable(info.out));
    }
};

QTEST_APPLESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
