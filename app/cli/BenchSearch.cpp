// tensorgame-cli bench search: time to a target rank of the flip-graph search with the size's
// default preset, over several seeds (by default <4,4,4> to rank 47 mod 2 on 2 threads within
// 10 minutes, the benchmark), with flips per second. Runs seed after seed.
#include <QCoreApplication>
#include <sstream>

#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "SearchOptions.h"
#include "core/search/FlipSearch.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "search")}};

constexpr OptionSpec kOptions[] = {
    sizeOption(QT_TRANSLATE_NOOP("cli", "Size (default 4,4,4)."), "4,4,4"),
    fieldOption(QT_TRANSLATE_NOOP("cli", "Z2 (default) or Z.")),
    targetRankOption(QT_TRANSLATE_NOOP("cli", "Target rank (default 47)."), "47", 1),
    valueOption("seeds", ValueType::SeedList, "LIST", "1,2,3",
                QT_TRANSLATE_NOOP("cli", "Seeds, comma-separated (default 1,2,3).")),
    threadsOption(QT_TRANSLATE_NOOP("cli", "Threads per run (default 2)."), "2"),
    timeLimitOption(QT_TRANSLATE_NOOP("cli", "Seconds per seed (default 600)."), "600", kAboveMin),
    fromOption(QT_TRANSLATE_NOOP("cli", "Start from this scheme.")),
    symmetryOption(),
    jsonOption(QT_TRANSLATE_NOOP("cli", "One JSON object per seed, then a summary.")),
};

constexpr CommandSpec kCommand{
    "bench search",
    QT_TRANSLATE_NOOP("cli",
                      "'bench search' runs the flip-graph search with the size's default "
                      "settings once per seed and reports the time to the target rank (default: "
                      "<4,4,4> mod 2 to rank 47 on 2 threads, at most 600 s per seed). Exit "
                      "status 0 when every seed reached the target."),
    kPositionals, kOptions};

struct SeedRun {
    search::SearchResult result;
    bool valid = false;
    bool reached = false;
    double flipsPerSecond = 0;
};

// One seed's search; throws what the engine throws.
SeedRun runSeed(search::FlipSearchParams params, double limit) {
    params.timeLimitSeconds = limit;
    search::FlipSearch engine(params);
    engine.start();
    engine.wait();
    SeedRun run;
    run.result = engine.result();
    const search::SearchResult& r = run.result;
    run.valid = r.found && verify(r.scheme, params.field).valid;
    run.reached = run.valid && r.reachedTarget;
    run.flipsPerSecond = r.seconds > 0 ? static_cast<double>(r.flips) / r.seconds : 0;
    return run;
}

void printSeed(bool json, const search::FlipSearchParams& params, const SeedRun& run) {
    const search::SearchResult& r = run.result;
    const int rank = run.valid ? r.scheme.rank() : 0;
    std::ostringstream text;
    text << "seed " << params.seed << ": "
         << (run.reached ? "rank " + std::to_string(rank) + " after "
                         : "best rank " + std::to_string(rank) + ", target not reached in ")
         << r.seconds << " s, " << run.flipsPerSecond / 1e6 << " M flips/s";
    printMeasurement(json,
                     {{"benchmark", "search"},
                      {"size", params.size.toString()},
                      {"field", fieldName(params.field)},
                      {"symmetry", search::symmetryName(params.symmetry)},
                      {"seed", params.seed},
                      {"threads", params.threads},
                      {"target_rank", params.targetRank},
                      {"reached_target", run.reached},
                      {"found_rank", rank},
                      {"seconds", r.seconds},
                      {"flips", r.flips},
                      {"flips_per_second", run.flipsPerSecond}},
                     text.str());
}

int execute(const Options& options) {
    const auto size = options.get<TensorSize>("size");
    const auto field = options.get<Field>("field");
    const int target = options.get<int>("target-rank");
    const int threads = options.get<int>("threads");
    const double limit = options.get<double>("time-limit");
    const auto seeds = options.get<std::vector<std::uint64_t>>("seeds");
    const bool json = options.isSet("json");
    const auto symmetry = symmetryFor(kCommand.name, options, size);
    if (!symmetry) return kBadInput;
    std::optional<Scheme> start;
    if (options.has("from")) {
        bool failed = false;
        auto loaded = loadAll({options.text("from")}, failed);
        if (failed || loaded.size() != 1 || !(loaded.front().scheme.size == size)) {
            if (!failed)
                printError(kCommand.name, Cli::tr("--from must name one scheme of --size"));
            return kBadInput;
        }
        start = loaded.front().scheme;
    }

    std::vector<double> times;  // of the seeds that reached the target
    double flipsPerSecond = 0;
    for (const std::uint64_t seed : seeds) {
        search::FlipSearchParams params =
            search::FlipSearchParams::forSize(size, field, target, *symmetry);
        params.seed = seed;
        params.threads = threads;
        params.start = start;
        params.symmetry = *symmetry;
        SeedRun run;
        try {
            run = runSeed(params, limit);
        } catch (const std::exception& e) {
            printError(std::string("bench search: ") + e.what());
            return kBadInput;
        }
        if (run.reached) times.push_back(run.result.seconds);
        flipsPerSecond += run.flipsPerSecond / static_cast<double>(seeds.size());
        printSeed(json, params, run);
    }
    const double median = medianOf(times);
    std::ostringstream text;
    text << times.size() << " of " << seeds.size() << " seeds reached rank " << target;
    if (!times.empty()) text << " (median " << median << " s)";
    printMeasurement(json,
                     {{"benchmark", "search-summary"},
                      {"runs", seeds.size()},
                      {"reached", times.size()},
                      {"median_seconds_of_reached", median},
                      {"mean_flips_per_second", flipsPerSecond}},
                     text.str());
    return times.size() == seeds.size() ? kOk : kNotValid;
}

}  // namespace

int runBenchSearch(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
