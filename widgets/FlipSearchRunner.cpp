#include "FlipSearchRunner.h"

#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <exception>

#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"
#include "core/search/FlipSearch.h"
#include "core/search/SearchTraceJson.h"

namespace tg {

// Runs on the search's threads, one callback at a time (the run's notify gate), so its own
// state needs no lock; it is reset before each run, while no search thread exists.
class FlipSearchRunner::Listener : public search::SearchListener {
  public:
    explicit Listener(FlipSearchRunner& runner) : runner_(runner) {}

    void reset(const SearchRequest& request) {
        request_ = request;
        startRank_ = request.start ? request.start->rank()
                                   : request.size.n * request.size.m * request.size.p;
        bestReported_ = startRank_;
        lastSaved_.reset();
        lastPath_.clear();
    }
    void onProgress(const search::SearchProgress& p) override {
        SearchProgressInfo info;
        info.bestRank = p.bestRank;
        info.elapsedSeconds = p.elapsedSeconds;
        info.work = p.flips;
        info.rate = p.flipsPerSecond;
        QStringList walkers;
        for (const auto& entry : p.rankHistogram)
            walkers << QStringLiteral("%1\u00d7%2").arg(entry.first).arg(entry.second);
        info.detail =
            FlipSearchRunner::tr("walkers at rank %1").arg(walkers.join(QLatin1Char(' ')));
        runner_.reportProgress(info);
    }

    void onImproved(const search::SearchResult& r) override {
        // The walkers announce where they start too: only a scheme below the start is a find,
        // and only one below the best already reported (each walker announces its own).
        if (r.scheme.rank() >= bestReported_) return;
        bestReported_ = r.scheme.rank();
        const QString where =
            FlipSearchRunner::tr("walker %1, step %2").arg(r.walker).arg(r.walkerSteps);
        const SearchImprovement saved =
            runner_.reportImprovement(r.scheme, episodeOf(r, where), r.seconds, where);
        if (!saved.path.isEmpty()) {
            lastSaved_ = r.scheme.terms;
            lastPath_ = saved.path;
        }
    }

    void onFinished(const search::SearchResult& r) override {
        SearchOutcome out = outcomeOf(r);
        if (r.found && r.scheme.rank() >= startRank_) {
            out.note = FlipSearchRunner::tr("Nothing below the start's rank %1 was found.")
                           .arg(startRank_);
        } else if (r.found) {
            // The search's final choice (deterministic, see FlipSearch.h) may be another
            // scheme of the best rank than the one announced last: keep it too.
            if (lastSaved_ && *lastSaved_ == r.scheme.terms) {
                out.path = lastPath_;
            } else if (lastSaved_ && lastSaved_->size() == r.scheme.terms.size()) {
                // Another scheme of the rank already saved: it takes that file's place, so
                // that one rank is saved once.
                const QString where = FlipSearchRunner::tr("final choice, walker %1, step %2")
                                          .arg(r.walker)
                                          .arg(r.walkerSteps);
                try {
                    writeFileAtomic(lastPath_.toStdString(),
                                    episodeToProjectJson(episodeOf(r, where)));
                    out.path = lastPath_;
                } catch (const std::exception& e) {
                    out.error = QString::fromStdString(e.what());
                }
            } else {
                const QString where = FlipSearchRunner::tr("final choice, walker %1, step %2")
                                          .arg(r.walker)
                                          .arg(r.walkerSteps);
                out.path = runner_.saveResult(episodeOf(r, where), r.scheme.rank(), &out.error);
            }
            if (r.trace && !out.path.isEmpty()) savePath(*r.trace, out);
        }
        runner_.reportFinished(out);
    }

  private:
    // The scheme as an episode of the search's moves, saying where it was found.
    Episode episodeOf(const search::SearchResult& r, const QString& where) const {
        const std::string source = FlipSearchRunner::tr("flip search, seed %1, %2")
                                       .arg(request_.seed)
                                       .arg(where)
                                       .toStdString();
        Episode e = episodeFromScheme(r.scheme, source);
        for (Move& m : e.moves) m.actor = Actor::Search;
        e.name = r.scheme.name;
        return e;
    }

    void savePath(const search::SearchTrace& trace, SearchOutcome& out) const {
        const QString counts = FlipSearchRunner::tr("%1 flips, %2 reductions, %3 plus transitions")
                                   .arg(trace.count("flip"))
                                   .arg(trace.count("reduction"))
                                   .arg(trace.count("plus"));
        if (trace.length() > kMaxSavedPathSteps) {
            out.note = FlipSearchRunner::tr(
                           "The walk's path of %1 steps (%2) was not saved: it has more than %3.")
                           .arg(trace.length())
                           .arg(counts)
                           .arg(kMaxSavedPathSteps);
            return;
        }
        try {
            const QString path =
                runner_.store().saveBeside(out.path, search::searchTraceToJson(trace));
            out.note = FlipSearchRunner::tr("The walk's path (%1) was saved to %2.")
                           .arg(counts, QFileInfo(path).fileName());
        } catch (const std::exception& e) {
            out.note = FlipSearchRunner::tr("The walk's path was not saved: %1")
                           .arg(QString::fromUtf8(e.what()));
        }
    }

    FlipSearchRunner& runner_;
    SearchRequest request_;
    int startRank_ = 0;
    int bestReported_ = 0;  // the lowest rank reported in this run
    std::optional<std::vector<Term>> lastSaved_;
    QString lastPath_;
};

FlipSearchRunner::FlipSearchRunner(QObject* parent)
    : SearchRunner(parent), listener_(std::make_unique<Listener>(*this)) {}

FlipSearchRunner::~FlipSearchRunner() {
    // Joins the walkers and the monitor (the final result is saved by then) before the
    // listener goes.
    shutdownEngine();
}

std::unique_ptr<run::Job> FlipSearchRunner::makeEngine(const SearchRequest& request,
                                                       QString* error) {
    // The same preset as the CLI's for this size, target and symmetry.
    search::FlipSearchParams params = search::FlipSearchParams::forSize(
        request.size, request.field, request.targetRank, request.symmetry);
    params.seed = request.seed;
    params.threads = request.threads;
    params.start = request.start;
    params.symmetry = request.symmetry;
    // A cyclic walk records no path (its moves are three flips at once).
    params.recordTrace = request.symmetry == search::Symmetry::None &&
                         static_cast<long long>(request.size.n) * request.size.m * request.size.p <=
                             kMaxRecordedVolume;
    if (request.resume) {
        // A checkpoint's search (tensorgame-cli search --checkpoint): its settings and walkers.
        params = request.resume->params;
        params.resume = request.resume;
        params.start = request.resume->start;
        params.canonicalIndex = true;
        params.recordTrace = false;
    }
    params.progressIntervalMs = 200;
    params.timeLimitSeconds = request.timeLimitSeconds;
    shutdownEngine();  // no thread of the previous run is left to call the listener
    listener_->reset(request);
    return makeEngineOf<search::FlipSearch>(std::move(params), listener_.get(), error);
}

}  // namespace tg
