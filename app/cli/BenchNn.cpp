// tensorgame-cli bench nn: evaluations per second of the policy/value network behind the
// Evaluator interface (one torso call + the decoder's steps for K sampled moves per state), side
// by side with the LibTorch module doing the same work (on --threads LibTorch threads), their
// ratio, and how far apart the two passes' outputs are.
#include <QCoreApplication>
#include <cmath>
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
                      "each with K sampled moves), beside LibTorch doing the same work."),
    kPositionals, kOptions};

// The network for `size` and `set`, each pass for --seconds; prints the rates and their ratio.
// Throws what the network throws (a size it cannot be built for).
void measureNetwork(const TensorSize& size, CoefficientSet set, int samples, int threads,
                    const BenchSettings& settings) {
    const auto config = nn::NetworkConfig::forSize(size, set);
    config.validate();
    const auto r = nn::benchmarkNetwork(config, samples, threads, settings.seconds);
    std::ostringstream text;
    text << "network " << size.toString() << " " << coefficientSetName(set) << " (" << r.parameters
         << " parameters), " << samples << " samples: " << std::llround(r.evaluationsPerSecond)
         << " evaluations/s; LibTorch (" << threads
         << " thread(s)) on the same work: " << std::llround(r.libTorchPerSecond) << "/s; ratio "
         << r.evaluationsPerSecond / r.libTorchPerSecond << "; largest differences: value "
         << r.valueDifference << ", probability " << r.probabilityDifference;
    printMeasurement(settings.json,
                     {{"benchmark", "nn"},
                      {"size", size.toString()},
                      {"coefficients", coefficientSetName(set)},
                      {"samples", samples},
                      {"threads", threads},
                      {"parameters", r.parameters},
                      {"seconds", settings.seconds},
                      {"evaluations_per_second", r.evaluationsPerSecond},
                      {"libtorch_per_second", r.libTorchPerSecond},
                      {"value_difference", r.valueDifference},
                      {"probability_difference", r.probabilityDifference}},
                     text.str());
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
