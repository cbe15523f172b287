// tensorgame-cli bench flips: raw speed of the flip-graph walkers, in successful flips per
// second per thread, one walker from the naive scheme without a target (so the walk never ends
// early), for each size and field asked.
#include <QCoreApplication>
#include <ctime>
#include <sstream>

#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/search/FlipSearch.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "flips")}};

constexpr OptionSpec kOptions[] = {
    sizesToMeasureOption(
        "3,3,3 4,4,4",
        QT_TRANSLATE_NOOP("cli", "Sizes to measure (repeatable; default 3,3,3 and 4,4,4).")),
    fieldOption(QT_TRANSLATE_NOOP("cli", "Z2 or Z (repeatable; default both)."), "Z2 Z", "Z2|Z",
                kRepeatable),
    measureSecondsOption("1", QT_TRANSLATE_NOOP("cli", "Seconds per measurement (default 1).")),
    measurementJsonOption(),
};

constexpr CommandSpec kCommand{
    "bench flips",
    QT_TRANSLATE_NOOP("cli",
                      "'bench flips' measures flips per second per thread of the flip-graph "
                      "search."),
    kPositionals, kOptions};

// One walker on `size` over `field` from the naive scheme, without a target (so the walk never
// ends early), for --seconds; prints its rates. Throws what the engine throws.
void measureFlips(const TensorSize& size, Field field, const BenchSettings& settings) {
    search::FlipSearchParams params = search::FlipSearchParams::thorough(size, field, 0);
    params.timeLimitSeconds = settings.seconds;
    search::FlipSearch engine(params);
    const std::clock_t cpu0 = std::clock();
    engine.start();
    engine.wait();
    // CPU time as well as wall time: on a shared machine the wall-clock rate says more about the
    // other processes than about the walker.
    const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    const search::SearchResult r = engine.result();
    const double perCpuSecond = cpu > 0 ? static_cast<double>(r.flips) / cpu : 0;
    const double perSecond = r.seconds > 0 ? static_cast<double>(r.flips) / r.seconds : 0;
    const int rank = r.found ? r.scheme.rank() : 0;
    std::ostringstream text;
    text << size.toString() << " " << fieldName(field) << ": " << perSecond / 1e6
         << " M flips/s per thread, " << perCpuSecond / 1e6 << " M per CPU second (" << r.flips
         << " flips in " << r.seconds << " s, reached rank " << rank << ")";
    printMeasurement(settings.json,
                     {{"benchmark", "flips"},
                      {"size", size.toString()},
                      {"field", fieldName(field)},
                      {"flips", r.flips},
                      {"seconds", r.seconds},
                      {"flips_per_second_per_thread", perSecond},
                      {"cpu_seconds", cpu},
                      {"flips_per_cpu_second", perCpuSecond},
                      {"best_rank", rank}},
                     text.str());
}

int execute(const Options& options) {
    const auto fields = options.all<Field>("field");
    const auto measure = [&](const TensorSize& size, const BenchSettings& settings) {
        for (const Field field : fields) measureFlips(size, field, settings);
    };
    return measureEachSize(kCommand, options, measure);
}

}  // namespace

int runBenchFlips(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
