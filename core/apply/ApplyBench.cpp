#include "core/apply/ApplyBench.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <limits>
#include <random>

#include "core/apply/ParallelFor.h"
#include "core/apply/RecursiveProduct.h"
#include "core/search/Seeds.h"

namespace tg::apply {

namespace {

using Clock = std::chrono::steady_clock;

template <class Scalar>
Matrix<Scalar> uniform(int n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> dist(-1.0, 1.0);
    Matrix<Scalar> m(n, n);
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < n; ++i) m(i, j) = static_cast<Scalar>(dist(rng));
    return m;
}

// The fastest of `repeat` runs of `f` (wall clock), with that run's processor time.
template <class F>
Timing fastest(int repeat, F&& f) {
    Timing best{std::numeric_limits<double>::infinity(), 0};
    for (int r = 0; r < std::max(1, repeat); ++r) {
        const std::clock_t cpu0 = std::clock();
        const auto t0 = Clock::now();
        f();
        const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
        const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
        if (wall < best.seconds) best = {wall, cpu};
    }
    return best;
}

void checkStop(const BenchConfig& config) {
    if (config.stop != nullptr && config.stop->load()) throw ApplyStopped();
}

// Rows of C = A B sampled evenly, in long double: the reference of every error.
struct Reference {
    std::vector<Eigen::Index> rows;
    Matrix<long double> values;  // rows.size() x n
};

template <class Scalar>
Reference reference(const Matrix<Scalar>& a, const Matrix<Scalar>& b, int sampleRows) {
    Reference ref;
    const Eigen::Index n = a.rows();
    const Eigen::Index count = std::min<Eigen::Index>(n, std::max(1, sampleRows));
    for (Eigen::Index s = 0; s < count; ++s) ref.rows.push_back(s * n / count);
    Matrix<long double> sampled(count, a.cols());
    for (Eigen::Index s = 0; s < count; ++s)
        sampled.row(s) = a.row(ref.rows[std::size_t(s)]).template cast<long double>();
    ref.values = naiveProduct<long double>(sampled, b.template cast<long double>());
    return ref;
}

template <class Scalar>
double relativeError(const Matrix<Scalar>& c, const Reference& ref) {
    long double diff = 0;
    long double norm = 0;
    for (std::size_t s = 0; s < ref.rows.size(); ++s)
        for (Eigen::Index j = 0; j < c.cols(); ++j) {
            const long double r = ref.values(Eigen::Index(s), j);
            const long double d = static_cast<long double>(c(ref.rows[s], j)) - r;
            diff += d * d;
            norm += r * r;
        }
    return norm > 0 ? static_cast<double>(std::sqrt(diff / norm)) : 0.0;
}

// C = A * B with `product(A, stripe of B, stripe of C)`, on `threads` column stripes at once.
template <class Scalar, class Product>
void productOnStripes(const Matrix<Scalar>& a, const Matrix<Scalar>& b, Matrix<Scalar>& c,
                      int threads, Product product) {
    const Eigen::Index cols = b.cols();
    const int stripes = std::max(1, threads);
    parallelFor(stripes, threads, [&](int s) {
        const Eigen::Index begin = cols * s / stripes;
        const Eigen::Index end = cols * (s + 1) / stripes;
        product(a, b.middleCols(begin, end - begin), c.middleCols(begin, end - begin));
    });
}

template <class Scalar>
void eigenProduct(const Matrix<Scalar>& a, const Matrix<Scalar>& b, Matrix<Scalar>& c,
                  int threads) {
    productOnStripes(a, b, c, threads,
                     [](const Matrix<Scalar>& x, const auto& y, auto z) { z.noalias() = x * y; });
}

template <class Scalar>
void naiveProductInto(const Matrix<Scalar>& a, const Matrix<Scalar>& b, Matrix<Scalar>& c,
                      int threads) {
    productOnStripes(a, b, c, threads, [](const Matrix<Scalar>& x, const auto& y, auto z) {
        z = naiveProduct<Scalar>(x, y);
    });
}

template <class Scalar>
SizeResult measure(const ApplyPlan& plan, int n, int cutoff, const BenchConfig& config) {
    SizeResult r;
    r.n = n;
    r.cutoff = cutoff;
    const Matrix<Scalar> a = uniform<Scalar>(n, search::seedFor(config.seed, 2 * std::uint64_t(n)));
    const Matrix<Scalar> b =
        uniform<Scalar>(n, search::seedFor(config.seed, 2 * std::uint64_t(n) + 1));
    const Reference ref = reference(a, b, config.sampleRows);
    checkStop(config);
    const ApplyOptions options{.cutoff = cutoff, .stop = config.stop, .threads = config.threads};
    Matrix<Scalar> c;
    r.scheme = fastest(config.repeat, [&] {
        ApplyCounters counters;
        c = applyScheme(plan, a, b, options, &counters);
        r.levels = counters.levels;
        r.blockAdditions = counters.blockAdditions;
    });
    r.schemeError = relativeError(c, ref);
    checkStop(config);
    c.resize(n, n);
    r.eigen = fastest(config.repeat, [&] { eigenProduct(a, b, c, config.threads); });
    r.eigenError = relativeError(c, ref);
    checkStop(config);
    if (n <= config.naiveMax) {
        r.naive = fastest(1, [&] { naiveProductInto(a, b, c, config.threads); });
        r.naiveError = relativeError(c, ref);
    }
    return r;
}

template <class Scalar>
ErrorSample errorOf(const ApplyPlan& plan, int n, int levels, const BenchConfig& config) {
    const Matrix<Scalar> a = uniform<Scalar>(n, search::seedFor(config.seed, 2 * std::uint64_t(n)));
    const Matrix<Scalar> b =
        uniform<Scalar>(n, search::seedFor(config.seed, 2 * std::uint64_t(n) + 1));
    const Reference ref = reference(a, b, config.sampleRows);
    checkStop(config);
    // Cutoff 1: the levels asked for decide where Eigen takes over, not the block size.
    const ApplyOptions options{
        .cutoff = 1, .maxLevels = levels, .stop = config.stop, .threads = config.threads};
    ApplyCounters counters;
    const Matrix<Scalar> c = applyScheme(plan, a, b, options, &counters);
    return {counters.levels, relativeError(c, ref)};
}

template <class Scalar>
int fastestCutoff(const ApplyPlan& plan, int n, const BenchConfig& config) {
    const int probe = std::min(n, 1024);
    int best = 64;
    double bestSeconds = std::numeric_limits<double>::infinity();
    const auto a = uniform<Scalar>(probe, config.seed);
    const auto b = uniform<Scalar>(probe, config.seed + 1);
    // Only cutoffs below the probe size, so that at least one level runs.
    for (int cutoff = 16; cutoff <= 512 && cutoff < probe; cutoff *= 2) {
        checkStop(config);
        const ApplyOptions options{
            .cutoff = cutoff, .stop = config.stop, .threads = config.threads};
        const double t = fastest(1, [&] { (void)applyScheme(plan, a, b, options); }).seconds;
        if (t < bestSeconds) {
            bestSeconds = t;
            best = cutoff;
        }
    }
    return best;
}

}  // namespace

double effectiveGflops(int n, double seconds) {
    const double flops = 2.0 * double(n) * double(n) * double(n);
    return seconds > 0 ? flops / seconds / 1e9 : 0.0;
}

int chooseCutoff(const ApplyPlan& plan, int n, const BenchConfig& config) {
    return config.useFloat ? fastestCutoff<float>(plan, n, config)
                           : fastestCutoff<double>(plan, n, config);
}

SizeResult measureSize(const ApplyPlan& plan, int n, int cutoff, const BenchConfig& config) {
    return config.useFloat ? measure<float>(plan, n, cutoff, config)
                           : measure<double>(plan, n, cutoff, config);
}

ErrorSample measureError(const ApplyPlan& plan, int n, int levels, const BenchConfig& config) {
    return config.useFloat ? errorOf<float>(plan, n, levels, config)
                           : errorOf<double>(plan, n, levels, config);
}

}  // namespace tg::apply
