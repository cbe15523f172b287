// tensorgame-cli bench apply SCHEME...: runs schemes recursively on random n x n matrices
// (core/apply) beside Eigen's product and the classical triple loop, and prints per size the
// times, the effective GFLOP/s (2 n^3 / time) and the relative errors against a long double
// reference (core/apply/ApplyBench.h says how it is measured).
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/apply/ApplyBench.h"
#include "core/apply/RecursiveProduct.h"
#include "core/catalog/Catalog.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {
    {"WHAT", QT_TRANSLATE_NOOP("cli", "apply")},
    {"SCHEME",
     QT_TRANSLATE_NOOP("cli", "Schemes to run (builtin:KEY, a name such as strassen, or a file)."),
     "SCHEME..."},
};

constexpr OptionSpec kOptions[] = {
    valueOption(
        "sizes", ValueType::SeedList, "LIST", "256,512,1024,2048",
        QT_TRANSLATE_NOOP("cli", "Matrix sizes n, comma-separated (default 256,512,1024,2048).")),
    textOption("cutoff", "C|auto",
               QT_TRANSLATE_NOOP("cli",
                                 "Blocks with a dimension at or below C go to Eigen's "
                                 "product; 'auto' (default) picks it by a quick measurement.")),
    threadsOption(QT_TRANSLATE_NOOP("cli",
                                    "Threads for the scheme's top level and for Eigen's and the "
                                    "loop's column stripes (default 1).")),
    valueOption("type", ValueType::Choice, "TYPE", "double",
                QT_TRANSLATE_NOOP("cli", "double (default) or float."), 0, "double|float"),
    integerOption("naive-max", "N", "1024", 0, 65536,
                  QT_TRANSLATE_NOOP(
                      "cli", "Run the classical triple loop only up to this n (default 1024).")),
    integerOption("repeat", "N", "1", 1, 100,
                  QT_TRANSLATE_NOOP("cli", "Runs per timing, the fastest counts (default 1).")),
    seedOption(),
    jsonOption(),
};

constexpr CommandSpec kCommand{
    "bench apply",
    QT_TRANSLATE_NOOP("cli",
                      "'bench apply SCHEME...' multiplies random n x n matrices (entries uniform "
                      "in [-1,1]) with the scheme applied recursively down to the cutoff, with "
                      "Eigen's product and with the classical triple loop, and reports the time, "
                      "the effective GFLOP/s (2n^3/time) and the relative Frobenius error of each "
                      "against the product computed in long double (on 128 evenly spaced rows of "
                      "C). The scheme's plan (its shared subexpressions) is made once, before "
                      "timing."),
    kPositionals, kOptions};

std::string cell(double value, const char* format) {
    char text[32];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

// Three lines per size: the scheme, Eigen and the classical loop.
std::string sizeLines(const apply::SizeResult& r) {
    std::ostringstream out;
    const auto line = [&](const char* method, const apply::Timing& t, double error) {
        out << cell(r.n, "%6.0f") << "  " << method << cell(t.seconds, "%10.4f")
            << cell(t.cpuSeconds, "%10.4f") << cell(apply::effectiveGflops(r.n, t.seconds), "%9.2f")
            << cell(error, "%11.2e") << "\n";
    };
    out << cell(r.n, "%6.0f") << "  scheme (" << r.levels << " level" << (r.levels == 1 ? "" : "s")
        << ", cutoff " << r.cutoff << ")\n";
    line("  scheme", r.scheme, r.schemeError);
    line("  eigen ", r.eigen, r.eigenError);
    if (r.naive)
        line("  naive ", *r.naive, *r.naiveError);
    else
        out << cell(r.n, "%6.0f") << "    naive   (not run: n > --naive-max)\n";
    return out.str();
}

void addTiming(nlohmann::json& j, const std::string& method, int n, const apply::Timing& t,
               double error) {
    j[method + "_seconds"] = t.seconds;
    j[method + "_cpu_seconds"] = t.cpuSeconds;
    j[method + "_gflops"] = apply::effectiveGflops(n, t.seconds);
    j[method + "_rel_error"] = error;
}

nlohmann::json rowJson(const apply::SizeResult& r) {
    nlohmann::json j{{"n", r.n},
                     {"cutoff", r.cutoff},
                     {"levels", r.levels},
                     {"block_additions", r.blockAdditions}};
    addTiming(j, "scheme", r.n, r.scheme, r.schemeError);
    addTiming(j, "eigen", r.n, r.eigen, r.eigenError);
    if (r.naive) addTiming(j, "naive", r.n, *r.naive, *r.naiveError);
    return j;
}

// Runs one scheme at every size; prints its heading and rows; returns its JSON.
nlohmann::json benchScheme(const LoadedScheme& l, const std::vector<int>& sizes,
                           std::optional<int> cutoff, const apply::BenchConfig& config) {
    const apply::ApplyPlan plan = apply::makePlan(l.scheme);
    const int chosen = cutoff ? *cutoff : apply::chooseCutoff(plan, sizes.back(), config);
    std::cout << l.source << ": " << l.scheme.size.toString() << " rank " << l.scheme.rank() << ", "
              << plan.additions() << " additions per level (shared), stability factor "
              << plan.stability << "; " << (config.useFloat ? "float" : "double") << ", cutoff "
              << chosen << (cutoff ? "" : " (auto)") << ", " << config.threads << " thread(s)\n"
              << "     n  method      wall s     cpu s  GFLOP/s    rel.err\n";
    nlohmann::json rows = nlohmann::json::array();
    for (const int n : sizes) {
        const apply::SizeResult r = apply::measureSize(plan, n, chosen, config);
        std::cout << sizeLines(r) << std::flush;
        rows.push_back(rowJson(r));
    }
    return {{"scheme", l.source},
            {"name", l.scheme.name},
            {"size", l.scheme.size.toString()},
            {"rank", l.scheme.rank()},
            {"additions_per_level", plan.additions()},
            {"stability_factor", plan.stability},
            {"cutoff", chosen},
            {"cutoff_auto", !cutoff.has_value()},
            {"results", rows}};
}

// What other commands take, and for convenience a catalogue key alone ("strassen") when no
// file of that name exists.
QStringList schemeSources(QStringList sources) {
    for (QString& src : sources)
        if (!QFileInfo::exists(src) && builtinScheme(src.toStdString()))
            src = QStringLiteral("builtin:") + src;
    return sources;
}

int execute(const Options& options) {
    QStringList sources = options.positional();
    sources.removeFirst();  // "apply", by which bench routed here
    sources = schemeSources(sources);
    if (sources.isEmpty()) return fail(kCommand.name, Cli::tr("name at least one SCHEME"));
    std::vector<int> sizes;
    for (const std::uint64_t n : options.get<std::vector<std::uint64_t>>("sizes")) {
        if (n < 1 || n > 16384)
            return fail(kCommand.name, Cli::tr("--sizes must be from 1 to 16384, not %1").arg(n));
        sizes.push_back(static_cast<int>(n));
    }
    std::optional<int> cutoff;
    const QString cutoffText = options.text("cutoff");
    if (!cutoffText.isEmpty() && cutoffText != QLatin1String("auto")) {
        bool ok = false;
        cutoff = cutoffText.toInt(&ok);
        if (!ok || *cutoff < 1)
            return fail(kCommand.name,
                        Cli::tr("--cutoff must be a whole number from 1 or 'auto', not '%1'")
                            .arg(cutoffText));
    }
    apply::BenchConfig config;
    config.useFloat = options.get<QString>("type") == QLatin1String("float");
    config.threads = options.get<int>("threads");
    config.naiveMax = options.get<int>("naive-max");
    config.repeat = options.get<int>("repeat");
    config.seed = options.get<std::uint64_t>("seed");
    bool failed = false;
    const auto loaded = loadAll(sources, failed);
    if (failed) return kBadInput;
    nlohmann::json schemes = nlohmann::json::array();
    try {
        for (const LoadedScheme& l : loaded)
            schemes.push_back(benchScheme(l, sizes, cutoff, config));
    } catch (const std::exception& e) {
        printError(std::string(kCommand.name) + ": " + e.what());
        return kBadInput;
    }
    if (options.isSet("json"))
        std::cout << nlohmann::json{{"benchmark", "apply"},
                                    {"type", config.useFloat ? "float" : "double"},
                                    {"threads", config.threads},
                                    {"reference",
                                     "long double classical product, 128 evenly spaced rows"},
                                    {"schemes", schemes}}
                         .dump()
                  << std::endl;
    return kOk;
}

}  // namespace

int runBenchApply(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
