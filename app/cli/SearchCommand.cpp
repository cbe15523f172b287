// tensorgame-cli search: flip-graph local search from the naive scheme or a given one.
//
// Every improvement is verified and written to --out at once (atomically), so a search that is
// stopped or killed keeps what it had found. Progress goes to stderr; --json prints one object
// as the last line of stdout.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "ResultFiles.h"
#include "SearchOptions.h"
#include "SearchSegments.h"
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
        : files_(std::move(out), format), quiet_(quiet) {}

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
        files_.save(r);
    }

    ResultFiles& files() { return files_; }

  private:
    ResultFiles files_;
    bool quiet_;
    double lastPrint_ = 0;
};

// What the command line asks, checked.
struct FlipJob {
    search::FlipSearchParams params;
    TensorSize size;
    std::string out;
    SchemeFormat format = SchemeFormat::Project;
    double timeLimit = 0;
    int target = 0;
};

// The start and size: --from, --size, or both when they agree.
bool startAndSize(const Options& o, std::optional<Scheme>& start, std::optional<TensorSize>& size) {
    size = o.find<TensorSize>("size");
    if (!o.has("from")) {
        if (!size) printError("search", Cli::tr("say --size n,m,p or --from SCHEME"));
        return size.has_value();
    }
    bool failed = false;
    auto loaded = loadAll({o.text("from")}, failed);
    if (failed || loaded.size() != 1) {
        if (!failed) printError("search", Cli::tr("--from must name exactly one scheme"));
        return false;
    }
    start = loaded.front().scheme;
    if (size && !(*size == start->size)) {
        printError("search", Cli::tr("--size differs from the size of --from"));
        return false;
    }
    size = start->size;
    return true;
}

std::optional<FlipJob> flipJob(const Options& o) {
    std::optional<Scheme> start;
    std::optional<TensorSize> size;
    if (!startAndSize(o, start, size)) return std::nullopt;
    const auto symmetry = symmetryFor("search", o, *size);
    if (!symmetry) return std::nullopt;
    FlipJob job;
    job.size = *size;
    job.out = o.text("out").toStdString();
    const auto format = outFormat("search", job.out);
    if (!format) return std::nullopt;
    job.format = *format;
    job.target = o.get<int>("target-rank");
    job.timeLimit = o.get<double>("time-limit");
    const long long maxFlips = o.get<long long>("max-flips");
    if (job.target == 0 && job.timeLimit == 0 && maxFlips == 0) job.timeLimit = 10;
    search::FlipSearchParams& p = job.params;
    p = search::FlipSearchParams::forSize(*size, o.get<Field>("field"), job.target, *symmetry);
    p.timeLimitSeconds = job.timeLimit;
    // SIGINT or SIGTERM: stop as at the time limit, keeping (and writing) what was found.
    p.externalStop = &stopSignalFlag();
    p.start = start;
    p.seed = o.get<std::uint64_t>("seed");
    p.threads = o.get<int>("threads");
    p.maxFlipsPerWalker = maxFlips;
    p.recordTrace = o.isSet("path");
    // The preset's values unless the command line names them.
    p.plateauLimit = o.find<long long>("plateau").value_or(p.plateauLimit);
    p.plusHeadroom = o.find<int>("plus-headroom").value_or(p.plusHeadroom);
    p.pathLimit = o.find<long long>("path-limit").value_or(p.pathLimit);
    p.poolSize = o.find<int>("pool").value_or(p.poolSize);
    p.plusQuietFlips = o.find<long long>("plus-quiet").value_or(p.plusQuietFlips);
    if (o.isSet("fresh-restarts")) p.restartFromStart = true;
    p.deadLevelPath = o.find<long long>("dead-level-path").value_or(p.deadLevelPath);
    p.symmetry = *symmetry;
    return job;
}

// The job of --resume: the checkpoint's search, with a new time limit, flip budget or target
// when the command line gives one.
FlipJob resumeJob(const Options& o, const search::SearchSnapshot& snap) {
    FlipJob job;
    job.params = snap.params;
    search::FlipSearchParams& p = job.params;
    job.size = p.size;
    job.out = o.text("out").toStdString();
    job.format = formatForWriting(job.out).value_or(SchemeFormat::Project);
    if (o.isSet("target-rank")) p.targetRank = o.get<int>("target-rank");
    if (o.isSet("max-flips")) p.maxFlipsPerWalker = o.get<long long>("max-flips");
    job.target = p.targetRank;
    job.timeLimit = o.get<double>("time-limit");
    if (job.target == 0 && job.timeLimit == 0 && p.maxFlipsPerWalker == 0) job.timeLimit = 10;
    p.timeLimitSeconds = job.timeLimit;
    p.externalStop = &stopSignalFlag();
    return job;
}

// --trace and --path of a valid result; false when one could not be written (it said why).
bool writeTraces(const Options& o, const search::SearchResult& r, std::uint64_t seed) {
    try {
        if (o.isSet("trace")) {
            Episode e = episodeFromScheme(r.scheme, "search seed " + std::to_string(seed));
            for (Move& m : e.moves) m.actor = Actor::Search;
            writeFileAtomic(o.text("trace").toStdString(), episodeToProjectJson(e));
        }
        if (r.trace && o.isSet("path"))
            writeFileAtomic(o.text("path").toStdString(), search::searchTraceToJson(*r.trace));
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
        return false;
    }
    return true;
}

struct LiftOutcome {
    bool lifted = false;
    Field field = Field::Z;  // Q when the lift needs odd denominators
};

// --lift of a valid result: Hensel lifting from Z2 (a result over Z is its own lift).
LiftOutcome liftResult(const Options& o, const Scheme& found, Field field, std::uint64_t seed) {
    std::optional<Scheme> z;
    if (field == Field::Z) {
        z = found;
    } else {
        search::HenselLiftOptions lo;
        lo.seed = seed;
        const search::HenselLiftResult hl = search::henselLift(found, lo);
        if (hl.lifted()) z = hl.scheme;
        if (!o.isSet("quiet")) std::cerr << "search: " << hl.describe() << std::endl;
    }
    LiftOutcome outcome;
    outcome.lifted = z.has_value() && verify(*z, z->field).valid;
    if (z) outcome.field = z->field;
    if (!outcome.lifted) return outcome;
    const std::string liftOut = o.text("lift").toStdString();
    try {
        writeFileAtomic(
            liftOut, writeSchemes(formatForWriting(liftOut).value_or(SchemeFormat::Project), {*z}));
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
    }
    return outcome;
}

// `extra`: the run's own fields (ranks, exchanges), added to the JSON object.
void printResult(const Options& o, const FlipJob& job, int startRank, const nlohmann::json& extra,
                 const search::SearchResult& r, bool valid, std::optional<LiftOutcome> lift) {
    if (o.isSet("json")) {
        nlohmann::json j{
            {"found_rank", valid ? nlohmann::json(r.scheme.rank()) : nlohmann::json(nullptr)},
            {"start_rank", startRank},
            {"target_rank", job.target},
            {"reached_target", valid && r.reachedTarget},
            {"seconds", r.seconds},
            {"valid", valid},
            {"out", job.out.empty() ? nlohmann::json(nullptr) : nlohmann::json(job.out)},
            {"flips", r.flips},
            {"walker", r.walker},
            {"walker_steps", r.walkerSteps},
            {"seed", job.params.seed},
            {"threads", job.params.threads},
            {"field", fieldName(job.params.field)},
            {"symmetry", search::symmetryName(job.params.symmetry)},
            {"size", job.size.toString()}};
        j.update(extra);
        if (r.failed) j["error"] = r.error;
        if (lift) {
            j["lifted_to_Z"] = lift->lifted && lift->field == Field::Z;
            j["lifted_field"] = lift->lifted ? fieldName(lift->field) : std::string();
        }
        std::cout << j.dump() << std::endl;
    } else if (valid) {
        std::cout << "found rank " << r.scheme.rank() << " for " << job.size.toString() << " over "
                  << fieldName(job.params.field) << (job.out.empty() ? "" : " -> " + job.out)
                  << "\n";
    }
}

// Every file the run will write has a folder that takes it: checked before hours of search.
bool foldersCanTake(const Options& o, const FlipJob& job) {
    for (const char* option : {"trace", "path", "checkpoint"})
        if (!folderCanTake("search", o.text(option).toStdString())) return false;
    return folderCanTake("search", job.out);
}

// One FlipSearch on this process's threads, to the end.
search::SearchResult runWhole(const FlipJob& job, search::SearchListener& listener,
                              int& startRank) {
    search::FlipSearch engine(job.params, &listener);
    startRank = engine.startScheme().rank();
    engine.start();
    engine.wait();  // the target, the time limit, the flip budget or a stop signal ends it
    return engine.result();
}

int execute(const Options& o) {
    std::unique_ptr<search::PoolExchange> exchange;
    try {
        exchange = joinDistributedRun();
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
        return kBadInput;
    }
    const int rank = exchange ? exchange->rank() : 0;
    const int ranks = exchange ? exchange->size() : 1;
    std::shared_ptr<const search::SearchSnapshot> resume;
    std::optional<FlipJob> job;
    bool ready = !o.isSet("resume") || (resume = loadResume(o, rank, ranks)) != nullptr;
    if (ready) job = resume ? std::optional<FlipJob>(resumeJob(o, *resume)) : flipJob(o);
    ready = ready && job.has_value() && foldersCanTake(o, *job);
    const bool segmented = resume || o.isSet("checkpoint") || ranks > 1;
    if (ready && segmented && o.isSet("path")) {
        printError("search", Cli::tr("--path cannot be combined with --checkpoint, --resume or "
                                     "a run under mpirun"));
        ready = false;
    }
    // Under mpirun every process starts or none does: one that returned alone would leave the
    // others waiting in their first exchange for ever.
    if (ranks > 1 && !search::everyoneReady(*exchange, ready)) {
        if (ready)
            printError("search", Cli::tr("another process of the run could not start (see its "
                                         "message); none starts"));
        return kBadInput;
    }
    if (!ready) return kBadInput;
    if (rank != 0) job->out.clear();  // rank 0 writes the results
    CliListener listener(job->out, job->format, o.isSet("quiet") || rank != 0);
    search::SearchResult r;
    int startRank = 0;
    nlohmann::json extra{{"ranks", ranks}};
    try {
        if (segmented) {
            const search::SegmentedResult s =
                runInSegments(o, job->params, resume, exchange.get(), listener);
            r = s.result;
            startRank = s.start.rank();
            extra["segments"] = s.last.segments;
            extra["exchanges"] = s.exchanges;
            extra["exchange_seconds"] = s.exchangeSeconds;
            extra["exchanged_bytes"] = s.exchangedBytes;
        } else {
            r = runWhole(*job, listener, startRank);
        }
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
        // The other processes would wait for this one in their next exchange: end them all.
        if (ranks > 1) exchange->abortAll(kBadInput);
        return kBadInput;
    }
    if (rank != 0) {  // the same exit status as rank 0, without its output
        if (r.failed) return kBadInput;
        return (job->target > 0 ? r.found && r.reachedTarget : r.found) ? kOk : kNotValid;
    }
    const bool timedOut = r.end == run::EndReason::TimeLimit || r.end == run::EndReason::External;
    const bool valid = r.found && verify(r.scheme, job->params.field).valid;
    if (valid) listener.files().save(r);  // the deterministic final choice
    const bool tracesWritten = !valid || writeTraces(o, r, job->params.seed);
    std::optional<LiftOutcome> lift;
    if (valid && o.isSet("lift"))
        lift = liftResult(o, r.scheme, job->params.field, job->params.seed);
    const std::string writeError = listener.files().firstError();
    if (!writeError.empty()) printError("search: " + writeError);
    // A walker that threw: what it found is kept above, but the run failed (exit status 2).
    if (r.failed) printError("search", Cli::tr("failed: %1").arg(QString::fromStdString(r.error)));
    const bool success = job->target > 0 ? (valid && r.reachedTarget) : valid;
    if (!o.isSet("quiet"))
        std::cerr << "search: "
                  << (valid ? "rank " + std::to_string(r.scheme.rank())
                            : std::string("nothing found"))
                  << " after " << r.seconds << " s, " << r.flips << " flips"
                  << (timedOut && !success ? " (time limit)" : "") << std::endl;
    printResult(o, *job, startRank, extra, r, valid, lift);
    // A result that could not be written is lost to the user: the run failed (exit status 2).
    if (r.failed || !writeError.empty() || !tracesWritten) return kBadInput;
    return success ? kOk : kNotValid;
}

}  // namespace

int runFlipSearch(const QStringList& args) {
    installStopSignals();  // SIGINT, SIGTERM: stop as at the time limit, keep what was written
    return runCommand(kFlipSearchCommand, args, execute);
}

}  // namespace tg::cli
