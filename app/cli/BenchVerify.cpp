// tensorgame-cli bench verify: the wall time of loading and verifying schemes (by default both
// AlphaTensor files the program ships), over several rounds.
#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <sstream>

#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {
    {"WHAT", QT_TRANSLATE_NOOP("cli", "verify")},
    {"SOURCE", QT_TRANSLATE_NOOP("cli", "Schemes to load."), "[SOURCE...]"},
};

constexpr OptionSpec kOptions[] = {
    integerOption("repeat", "N", "5", 1, 1000,
                  QT_TRANSLATE_NOOP("cli", "Rounds to run (default 5).")),
    jsonOption(QT_TRANSLATE_NOOP("cli", "Print one JSON object.")),
};

constexpr CommandSpec kCommand{
    "bench verify",
    QT_TRANSLATE_NOOP("cli",
                      "Benchmarks. 'bench verify [SOURCE...]' loads and verifies schemes (by "
                      "default both AlphaTensor files) and reports the wall time of each round."),
    kPositionals, kOptions};

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

int execute(const Options& options) {
    QStringList pos = options.positional();
    pos.removeFirst();  // "verify", by which bench routed here
    const QStringList sources = pos.isEmpty() ? defaultVerifySources() : pos;
    if (sources.isEmpty())
        return fail(kCommand.name,
                    Cli::tr("name the files to verify (the published schemes are not installed)"));
    const int rounds = options.get<int>("repeat");
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
    const double median = medianOf(times);
    const double fastest = *std::min_element(times.begin(), times.end());
    std::ostringstream text;
    text << "load + verify (Z, Q, Z2) of " << last.schemes << " schemes (" << last.validInOwnField
         << " valid in their own field): min " << fastest << " s, median " << median << " s over "
         << rounds << " rounds";
    printMeasurement(options.isSet("json"),
                     {{"benchmark", "verify"},
                      {"schemes", last.schemes},
                      {"valid", last.validInOwnField},
                      {"rounds", rounds},
                      {"min_seconds", fastest},
                      {"median_seconds", median}},
                     text.str());
    return kOk;
}

}  // namespace

int runBenchVerify(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
