// tensorgame-cli search: flip-graph local search from the naive scheme or a given one.
//
// Every improvement is verified and written to --out at once (atomically), so a search that is
// stopped or killed keeps what it had found. Progress goes to stderr; --json prints one object
// as the last line of stdout.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliSupport.h"
#include "Commands.h"
#include "StopSignal.h"
#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeFormat.h"
#include "core/search/FlipSearch.h"
#include "core/search/HenselLift.h"
#include "core/search/SearchTraceJson.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

// Prints progress to stderr at most once a second and writes each improvement to --out.
class CliListener : public search::SearchListener {
  public:
    CliListener(std::string out, SchemeFormat format, bool quiet)
        : out_(std::move(out)), format_(format), quiet_(quiet) {}

    void onProgress(const search::SearchProgress& p) override {
        if (quiet_ || p.elapsedSeconds < lastPrint_ + 1.0) return;
        lastPrint_ = p.elapsedSeconds;
        std::ostringstream line;
        line.precision(3);
        line << "[" << p.elapsedSeconds << " s] best rank " << p.bestRank << ", " << p.flips
             << " flips (" << p.flipsPerSecond / 1e6 << " M/s), walkers at rank:";
        for (const auto& entry : p.rankHistogram) line << " " << entry.first << "x" << entry.second;
        std::cerr << line.str() << std::endl;
    }

    void onImproved(const search::SearchResult& r) override {
        if (!quiet_)
            std::cerr << "[" << r.seconds << " s] rank " << r.scheme.rank() << " (walker "
                      << r.walker << ")" << std::endl;
        save(r.scheme);
    }

    // Writes a verified scheme; remembers the first write error.
    void save(const Scheme& s) {
        if (out_.empty()) return;
        std::lock_guard lock(mutex_);
        try {
            writeFileAtomic(out_, writeSchemes(format_, {s}));
        } catch (const std::exception& e) {
            if (error_.empty()) error_ = e.what();
        }
    }

    [[nodiscard]] std::string error() const {
        std::lock_guard lock(mutex_);
        return error_;
    }

  private:
    std::string out_;
    SchemeFormat format_;
    bool quiet_;
    double lastPrint_ = 0;
    mutable std::mutex mutex_;
    std::string error_;
};

}  // namespace

int runSearch(const QStringList& args) {
    // The agent has options of its own; it parses the same command line.
    const int engineAt = static_cast<int>(args.indexOf(QStringLiteral("--engine")));
    if ((engineAt >= 0 && engineAt + 1 < args.size() &&
         args[engineAt + 1] == QLatin1String("mcts")) ||
        args.contains(QStringLiteral("--engine=mcts")))
        return runAgentSearch(args);
    installStopSignals();  // SIGINT, SIGTERM: stop as at the time limit, keep what was written
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Search for schemes of low rank by random walks on the flip graph. Exit status: 0 when "
        "the target rank was reached (without a target: when a scheme was found), 1 when time ran "
        "out first, 2 for bad input."));
    const QCommandLineOption sizeOpt(
        "size", Cli::tr("Matrix sizes n,m,p (default: those of --from)."), "n,m,p");
    const QCommandLineOption engineOpt(
        "engine",
        Cli::tr(
            "Search engine: flip (default) or mcts (the agent; see search --engine mcts --help)."),
        "ENGINE", "flip");
    const QCommandLineOption fieldOpt(
        "field", Cli::tr("Z2 (mod 2, default) or Z (coefficients -1, 0, 1)."), "FIELD", "Z2");
    const QCommandLineOption targetOpt("target-rank", Cli::tr("Stop when this rank is reached."),
                                       "R", "0");
    const QCommandLineOption timeOpt("time-limit",
                                     Cli::tr("Stop after SEC seconds (default: none with a target, "
                                             "else 10)."),
                                     "SEC", "0");
    const QCommandLineOption seedOpt("seed", Cli::tr("Random seed (default 1)."), "N", "1");
    const QCommandLineOption threadsOpt("threads", Cli::tr("Walkers, one per thread (default 1)."),
                                        "T", "1");
    const QCommandLineOption fromOpt(
        "from", Cli::tr("Start from this scheme instead of the naive one."), "SCHEME");
    const QCommandLineOption outOpt(
        "out", Cli::tr("Write each better scheme to FILE (format from the extension)."), "FILE");
    const QCommandLineOption traceOpt(
        "trace",
        Cli::tr("Write the result as an episode whose moves are the search's to FILE (.json)."),
        "FILE");
    const QCommandLineOption pathOpt2(
        "path",
        Cli::tr("Record the walk and write every flip and reduction that led to the result to FILE "
                "(JSON, for replay)."),
        "FILE");
    const QCommandLineOption maxFlipsOpt(
        "max-flips", Cli::tr("Flip attempts per walker (default: unlimited)."), "N", "0");
    const QCommandLineOption plateauOpt(
        "plateau", Cli::tr("Flip attempts without a reduction before a plus transition."), "N");
    const QCommandLineOption headroomOpt(
        "plus-headroom",
        Cli::tr("Plus transitions go at most this many ranks above the "
                "best (default 1 up to 3x3x3, else 3)."),
        "K");
    const QCommandLineOption pathOpt(
        "path-limit",
        Cli::tr("Flip attempts without improvement before a restart from the "
                "best."),
        "N");
    const QCommandLineOption quietFlipsOpt(
        "plus-quiet",
        Cli::tr("Flips without reductions after each plus transition (default: the "
                "preset's)."),
        "N");
    const QCommandLineOption freshOpt(
        "fresh-restarts",
        Cli::tr("At the path limit start a new descent from the start scheme (default: the "
                "preset's)."));
    const QCommandLineOption poolOpt(
        "pool",
        Cli::tr("Restart from a pool of up to N distinct schemes of the best rank (default: the "
                "preset's)."),
        "N");
    const QCommandLineOption liftOpt(
        "lift",
        Cli::tr("With --field Z2: lift the result to Z (Hensel lifting, see 'lift --help') and "
                "write it to FILE if that succeeds."),
        "FILE");
    const QCommandLineOption jsonOpt("json",
                                     Cli::tr("Print one JSON object as the last line of stdout."));
    const QCommandLineOption quietOpt("quiet", Cli::tr("No progress on stderr."));
    for (const auto* o :
         {&sizeOpt, &engineOpt, &fieldOpt,      &targetOpt, &timeOpt,     &seedOpt,    &threadsOpt,
          &fromOpt, &outOpt,    &traceOpt,      &pathOpt2,  &maxFlipsOpt, &plateauOpt, &headroomOpt,
          &pathOpt, &poolOpt,   &quietFlipsOpt, &freshOpt,  &liftOpt,     &jsonOpt,    &quietOpt})
        parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;

    if (parser.value(engineOpt) != "flip") {
        printError("search: --engine must be flip or mcts");
        return kBadInput;
    }
    const auto field = parseField(parser.value(fieldOpt).toStdString());
    if (!field || (*field != Field::Z2 && *field != Field::Z)) {
        printError("search: --field must be Z2 or Z");
        return kBadInput;
    }
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    const int target = parser.value(targetOpt).toInt(&ok1);
    double timeLimit = parser.value(timeOpt).toDouble(&ok2);
    const qulonglong seed = parser.value(seedOpt).toULongLong(&ok3);
    const int threads = parser.value(threadsOpt).toInt(&ok4);
    const qlonglong maxFlips = parser.value(maxFlipsOpt).toLongLong(&ok5);
    if (!ok1 || target < 0 || !ok2 || timeLimit < 0 || !ok3 || !ok4 || threads < 1 ||
        threads > 256 || !ok5 || maxFlips < 0) {
        printError(
            "search: --target-rank, --time-limit, --seed, --threads and --max-flips take "
            "non-negative "
            "numbers (threads 1..256)");
        return kBadInput;
    }
    if (target == 0 && timeLimit == 0 && maxFlips == 0) timeLimit = 10;

    std::optional<TensorSize> size;
    if (parser.isSet(sizeOpt)) {
        size = TensorSize::parse(parser.value(sizeOpt).toStdString());
        if (!size) {
            printError("search: --size must be n,m,p");
            return kBadInput;
        }
    }
    std::optional<Scheme> start;
    if (parser.isSet(fromOpt)) {
        bool failed = false;
        auto loaded = loadAll({parser.value(fromOpt)}, failed);
        if (failed || loaded.size() != 1) {
            if (!failed) printError("search: --from must name exactly one scheme");
            return kBadInput;
        }
        start = loaded.front().scheme;
        if (size && !(*size == start->size)) {
            printError("search: --size differs from the size of --from");
            return kBadInput;
        }
        size = start->size;
    }
    if (!size) {
        printError("search: say --size n,m,p or --from SCHEME");
        return kBadInput;
    }
    const std::string out = parser.value(outOpt).toStdString();
    SchemeFormat format = SchemeFormat::Project;
    if (!out.empty()) {
        const auto f = formatForWriting(out);
        if (!f) {
            printError("search: cannot tell the format of --out from its extension: " + out);
            return kBadInput;
        }
        format = *f;
    }
    search::FlipSearchParams params = search::FlipSearchParams::forSize(*size, *field, target);
    params.start = start;
    params.seed = seed;
    params.threads = threads;
    params.maxFlipsPerWalker = maxFlips;
    params.recordTrace = parser.isSet(pathOpt2);

    for (const auto* o : {&plateauOpt, &headroomOpt, &pathOpt, &poolOpt, &quietFlipsOpt}) {
        if (!parser.isSet(*o)) continue;
        bool ok = false;
        const qlonglong v = parser.value(*o).toLongLong(&ok);
        if (!ok || v < (o == &poolOpt || o == &quietFlipsOpt ? 0 : 1) ||
            (o == &headroomOpt && v > 64) || (o == &poolOpt && v > 100000)) {
            printError("search: --" + o->names().first().toStdString() +
                       " takes a positive number");
            return kBadInput;
        }
        if (o == &plateauOpt)
            params.plateauLimit = v;
        else if (o == &headroomOpt)
            params.plusHeadroom = static_cast<int>(v);
        else if (o == &poolOpt)
            params.poolSize = static_cast<int>(v);
        else if (o == &quietFlipsOpt)
            params.plusQuietFlips = v;
        else
            params.pathLimit = v;
    }

    if (parser.isSet(freshOpt)) params.restartFromStart = true;
    CliListener listener(out, format, parser.isSet(quietOpt));
    std::optional<search::FlipSearch> engine;
    try {
        engine.emplace(params, &listener);
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
        return kBadInput;
    }
    const auto t0 = std::chrono::steady_clock::now();
    engine->start();
    bool timedOut = false;
    while (!engine->waitFor(std::chrono::milliseconds(50))) {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        // SIGINT or SIGTERM: stop as at the time limit, keeping (and writing) what was found.
        if (stopSignalled() || (timeLimit > 0 && elapsed >= timeLimit)) {
            timedOut = true;
            engine->stop();
            engine->wait();
            break;
        }
    }
    const search::SearchResult r = engine->result();
    const bool valid = r.found && verify(r.scheme, params.field).valid;
    if (valid) listener.save(r.scheme);  // the deterministic final choice
    try {
        if (valid && parser.isSet(traceOpt)) {
            Episode e = episodeFromScheme(r.scheme, "search seed " + std::to_string(seed));
            for (Move& m : e.moves) m.actor = Actor::Search;
            writeFileAtomic(parser.value(traceOpt).toStdString(), episodeToProjectJson(e));
        }
        if (valid && r.trace && parser.isSet(pathOpt2))
            writeFileAtomic(parser.value(pathOpt2).toStdString(),
                            search::searchTraceToJson(*r.trace));
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
    }
    std::optional<bool> lifted;
    Field liftedField = Field::Z;
    if (valid && parser.isSet(liftOpt)) {
        std::optional<Scheme> z;
        if (params.field == Field::Z) {
            z = r.scheme;
        } else {
            search::HenselLiftOptions lo;
            lo.seed = seed;
            const search::HenselLiftResult hl = search::henselLift(r.scheme, lo);
            if (hl.lifted()) z = hl.scheme;
            if (!parser.isSet(quietOpt)) std::cerr << "search: " << hl.describe() << std::endl;
        }
        lifted = z.has_value() && verify(*z, z->field).valid;
        if (z) liftedField = z->field;  // Q when the lift needs odd denominators
        if (*lifted) {
            const std::string liftOut = parser.value(liftOpt).toStdString();
            try {
                writeFileAtomic(
                    liftOut,
                    writeSchemes(formatForWriting(liftOut).value_or(SchemeFormat::Project), {*z}));
            } catch (const std::exception& e) {
                printError(std::string("search: ") + e.what());
            }
        }
    }
    if (!listener.error().empty()) printError("search: " + listener.error());
    // A walker that threw: what it found is kept above, but the run failed (exit status 2).
    if (r.failed) printError("search: failed: " + r.error);
    const bool success = target > 0 ? (valid && r.reachedTarget) : valid;
    if (!parser.isSet(quietOpt))
        std::cerr << "search: "
                  << (valid ? "rank " + std::to_string(r.scheme.rank())
                            : std::string("nothing found"))
                  << " after " << r.seconds << " s, " << r.flips << " flips"
                  << (timedOut && !success ? " (time limit)" : "") << std::endl;
    if (parser.isSet(jsonOpt)) {
        nlohmann::json j{
            {"found_rank", valid ? nlohmann::json(r.scheme.rank()) : nlohmann::json(nullptr)},
            {"start_rank", engine->startScheme().rank()},
            {"target_rank", target},
            {"reached_target", valid && r.reachedTarget},
            {"seconds", r.seconds},
            {"valid", valid},
            {"out", out.empty() ? nlohmann::json(nullptr) : nlohmann::json(out)},
            {"flips", r.flips},
            {"walker", r.walker},
            {"walker_steps", r.walkerSteps},
            {"seed", seed},
            {"threads", threads},
            {"field", fieldName(params.field)},
            {"size", size->toString()}};
        if (r.failed) j["error"] = r.error;
        if (lifted) {
            j["lifted_to_Z"] = *lifted && liftedField == Field::Z;
            j["lifted_field"] = *lifted ? fieldName(liftedField) : std::string();
        }
        std::cout << j.dump() << std::endl;
    } else if (valid) {
        std::cout << "found rank " << r.scheme.rank() << " for " << size->toString() << " over "
                  << fieldName(params.field) << (out.empty() ? "" : " -> " + out) << "\n";
    }
    if (r.failed) return kBadInput;
    return success ? kOk : kNotValid;
}

}  // namespace tg::cli
