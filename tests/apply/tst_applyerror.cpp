// Floating-point errors of the recursive product stay within the first-order bound of
// core/apply/ErrorBound.h (the stability factor raised to the number of levels), for float and
// double, on schemes with integer and with fractional coefficients.
#include <QtTest>

#include "ApplyTestSupport.h"
#include "core/apply/ApplyBench.h"
#include "core/apply/ErrorBound.h"
#include "core/catalog/Catalog.h"
#include "core/io/SchemeSource.h"
#include "core/search/Seeds.h"
#include "core/tensor/Stability.h"

using namespace tg;
using namespace tg::apply;

namespace {

Scheme schemeNamed(const QString& name) {
    if (name.startsWith(QLatin1String("builtin:")))
        return *builtinScheme(name.mid(8).toStdString());
    return loadSchemes(std::string(TG_DATA_DIR) + "/" + name.toStdString()).front().scheme;
}

// Max |x_ij| of the difference and the bound's right-hand side for one run in Scalar; the
// reference is the classical product in long double (u = 2^-64) of the same inputs, whose own
// error (k^2 * 2^-64 * ||A|| ||B||) is added to the bound.
template <class Scalar>
std::pair<double, double> errorAndBound(const Scheme& scheme, int size, int cutoff,
                                        double unitRoundoff, std::uint64_t seed) {
    const ApplyPlan plan = makePlan(scheme);
    const auto a = test::randomUniform<Scalar>(size, size, search::seedFor(seed, 1));
    const auto b = test::randomUniform<Scalar>(size, size, search::seedFor(seed, 2));
    ApplyCounters counters;
    const Matrix<Scalar> c = applyScheme(plan, a, b, ApplyOptions{.cutoff = cutoff}, &counters);
    const Matrix<long double> ref =
        naiveProduct<long double>(a.template cast<long double>(), b.template cast<long double>());
    const double error =
        static_cast<double>((c.template cast<long double>() - ref).cwiseAbs().maxCoeff());
    const double norms =
        static_cast<double>(a.cwiseAbs().maxCoeff()) * static_cast<double>(b.cwiseAbs().maxCoeff());
    const double k = size;
    const double refError = k * k * 5.421010862427522e-20 * norms;  // 2^-64
    if (counters.levels < 2) throw std::logic_error("expected at least two levels");
    return {error, errorBound(plan, size, counters.levels, unitRoundoff) * norms + refError};
}

}  // namespace

class TestApplyError : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void withinBound_data() {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("size");
        QTest::newRow("strassen") << "builtin:strassen" << 67;
        QTest::newRow("winograd") << "builtin:winograd" << 64;
        QTest::newRow("laderman") << "builtin:laderman" << 55;
        QTest::newRow("hopcroft-kerr") << "builtin:hopcroft-kerr" << 50;
        QTest::newRow("4x4x4 rank 48 over Q (1/2 coefficients)")
            << "published/fmm/4x4x4_m48_Q_4x4x4_tensor.mpl" << 70;
        QTest::newRow("3x4x5 rank 47")
            << "published/fmm/3x4x5_m47_Z_3x4x5_m47_cr161_cn277_ZT_reduced.json" << 61;
    }
    void withinBound() {
        QFETCH(QString, scheme);
        QFETCH(int, size);
        const Scheme s = schemeNamed(scheme);
        const auto [floatError, floatBound] =
            errorAndBound<float>(s, size, 3, kUnitRoundoffFloat, 1);
        QVERIFY2(floatError <= floatBound,
                 qPrintable(
                     QStringLiteral("float error %1 > bound %2").arg(floatError).arg(floatBound)));
        QVERIFY(floatError > 0);  // rounding happened: the comparison means something
        const auto [doubleError, doubleBound] =
            errorAndBound<double>(s, size, 3, kUnitRoundoffDouble, 2);
        QVERIFY2(
            doubleError <= doubleBound,
            qPrintable(
                QStringLiteral("double error %1 > bound %2").arg(doubleError).arg(doubleBound)));
        QVERIFY(doubleError < floatError);
    }

    // The bound grows by the stability factor per level: Strassen's (12) is looser than the
    // classical algorithm's (2) at the same depth, and looser at more levels.
    void boundGrowsWithTheFactor() {
        const ApplyPlan strassen = makePlan(strassenScheme());
        const ApplyPlan naive = makePlan(naiveScheme({2, 2, 2}));
        QCOMPARE(strassen.stability, 12.0);
        QVERIFY(errorBound(strassen, 256, 3, kUnitRoundoffDouble) >
                errorBound(naive, 256, 3, kUnitRoundoffDouble));
        QVERIFY(errorBound(strassen, 256, 3, kUnitRoundoffDouble) >
                errorBound(strassen, 256, 1, kUnitRoundoffDouble));
    }

    // What the app's Compare Schemes table measures: the levels asked for (fewer when the blocks
    // reach 1 first), the same matrices on every call, float coarser than double.
    void measureErrorAppliesTheLevelsAsked() {
        const ApplyPlan strassen = makePlan(strassenScheme());
        BenchConfig config;
        for (int levels = 1; levels <= 3; ++levels) {
            const ErrorSample inDouble = measureError(strassen, 64, levels, config);
            QCOMPARE(inDouble.levels, levels);
            QVERIFY(inDouble.error > 0 && inDouble.error < 1e-12);
            QCOMPARE(measureError(strassen, 64, levels, config).error, inDouble.error);
            config.useFloat = true;
            const ErrorSample inFloat = measureError(strassen, 64, levels, config);
            config.useFloat = false;
            QCOMPARE(inFloat.levels, levels);
            QVERIFY(inFloat.error > inDouble.error && inFloat.error < 1e-4);
        }
        QCOMPARE(measureError(strassen, 8, 6, config).levels, 3);  // 8 -> 4 -> 2 -> 1
        std::atomic<bool> stop{true};
        config.stop = &stop;
        QVERIFY_THROWS_EXCEPTION(ApplyStopped, (void)measureError(strassen, 64, 2, config));
    }
};

QTEST_GUILESS_MAIN(TestApplyError)
#include "tst_applyerror.moc"
