// tensorgame-cli bench nn: evaluations per second of the policy/value network behind the
// Evaluator interface (one torso call + the decoder's steps for K sampled moves per state), at
// batch 1 and 16, on one LibTorch thread unless told otherwise.
#include <QCoreApplication>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliOptions.h"
#include "CliSupport.h"
#include "NnModule.h"
#include "core/nn/NetBench.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "nn")}};

constexpr OptionSpec kOptions[] = {
    {.name = "size",
     .type = ValueType::Size,
     .valueName = "n,m,p",
     .defaultValue = "2,2,2 3,3,3",
     .flags = kRepeatable,
     .help = QT_TRANSLATE_NOOP("cli", "Sizes to measure (repeatable; default 2,2,2 and 3,3,3).")},
    {.name = "coefficients",
     .type = ValueType::Coefficients,
     .valueName = "SET",
     .defaultValue = "mod2",
     .choices = "mod2|-1..1|-2..2",
     .help = QT_TRANSLATE_NOOP("cli", "Coefficient set: mod2 (default), -1..1 or -2..2.")},
    {.name = "samples",
     .type = ValueType::Integer,
     .valueName = "K",
     .defaultValue = "32",
     .max = 4096,
     .help = QT_TRANSLATE_NOOP("cli", "Moves sampled per state (default 32).")},
    {.name = "threads",
     .type = ValueType::Integer,
     .valueName = "T",
     .defaultValue = "1",
     .min = 1,
     .max = 256,
     .help = QT_TRANSLATE_NOOP("cli", "LibTorch threads (default 1).")},
    {.name = "seconds",
     .type = ValueType::Real,
     .valueName = "SEC",
     .defaultValue = "1",
     .max = 3600,
     .flags = kAboveMin,
     .help = QT_TRANSLATE_NOOP("cli", "Seconds per measurement (default 1).")},
    {.name = "json", .help = QT_TRANSLATE_NOOP("cli", "One JSON object per measurement.")},
};

constexpr CommandSpec kCommand{
    "bench nn",
    QT_TRANSLATE_NOOP("cli",
                      "'bench nn' measures network evaluations per second (states evaluated, "
                      "each with K sampled moves) at batch 1 and 16."),
    kPositionals, kOptions};

}  // namespace

int benchNnMain(const QStringList& args) {
    int code = kOk;
    const auto options = parseCommand(kCommand, args, code);
    if (!options) return code;
    const double secs = options->get<double>("seconds");
    const int samples = options->get<int>("samples");
    const int threads = options->get<int>("threads");
    const auto set = options->get<CoefficientSet>("coefficients");
    const bool json = options->isSet("json");
    const auto sizeList = options->all<TensorSize>("size");
    try {
        for (const TensorSize& size : sizeList) {
            const auto config = nn::NetworkConfig::forSize(size, set);
            config.validate();
            for (const int batch : {1, 16}) {
                const auto r = nn::benchmarkNetwork(config, batch, samples, threads, secs);
                if (json) {
                    std::cout << nlohmann::json{{"benchmark", "nn"},
                                                {"size", size.toString()},
                                                {"coefficients", coefficientSetName(set)},
                                                {"batch", batch},
                                                {"samples", samples},
                                                {"threads", threads},
                                                {"parameters", r.parameters},
                                                {"calls", r.calls},
                                                {"seconds", r.seconds},
                                                {"evaluations_per_second", r.evaluationsPerSecond}}
                                     .dump()
                              << '\n';
                } else {
                    std::cout << "network " << size.toString() << " " << coefficientSetName(set)
                              << " (" << r.parameters << " parameters), batch " << batch << ", "
                              << samples << " samples, " << threads << " thread(s): "
                              << static_cast<long long>(r.evaluationsPerSecond + 0.5)
                              << " evaluations/s (" << 1000.0 * r.seconds / r.calls
                              << " ms per call)\n";
                }
            }
        }
    } catch (const std::exception& e) {
        printError(std::string("bench nn: ") + e.what());
        return kBadInput;
    }
    return kOk;
}

}  // namespace tg::cli
