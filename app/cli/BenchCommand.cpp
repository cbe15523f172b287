#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliSupport.h"
#include "Commands.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/io/LoadError.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

// AlphaTensor's two files from the published schemes the program ships: the default inputs.
QStringList defaultVerifySources() {
    const auto dir = findPublishedDir(QCoreApplication::applicationDirPath().toStdString());
    if (!dir) return {};
    const QString at = QString::fromStdString((*dir / "alphatensor").string());
    return {at + "/factorizations_r.npz", at + "/factorizations_f2.npz"};
}

struct VerifyRound {
    double seconds = 0;
    int schemes = 0;
    int validInOwnField = 0;
};

VerifyRound verifyRound(const QStringList& sources) {
    VerifyRound round;
    const auto start = std::chrono::steady_clock::now();
    for (const QString& src : sources)
        for (const LoadedScheme& l : loadSchemes(src.toStdString())) {
            const auto reports = verifyAll(l.scheme);
            ++round.schemes;
            const Field f = l.scheme.field;
            round.validInOwnField += reports[f == Field::Z   ? 0
                                             : f == Field::Q ? 1
                                                             : 2]
                                             .valid
                                         ? 1
                                         : 0;
        }
    round.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return round;
}

}  // namespace

int runBench(const QStringList& args) {
    if (args.size() > 1 && args.at(1) == "flips") return runBenchFlips(args);
    if (args.size() > 1 && args.at(1) == "mcts") return runBenchMcts(args);
#ifdef TG_HAVE_NN
    if (args.size() > 1 && args.at(1) == "nn") return runBenchNn(args);
#endif
    if (args.size() > 1 && args.at(1) == "search") return runBenchSearch(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Benchmarks. 'bench verify [SOURCE...]' loads and verifies schemes (by default both "
        "AlphaTensor files) and reports the wall time of each round."));
    parser.addPositionalArgument("WHAT", QCoreApplication::translate("cli", "verify"));
    parser.addPositionalArgument("SOURCE", QCoreApplication::translate("cli", "Schemes to load."),
                                 "[SOURCE...]");
    const QCommandLineOption repeat(
        "repeat", QCoreApplication::translate("cli", "Rounds to run (default 5)."), "N", "5");
    const QCommandLineOption json("json",
                                  QCoreApplication::translate("cli", "Print one JSON object."));
    parser.addOption(repeat);
    parser.addOption(json);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;
    QStringList pos = parser.positionalArguments();
    if (pos.isEmpty() || pos.first() != "verify") {
        printError("bench: say what to measure: verify, flips, search, mcts or nn");
        return kBadInput;
    }
    pos.removeFirst();
    const QStringList sources = pos.isEmpty() ? defaultVerifySources() : pos;
    if (sources.isEmpty()) {
        printError(
            "bench verify: name the files to verify (the published schemes are not "
            "installed)");
        return kBadInput;
    }
    bool ok = false;
    const int rounds = parser.value(repeat).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 1000) {
        printError("bench: --repeat must be 1..1000");
        return kBadInput;
    }
    std::vector<double> times;
    VerifyRound last;
    try {
        for (int r = 0; r < rounds; ++r) {
            last = verifyRound(sources);
            times.push_back(last.seconds);
        }
    } catch (const std::exception& e) {
        printError(e.what());
        return kBadInput;
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    if (parser.isSet(json)) {
        std::cout << nlohmann::json{{"benchmark", "verify"},         {"schemes", last.schemes},
                                    {"valid", last.validInOwnField}, {"rounds", rounds},
                                    {"min_seconds", times.front()},  {"median_seconds", median}}
                         .dump()
                  << '\n';
    } else {
        std::cout << "load + verify (Z, Q, Z2) of " << last.schemes << " schemes ("
                  << last.validInOwnField << " valid in their own field): min " << times.front()
                  << " s, median " << median << " s over " << rounds << " rounds\n";
    }
    return kOk;
}

}  // namespace tg::cli
