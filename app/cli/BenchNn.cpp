// tensorgame-cli bench nn: evaluations per second of the policy/value network behind the
// Evaluator interface (one torso call + the decoder's steps for K sampled moves per state), at
// batch 1 and 16, on one LibTorch thread unless told otherwise.
#include <QCoreApplication>
#include <sstream>

#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "CommonOptions.h"
#include "NnModule.h"
#include "core/nn/NetBench.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "nn")}};

constexpr OptionSpec kOptions[] = {
    agentSizesToMeasureOption(),
    coefficientsOption(),
    integerOption("samples", "K", "32", 0, 4096,
                  QT_TRANSLATE_NOOP("cli", "Moves sampled per state (default 32).")),
    libTorchThreadsOption(),
    measureSecondsOption("1", QT_TRANSLATE_NOOP("cli", "Seconds per measurement (default 1).")),
    measurementJsonOption(),
};

constexpr CommandSpec kCommand{
    "bench nn",
    QT_TRANSLATE_NOOP("cli",
                      "'bench nn' measures network evaluations per second (states evaluated, "
                      "each with K sampled moves) at batch 1 and 16."),
    kPositionals, kOptions};

// The network for `size` and `set`, at batch 1 and 16, for --seconds each; prints its rates.
// Throws what the network throws (a size it cannot be built for).
void measureNetwork(const TensorSize& size, CoefficientSet set, int samples, int threads,
                    const BenchSettings& settings) {
    const auto config = nn::NetworkConfig::forSize(size, set);
    config.validate();
    for (const int batch : {1, 16}) {
        const auto r = nn::benchmarkNetwork(config, batch, samples, threads, settings.seconds);
        std::ostringstream text;
        text << "network " << size.toString() << " " << coefficientSetName(set) << " ("
             << r.parameters << " parameters), batch " << batch << ", " << samples << " samples, "
             << threads << " thread(s): " << static_cast<long long>(r.evaluationsPerSecond + 0.5)
             << " evaluations/s (" << 1000.0 * r.seconds / r.calls << " ms per call)";
        printMeasurement(settings.json,
                         {{"benchmark", "nn"},
                          {"size", size.toString()},
                          {"coefficients", coefficientSetName(set)},
                          {"batch", batch},
                          {"samples", samples},
                          {"threads", threads},
                          {"parameters", r.parameters},
                          {"calls", r.calls},
                          {"seconds", r.seconds},
                          {"evaluations_per_second", r.evaluationsPerSecond}},
                         text.str());
    }
}

int execute(const Options& options) {
    const int samples = options.get<int>("samples");
    const int threads = options.get<int>("threads");
    const auto set = options.get<CoefficientSet>("coefficients");
    const auto measure = [&](const TensorSize& size, const BenchSettings& settings) {
        measureNetwork(size, set, samples, threads, settings);
    };
    return measureEachSize(kCommand, options, measure);
}

}  // namespace

int benchNnMain(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
