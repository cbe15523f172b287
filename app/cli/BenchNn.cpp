// tensorgame-cli bench nn: evaluations per second of the policy/value network behind the
// Evaluator interface (one torso call + the decoder's steps for K sampled moves per state), side
// by side with the LibTorch module doing the same work (on --threads LibTorch threads), their
// ratio, and how far apart the two passes' outputs are. The network is the model shipped for the
// size (or --model), since a trained policy's cost differs from an untrained one's.
#include <QCoreApplication>
#include <cmath>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "CommonOptions.h"
#include "NnModule.h"
#include "core/nn/DefaultModels.h"
#include "core/nn/ModelFile.h"
#include "core/nn/NetBench.h"
#include "core/nn/NetworkEvaluator.h"
#include "core/search/Evaluators.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "nn")}};

constexpr OptionSpec kOptions[] = {
    agentSizesToMeasureOption(),
    coefficientsOption(),
    integerOption("samples", "K", "32", 0, 4096,
                  QT_TRANSLATE_NOOP("cli", "Moves sampled per state (default 32).")),
    libTorchThreadsOption(),
    modelOption(QT_TRANSLATE_NOOP("cli",
                                  "Model file (default: the model shipped for the size, else an "
                                  "untrained network of the size's architecture).")),
    measureSecondsOption("1", QT_TRANSLATE_NOOP("cli", "Seconds per measurement (default 1).")),
    measurementJsonOption(),
};

constexpr CommandSpec kCommand{
    "bench nn",
    QT_TRANSLATE_NOOP("cli",
                      "'bench nn' measures network evaluations per second (states evaluated, "
                      "each with K sampled moves), beside LibTorch doing the same work."),
    kPositionals, kOptions};

struct MeasuredNetwork {
    std::unique_ptr<nn::NetworkEvaluator> evaluator;
    std::string description;  // the model file, or "untrained"
};

// `model`, else the model shipped for the game (the agent's rule, search::modelToLoad), else an
// untrained network of its architecture. Throws what loading throws (naming the file; also for a
// model of another game), and for "uniform", which names no network to measure.
MeasuredNetwork networkFor(const std::string& model, const TensorSize& size, CoefficientSet set) {
    if (model == "uniform")
        throw std::invalid_argument(
            QCoreApplication::translate("cli", "'bench nn' measures a network; 'uniform' is none")
                .toStdString());
    const std::string here = QCoreApplication::applicationDirPath().toStdString();
    const std::optional<std::string> path = search::modelToLoad(
        model, [&] { return nn::findDefaultModel(size, set, nn::defaultModelFolders(here)); });
    if (!path) {
        const auto config = nn::NetworkConfig::forSize(size, set);
        config.validate();
        return {nn::NetworkEvaluator::untrained(config, 1), "untrained"};
    }
    return {nn::loadEvaluator(*path, size, set), *path};
}

// The network for `size` and `set`, each pass for --seconds; prints the rates and their ratio.
// Throws what the network throws (a size it cannot be built for, a model that cannot be used).
void measureNetwork(const TensorSize& size, CoefficientSet set, const std::string& model,
                    int samples, int threads, const BenchSettings& settings) {
    const MeasuredNetwork network = networkFor(model, size, set);
    const auto r = nn::benchmarkNetwork(*network.evaluator, samples, threads, settings.seconds);
    std::ostringstream text;
    text << "network " << size.toString() << " " << coefficientSetName(set) << " ("
         << network.description << ", " << r.parameters << " parameters), " << samples
         << " samples: " << std::llround(r.evaluationsPerSecond) << " evaluations/s; LibTorch ("
         << threads << " thread(s)) on the same work: " << std::llround(r.libTorchPerSecond)
         << "/s; ratio " << r.evaluationsPerSecond / r.libTorchPerSecond
         << "; largest differences: value " << r.valueDifference << ", probability "
         << r.probabilityDifference;
    printMeasurement(settings.json,
                     {{"benchmark", "nn"},
                      {"size", size.toString()},
                      {"coefficients", coefficientSetName(set)},
                      {"model", network.description},
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
    const std::string model = options.text("model").toStdString();
    const auto measure = [&](const TensorSize& size, const BenchSettings& settings) {
        measureNetwork(size, set, model, samples, threads, settings);
    };
    return measureEachSize(kCommand, options, measure);
}

}  // namespace

int benchNnMain(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
