// tensorgame-cli bench search: time to a target rank of the flip-graph search with the size's
// default preset, over several seeds (by default <4,4,4> to rank 47 mod 2 on 2 threads within
// 10 minutes, the issue's benchmark), with flips per second. Runs seed after seed.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliSupport.h"
#include "Commands.h"
#include "core/search/FlipSearch.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

int runBenchSearch(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "'bench search' runs the flip-graph search with the size's default settings once per "
        "seed and reports the time to the target rank (default: <4,4,4> mod 2 to rank 47 on 2 "
        "threads, at most 600 s per seed). Exit status 0 when every seed reached the target."));
    parser.addPositionalArgument("WHAT", Cli::tr("search"));
    const QCommandLineOption sizeOpt("size", Cli::tr("Size (default 4,4,4)."), "n,m,p", "4,4,4");
    const QCommandLineOption fieldOpt("field", Cli::tr("Z2 (default) or Z."), "FIELD", "Z2");
    const QCommandLineOption targetOpt("target-rank", Cli::tr("Target rank (default 47)."), "R",
                                       "47");
    const QCommandLineOption seedsOpt("seeds", Cli::tr("Seeds, comma-separated (default 1,2,3)."),
                                      "LIST", "1,2,3");
    const QCommandLineOption threadsOpt("threads", Cli::tr("Threads per run (default 2)."), "T",
                                        "2");
    const QCommandLineOption timeOpt("time-limit", Cli::tr("Seconds per seed (default 600)."),
                                     "SEC", "600");
    const QCommandLineOption fromOpt("from", Cli::tr("Start from this scheme."), "SCHEME");
    const QCommandLineOption jsonOpt("json", Cli::tr("One JSON object per seed, then a summary."));
    for (const auto* o :
         {&sizeOpt, &fieldOpt, &targetOpt, &seedsOpt, &threadsOpt, &timeOpt, &fromOpt, &jsonOpt})
        parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;

    const auto size = TensorSize::parse(parser.value(sizeOpt).toStdString());
    const auto field = parseField(parser.value(fieldOpt).toStdString());
    bool ok1 = false, ok2 = false, ok3 = false;
    const int target = parser.value(targetOpt).toInt(&ok1);
    const int threads = parser.value(threadsOpt).toInt(&ok2);
    const double limit = parser.value(timeOpt).toDouble(&ok3);
    std::vector<std::uint64_t> seeds;
    bool seedsOk = true;
    for (const QString& s : parser.value(seedsOpt).split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        seeds.push_back(s.trimmed().toULongLong(&ok));
        seedsOk = seedsOk && ok;
    }
    if (!size || !field || (*field != Field::Z2 && *field != Field::Z) || !ok1 || target < 1 ||
        !ok2 || threads < 1 || threads > 256 || !ok3 || limit <= 0 || !seedsOk || seeds.empty()) {
        printError(
            "bench search: needs --size n,m,p, --field Z2|Z, a positive --target-rank, "
            "--threads 1..256, a positive --time-limit and --seeds N,N,...");
        return kBadInput;
    }
    std::optional<Scheme> start;
    if (parser.isSet(fromOpt)) {
        bool failed = false;
        auto loaded = loadAll({parser.value(fromOpt)}, failed);
        if (failed || loaded.size() != 1 || !(loaded.front().scheme.size == *size)) {
            if (!failed) printError("bench search: --from must name one scheme of --size");
            return kBadInput;
        }
        start = loaded.front().scheme;
    }

    std::vector<double> times;  // of the seeds that reached the target
    double flipsPerSecond = 0;
    for (const std::uint64_t seed : seeds) {
        search::FlipSearchParams params = search::FlipSearchParams::forSize(*size, *field, target);
        params.seed = seed;
        params.threads = threads;
        params.start = start;
        search::SearchResult r;
        try {
            search::FlipSearch engine(params);
            engine.start();
            if (!engine.waitFor(std::chrono::milliseconds(static_cast<long long>(limit * 1000)))) {
                engine.stop();
                engine.wait();
            }
            r = engine.result();
        } catch (const std::exception& e) {
            printError(std::string("bench search: ") + e.what());
            return kBadInput;
        }
        const bool valid = r.found && verify(r.scheme, *field).valid;
        const bool reached = valid && r.reachedTarget;
        if (reached) times.push_back(r.seconds);
        const double rate = r.seconds > 0 ? static_cast<double>(r.flips) / r.seconds : 0;
        flipsPerSecond += rate / static_cast<double>(seeds.size());
        if (parser.isSet(jsonOpt)) {
            std::cout << nlohmann::json{{"benchmark", "search"},
                                        {"size", size->toString()},
                                        {"field", fieldName(*field)},
                                        {"seed", seed},
                                        {"threads", threads},
                                        {"target_rank", target},
                                        {"reached_target", reached},
                                        {"found_rank", valid ? r.scheme.rank() : 0},
                                        {"seconds", r.seconds},
                                        {"flips", r.flips},
                                        {"flips_per_second", rate}}
                             .dump()
                      << std::endl;
        } else {
            std::cout << "seed " << seed << ": "
                      << (reached ? "rank " + std::to_string(r.scheme.rank()) + " after "
                                  : "best rank " + std::to_string(valid ? r.scheme.rank() : 0) +
                                        ", target not reached in ")
                      << r.seconds << " s, " << rate / 1e6 << " M flips/s" << std::endl;
        }
    }
    std::sort(times.begin(), times.end());
    const double median = times.empty() ? 0 : times[times.size() / 2];
    if (parser.isSet(jsonOpt)) {
        std::cout << nlohmann::json{{"benchmark", "search-summary"},
                                    {"runs", seeds.size()},
                                    {"reached", times.size()},
                                    {"median_seconds_of_reached", median},
                                    {"mean_flips_per_second", flipsPerSecond}}
                         .dump()
                  << std::endl;
    } else {
        std::cout << times.size() << " of " << seeds.size() << " seeds reached rank " << target;
        if (!times.empty()) std::cout << " (median " << median << " s)";
        std::cout << std::endl;
    }
    return times.size() == seeds.size() ? kOk : kNotValid;
}

}  // namespace tg::cli
