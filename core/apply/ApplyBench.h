#pragma once
// Measuring a scheme on real matrices against Eigen's product and the classical loop: what
// `tensorgame-cli bench apply` prints and the GUI's Run panel plots. No Qt.
//
// Inputs are n x n matrices with entries uniform in [-1, 1] (float or double). Each product is
// timed (wall clock, the fastest of `repeat` runs); its error is the relative error in the
// Frobenius norm, ||C^ - C||_F / ||C||_F, over `sampleRows` evenly spaced rows of C (all rows
// when n is at most that), against the same rows computed in long double (64-bit significand:
// 2^11 times finer than double) from the same inputs. Sampling rows keeps the reference cheap
// at n = 2048, and the estimate is unbiased for such inputs.
#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/apply/ApplyPlan.h"

namespace tg::apply {

struct BenchConfig {
    bool useFloat = false;  // float instead of double
    int threads = 1;        // workers for the scheme's top level and for Eigen's column stripes
    int naiveMax = 1024;    // the classical loop runs only up to this n (it is slow)
    int repeat = 1;         // runs per timing; the fastest counts
    std::uint64_t seed = 1;
    int sampleRows = 128;
    const std::atomic<bool>* stop = nullptr;  // checked between and inside products
};

// One timing: wall clock, and the processor time of the process over the same run (on a machine
// shared with other jobs, wall time includes waiting for a core; processor time does not, but
// with several threads it adds theirs up).
struct Timing {
    double seconds = 0;
    double cpuSeconds = 0;
};

struct SizeResult {
    int n = 0;
    int cutoff = 0;
    int levels = 0;  // levels of the scheme applied at this n and cutoff
    Timing scheme;
    Timing eigen;
    std::optional<Timing> naive;  // above naiveMax: not run
    double schemeError = 0;
    double eigenError = 0;
    std::optional<double> naiveError;
    std::int64_t blockAdditions = 0;  // of one scheme product, all levels
};

// Effective GFLOP/s of an n x n product taking `seconds`: 2 n^3 / seconds / 1e9.
[[nodiscard]] double effectiveGflops(int n, double seconds);

// The cutoff among {16, 32, ..., 512} (those below n, so that at least one level runs) with the
// fastest scheme product at size min(n, 1024), one run each: a quick measurement, not a sweep.
// Throws ApplyStopped when the stop flag is set.
[[nodiscard]] int chooseCutoff(const ApplyPlan& plan, int n, const BenchConfig& config);

// Times and errors of the scheme (at `cutoff`), Eigen and (n <= naiveMax) the classical loop.
// Throws ApplyStopped when the stop flag is set.
[[nodiscard]] SizeResult measureSize(const ApplyPlan& plan, int n, int cutoff,
                                     const BenchConfig& config);

// The scheme's error alone, `levels` levels deep (fewer when a block dimension reaches 1 first):
// no timing and no other product. The inputs and the reference are measureSize's for the same n
// and seed, so every scheme compared at one n sees the same matrices (float gets them rounded).
// What the app's Compare Schemes table shows. Throws ApplyStopped when the stop flag is set.
struct ErrorSample {
    int levels = 0;  // levels applied
    double error = 0;
};
[[nodiscard]] ErrorSample measureError(const ApplyPlan& plan, int n, int levels,
                                       const BenchConfig& config);

}  // namespace tg::apply
