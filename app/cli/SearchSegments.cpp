#include "SearchSegments.h"

#include <chrono>

#include "CliSupport.h"
#include "core/io/LoadError.h"
#include "core/search/Checkpoint.h"
#ifdef TG_HAVE_MPI
#include "core/dist/MpiExchange.h"
#endif

namespace tg::cli {

std::unique_ptr<search::PoolExchange> joinDistributedRun() {
#ifdef TG_HAVE_MPI
    return dist::MpiExchange::joinIfLaunched();
#else
    return nullptr;
#endif
}

std::string checkpointPath(const std::string& file, int rank, int ranks) {
    return ranks > 1 ? file + ".rank" + std::to_string(rank) : file;
}

std::shared_ptr<const search::SearchSnapshot> loadResume(const Options& o, int rank, int ranks) {
    const std::string path = checkpointPath(o.text("resume").toStdString(), rank, ranks);
    try {
        auto s = std::make_shared<search::SearchSnapshot>(search::readCheckpoint(path));
        if (s->ranks != ranks) {
            printError("search", Cli::tr("%1 was written by a run of %2 processes, not %3")
                                     .arg(QString::fromStdString(path))
                                     .arg(s->ranks)
                                     .arg(ranks));
            return nullptr;
        }
        return s;
    } catch (const LoadError& e) {
        printError(std::string("search: ") + e.what());
        return nullptr;
    }
}

search::SegmentedResult runInSegments(const Options& o, const search::FlipSearchParams& params,
                                      std::shared_ptr<const search::SearchSnapshot> resume,
                                      search::PoolExchange* exchange,
                                      search::SearchListener& listener) {
    using Clock = std::chrono::steady_clock;
    const int rank = exchange ? exchange->rank() : 0;
    const int ranks = exchange ? exchange->size() : 1;
    const std::string file = o.isSet("checkpoint")
                                 ? checkpointPath(o.text("checkpoint").toStdString(), rank, ranks)
                                 : std::string();
    const double every = o.get<double>("checkpoint-every");
    Clock::time_point last = Clock::now();
    bool reported = false;
    auto save = [&](const search::SearchSnapshot& s) {
        if (file.empty()) return;
        try {
            search::writeCheckpoint(file, s);
        } catch (const std::exception& e) {
            if (!reported) printError(std::string("search: ") + e.what());
            reported = true;
        }
    };
    search::SegmentedRun run;
    run.params = params;
    run.resume = std::move(resume);
    run.segmentSteps = o.get<long long>("exchange-every");
    run.exchange = exchange;
    run.listener = &listener;
    run.onSegment = [&](const search::SearchSnapshot& s) {
        if (std::chrono::duration<double>(Clock::now() - last).count() < every) return;
        save(s);
        last = Clock::now();
    };
    search::SegmentedResult r = search::runSegmented(run);
    save(r.last);  // where the run ended, to continue it with a larger budget or more time
    return r;
}

}  // namespace tg::cli
