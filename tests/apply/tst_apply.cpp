// The recursive product is exact: every built-in scheme and every scheme bundled in data/ that
// is valid over the rationals, applied to random integer matrices with exact arithmetic, gives
// exactly the classical product, through two levels and with sizes that do not divide. The
// additions it performs are the shared plan's count, the one the app shows.
#include <QtTest>

#include "ApplyTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/Seeds.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Stability.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::apply;

Q_DECLARE_METATYPE(tg::Scheme)

namespace {
constexpr std::uint64_t kSeed = 17;
constexpr int kMaxRank = 100;  // the limit for the exactness check
}  // namespace

class TestApply : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // One row per scheme up to rank 100; the schemes above it are named in the log.
    void exactOnIntegers_data() {
        QTest::addColumn<Scheme>("scheme");
        QStringList overLimit;
        int rows = 0;
        for (test::NamedScheme& n : test::everyBuiltinAndBundledScheme()) {
            if (n.scheme.rank() > kMaxRank) {
                overLimit << QString::fromStdString(n.source + " (rank " +
                                                    std::to_string(n.scheme.rank()) + ")");
                continue;
            }
            QTest::newRow(n.source.c_str()) << n.scheme;
            ++rows;
        }
        qInfo("%d schemes up to rank %d checked; above the limit, not run: %s", rows, kMaxRank,
              qPrintable(overLimit.join(QStringLiteral(", "))));
        QVERIFY(rows >= 40);  // the builtins and the bundled files, not an empty glob
    }
    // A scheme valid over Q is exact on integers; one valid only mod 2 is not an algorithm
    // over the integers, and is checked to be exactly that (valid mod 2, not over Q).
    void exactOnIntegers() {
        QFETCH(Scheme, scheme);
        if (!verify(scheme, Field::Q).valid) {
            QVERIFY(verify(scheme, Field::Z2).valid);
            QVERIFY(!verify(scheme, Field::Z).valid);
            qInfo("valid only mod 2: checked to be so, not run over the integers");
            return;
        }
        const TensorSize& s = scheme.size;
        // n*n + 1 rows (and so on) never divide at the top when n > 1: the first level pads.
        const Eigen::Index rows = s.n * s.n + 1;
        const Eigen::Index inner = s.m * s.m + 1;
        const Eigen::Index cols = s.p * s.p + 1;
        const auto a = test::randomIntegers<Rational>(rows, inner, 9, search::seedFor(kSeed, 1));
        const auto b = test::randomIntegers<Rational>(inner, cols, 9, search::seedFor(kSeed, 2));
        ApplyCounters counters;
        const Matrix<Rational> c = applyScheme(
            makePlan(scheme), a, b, ApplyOptions{.cutoff = 1, .maxLevels = 2}, &counters);
        QVERIFY(c == naiveProduct(a, b));
        QCOMPARE(counters.levels, 2);
        if (s.n > 1 || s.m > 1 || s.p > 1) QVERIFY(counters.paddedLevels > 0);
    }

    // Sizes that divide at no level, down to the cutoff, in double and exactly.
    void nonDividingSizes_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("inner");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("cutoff");
        QTest::newRow("strassen 37x29x23") << "strassen" << 37 << 29 << 23 << 2;
        QTest::newRow("strassen 3x9x5") << "strassen" << 3 << 9 << 5 << 1;
        QTest::newRow("winograd 33x33x33") << "winograd" << 33 << 33 << 33 << 3;
        QTest::newRow("laderman 28x10x17") << "laderman" << 28 << 10 << 17 << 2;
        QTest::newRow("hopcroft-kerr 19x23x31") << "hopcroft-kerr" << 19 << 23 << 31 << 2;
    }
    void nonDividingSizes() {
        QFETCH(QString, key);
        QFETCH(int, rows);
        QFETCH(int, inner);
        QFETCH(int, cols);
        QFETCH(int, cutoff);
        const auto scheme = builtinScheme(key.toStdString());
        QVERIFY(scheme.has_value());
        const ApplyPlan plan = makePlan(*scheme);
        const ApplyOptions options{.cutoff = cutoff};
        const auto a = test::randomIntegers<Rational>(rows, inner, 5, search::seedFor(kSeed, 3));
        const auto b = test::randomIntegers<Rational>(inner, cols, 5, search::seedFor(kSeed, 4));
        QVERIFY(applyScheme(plan, a, b, options) == naiveProduct(a, b));
        // Small integers stay exact in double as well.
        const auto ad = test::randomIntegers<double>(rows, inner, 5, search::seedFor(kSeed, 5));
        const auto bd = test::randomIntegers<double>(inner, cols, 5, search::seedFor(kSeed, 6));
        ApplyCounters counters;
        QVERIFY(applyScheme(plan, ad, bd, options, &counters) == naiveProduct(ad, bd));
        QVERIFY(counters.paddedLevels > 0);
    }

    // --threads: the top level's products on two workers give the same product, with the same
    // additions, as one thread.
    void parallelTopLevelIsTheSame() {
        const ApplyPlan plan = makePlan(ladermanScheme());
        const auto a = test::randomIntegers<Rational>(29, 31, 5, search::seedFor(kSeed, 7));
        const auto b = test::randomIntegers<Rational>(31, 23, 5, search::seedFor(kSeed, 8));
        ApplyCounters one;
        ApplyCounters two;
        const auto c1 = applyScheme(plan, a, b, ApplyOptions{.cutoff = 2}, &one);
        const auto c2 = applyScheme(plan, a, b, ApplyOptions{.cutoff = 2, .threads = 2}, &two);
        QVERIFY(c1 == naiveProduct(a, b));
        QVERIFY(c2 == c1);
        QCOMPARE(two.blockAdditions, one.blockAdditions);
        QCOMPARE(two.baseProducts, one.baseProducts);
        QCOMPARE(two.levels, one.levels);
        QVERIFY(one.levels >= 2);
    }

    // One level performs exactly the additions of the shared plan (what info and the formula
    // panel show); L levels perform them once per recursion step.
    void additionsAreThePlans_data() {
        QTest::addColumn<QString>("key");
        for (const CatalogEntry& e : catalogEntries())
            if (e.rank <= kMaxRank) QTest::newRow(e.key.c_str()) << QString::fromStdString(e.key);
    }
    void additionsAreThePlans() {
        QFETCH(QString, key);
        const Scheme scheme = *builtinScheme(key.toStdString());
        const ApplyPlan plan = makePlan(scheme);
        QCOMPARE(plan.additions(), additionsWithSharing(scheme));
        const TensorSize& s = scheme.size;
        const auto a = test::randomIntegers<double>(s.n * s.n, s.m * s.m, 3, kSeed);
        const auto b = test::randomIntegers<double>(s.m * s.m, s.p * s.p, 3, kSeed + 1);
        for (int levels = 1; levels <= 2; ++levels) {
            ApplyCounters counters;
            (void)applyScheme(plan, a, b, ApplyOptions{.cutoff = 1, .maxLevels = levels},
                              &counters);
            const std::int64_t steps = levels == 1 ? 1 : 1 + plan.products();
            QCOMPARE(counters.levels, levels);
            QCOMPARE(counters.blockAdditions, steps * plan.additions());
            QCOMPARE(counters.paddedLevels, std::int64_t(0));
        }
    }

    // Ballard et al. (2016) report 12 for Strassen's algorithm and 18 for Winograd's variant;
    // the classical algorithm's factor is its inner dimension.
    void stabilityFactors() {
        QCOMPARE(stabilityFactor(strassenScheme()), 12.0);
        QCOMPARE(stabilityFactor(winogradScheme()), 18.0);
        QCOMPARE(stabilityFactor(naiveScheme({2, 2, 2})), 2.0);
        QCOMPARE(stabilityFactor(naiveScheme({3, 5, 4})), 5.0);
        QCOMPARE(stabilityFactorText(strassenScheme()), std::string("12"));
    }

    // The window's plan is the same plan; a set stop flag ends the sharing pass itself.
    void planWithinIsThePlanAndStops() {
        const auto plan = makePlanWithin(winogradScheme(), nullptr);
        QVERIFY(plan.has_value());
        QCOMPARE(plan->additions(), 15);
        QCOMPARE(plan->sharing.products, makePlan(winogradScheme()).sharing.products);
        QCOMPARE(plan->stability, 18.0);
        const std::atomic<bool> stop{true};
        QCOMPARE(makePlanWithin(winogradScheme(), &stop).has_value(), false);
        QCOMPARE(shareSubexpressionsWithin(ladermanScheme(), kBackgroundSharingBudget, &stop)
                     .has_value(),
                 false);
        QCOMPARE(shareSubexpressionsWithin(ladermanScheme(), kBackgroundSharingBudget)->additions(),
                 additionsWithSharing(ladermanScheme()));
    }

    void refusesMismatchedShapes() {
        const ApplyPlan plan = makePlan(strassenScheme());
        const Matrix<double> a = Matrix<double>::Ones(4, 3);
        const Matrix<double> b = Matrix<double>::Ones(4, 4);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)applyScheme(plan, a, b, ApplyOptions{}));
    }

    void stopsWhenAsked() {
        const std::atomic<bool> stop{true};
        const ApplyPlan plan = makePlan(strassenScheme());
        const Matrix<double> a = Matrix<double>::Ones(8, 8);
        QVERIFY_THROWS_EXCEPTION(
            ApplyStopped, (void)applyScheme(plan, a, a, ApplyOptions{.cutoff = 1, .stop = &stop}));
    }
};

QTEST_GUILESS_MAIN(TestApply)
#include "tst_apply.moc"
