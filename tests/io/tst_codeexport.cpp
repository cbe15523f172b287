// The exported formulas, LaTeX and code: the generated C++ is compiled and the generated Python
// run, and both must multiply random integer matrices exactly like the schoolbook algorithm.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/io/CodeExport.h"
#include "core/io/FileIO.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Cost.h"

using namespace tg;

namespace {

Scheme scheme(const QString& spec) {
    return loadSchemes(spec.toStdString()).at(0).scheme;
}

QString sharedScheme(const QString& rel) {
    return QString(TG_DATA_DIR) + "/schemes/" + rel;
}

struct Proc {
    int code = -1;
    QString out;
};

Proc run(const QString& program, const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(300000)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAll())};
}

// A driver that multiplies random matrices of the given multiple of the base size with the
// generated function (cutoff 1, so every level of the recursion runs) and with the schoolbook
// loop, and prints "OK" when they agree exactly.
QString cppDriver(const Scheme& s, int scale, bool floating) {
    const QString T = floating ? "double" : "long long";
    return QString(R"(#include "scheme.hpp"
#include <cstdio>
#include <random>
#include <vector>
int main() {
    const int N = %1, M = %2, P = %3;
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> d(-9, 9);
    std::vector<%4> A(N * M), B(M * P), C(N * P), R(N * P);
    for (auto& x : A) x = d(rng);
    for (auto& x : B) x = d(rng);
    multiply<%4>(A.data(), B.data(), C.data(), N, M, P, 1);
    for (int i = 0; i < N; ++i)
        for (int k = 0; k < P; ++k) {
            %4 s = 0;
            for (int j = 0; j < M; ++j) s += A[i * M + j] * B[j * P + k];
            R[i * P + k] = s;
        }
    for (int i = 0; i < N * P; ++i)
        if (C[i] != R[i]) { std::printf("MISMATCH at %d\n", i); return 1; }
    std::printf("OK\n");
    return 0;
}
)")
        .arg(s.size.n * scale)
        .arg(s.size.m * scale)
        .arg(s.size.p * scale)
        .arg(T);
}

}  // namespace

class TestCodeExport : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void formulasReadLikeThePaper() {
        const std::string f = formulasText(strassenScheme());
        QVERIFY(f.find("m1 = (a11 + a22) (b11 + b22)") != std::string::npos);
        QVERIFY(f.find("c22 = m1 - m2 + m3 + m6") != std::string::npos);
        QVERIFY(f.find("7 multiplications and 18 additions") != std::string::npos);
        const std::string tex = latexText(strassenScheme());
        QVERIFY(tex.find("\\begin{align*}") != std::string::npos);
        QVERIFY(tex.find("m_{1} &= (a_{11} + a_{22}) (b_{11} + b_{22}) \\\\") != std::string::npos);
        QVERIFY(tex.find("c_{11} &= m_{1} + m_{4} - m_{5} + m_{7}") != std::string::npos);
        QCOMPARE(generatedCodeAdditions(winogradScheme()), cost(winogradScheme()).additions);
    }

    void generatedCppMultipliesCorrectly_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("floating");
        QTest::newRow("strassen 2 levels") << "builtin:strassen" << 4 << false;
        QTest::newRow("winograd") << "builtin:winograd" << 2 << false;
        QTest::newRow("laderman") << "builtin:laderman" << 3 << false;
        QTest::newRow("hopcroft-kerr 2x2x3") << "builtin:hopcroft-kerr" << 2 << false;
        QTest::newRow("2x5x13 published") << sharedScheme("txt/2x5x13_m102_Z.txt") << 1 << false;
        QTest::newRow("4x4x4 rank 48 over Q") << sharedScheme("mpl/4x4x4_tensor.mpl") << 1 << true;
    }
    void generatedCppMultipliesCorrectly() {
        QFETCH(QString, spec);
        QFETCH(int, scale);
        QFETCH(bool, floating);
        const Scheme s = scheme(spec);
        QTemporaryDir dir;
        writeFileAtomic(dir.filePath("scheme.hpp").toStdString(), cppCode(s));
        writeFileAtomic(dir.filePath("main.cpp").toStdString(),
                        cppDriver(s, scale, floating).toStdString());
        const Proc build = run(TG_CXX_COMPILER, {"-std=c++17", "-O1", "-Wall", "-Werror", "-o",
                                                 dir.filePath("driver"), dir.filePath("main.cpp")});
        QVERIFY2(build.code == 0, qPrintable(build.out));
        const Proc result = run(dir.filePath("driver"), {});
        QCOMPARE(result.out.trimmed(), QString("OK"));
        QCOMPARE(result.code, 0);
    }

    void generatedPythonMultipliesCorrectly_data() { generatedCppMultipliesCorrectly_data(); }
    void generatedPythonMultipliesCorrectly() {
        QFETCH(QString, spec);
        QFETCH(int, scale);
        QFETCH(bool, floating);
        const Scheme s = scheme(spec);
        QTemporaryDir dir;
        writeFileAtomic(dir.filePath("scheme.py").toStdString(), pythonCode(s));
        const QString check = QString(R"(
import sys, numpy as np
sys.path.insert(0, %1)
from scheme import multiply
rng = np.random.default_rng(7)
A = rng.integers(-9, 10, size=(%2, %3))
B = rng.integers(-9, 10, size=(%3, %4))
C = multiply(A, B, cutoff=1)
ok = np.allclose(C, A @ B, rtol=0, atol=1e-9) if %5 else np.array_equal(C, A @ B)
print("OK" if ok and C.shape == (%2, %4) else "MISMATCH")
)")
                                  .arg("'" + dir.path() + "'")
                                  .arg(s.size.n * scale)
                                  .arg(s.size.m * scale)
                                  .arg(s.size.p * scale)
                                  .arg(floating ? "True" : "False");
        // Debian's interpreter has NumPy (python3-numpy); a python3 earlier on PATH may not.
        const Proc result = run("/usr/bin/python3", {"-c", check});
        QVERIFY2(result.out.trimmed() == "OK", qPrintable(result.out));
    }
};

QTEST_APPLESS_MAIN(TestCodeExport)
#include "tst_codeexport.moc"
