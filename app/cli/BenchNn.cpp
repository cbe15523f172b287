// tensorgame-cli bench nn: evaluations per second of the policy/value network behind the
// Evaluator interface (one torso call + the decoder's steps for K sampled moves per state), at
// batch 1 and 16, on one LibTorch thread unless told otherwise.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliSupport.h"
#include "NnModule.h"
#include "core/nn/NetBench.h"

namespace tg::cli {

int benchNnMain(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "'bench nn' measures network evaluations per second (states evaluated, each with K "
        "sampled moves) at batch 1 and 16."));
    parser.addPositionalArgument("WHAT", QCoreApplication::translate("cli", "nn"));
    const QCommandLineOption sizes(
        "size", Cli::tr("Sizes to measure (repeatable; default 2,2,2 and 3,3,3)."), "n,m,p");
    const QCommandLineOption coeffs(
        "coefficients", Cli::tr("Coefficient set: mod2 (default), -1..1 or -2..2."), "SET", "mod2");
    const QCommandLineOption samplesOpt("samples", Cli::tr("Moves sampled per state (default 32)."),
                                        "K", "32");
    const QCommandLineOption threadsOpt("threads", Cli::tr("LibTorch threads (default 1)."), "T",
                                        "1");
    const QCommandLineOption seconds("seconds", Cli::tr("Seconds per measurement (default 1)."),
                                     "SEC", "1");
    const QCommandLineOption json("json", Cli::tr("One JSON object per measurement."));
    for (const auto* o : {&sizes, &coeffs, &samplesOpt, &threadsOpt, &seconds, &json})
        parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;
    bool ok1 = false, ok2 = false, ok3 = false;
    const double secs = parser.value(seconds).toDouble(&ok1);
    const int samples = parser.value(samplesOpt).toInt(&ok2);
    const int threads = parser.value(threadsOpt).toInt(&ok3);
    if (!ok1 || secs <= 0 || secs > 3600 || !ok2 || samples < 0 || samples > 4096 || !ok3 ||
        threads < 1 || threads > 256) {
        printError("bench nn: --seconds must be in (0, 3600], --samples 0..4096, --threads 1..256");
        return kBadInput;
    }
    const auto set = parseCoefficientSet(parser.value(coeffs).toStdString());
    if (!set || *set == CoefficientSet::Unrestricted) {
        printError("bench nn: --coefficients must be mod2, -1..1 or -2..2");
        return kBadInput;
    }
    std::vector<TensorSize> sizeList;
    for (const QString& s :
         parser.isSet(sizes) ? parser.values(sizes) : QStringList{"2,2,2", "3,3,3"}) {
        const auto size = TensorSize::parse(s.toStdString());
        if (!size) {
            printError("bench nn: bad --size " + s.toStdString());
            return kBadInput;
        }
        sizeList.push_back(*size);
    }
    try {
        for (const TensorSize& size : sizeList) {
            const auto config = nn::NetworkConfig::forSize(size, *set);
            config.validate();
            for (const int batch : {1, 16}) {
                const auto r = nn::benchmarkNetwork(config, batch, samples, threads, secs);
                if (parser.isSet(json)) {
                    std::cout << nlohmann::json{{"benchmark", "nn"},
                                                {"size", size.toString()},
                                                {"coefficients", coefficientSetName(*set)},
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
                    std::cout << "network " << size.toString() << " " << coefficientSetName(*set)
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
