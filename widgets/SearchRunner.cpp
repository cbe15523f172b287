#include "SearchRunner.h"

#include <exception>

namespace tg {

SearchRunner::SearchRunner(QObject* parent) : QObject(parent) {}

SearchRunner::~SearchRunner() = default;

bool SearchRunner::start(const SearchRequest& request, QString* error) {
    if (isRunning()) {
        if (error) *error = tr("A search is already running");
        return false;
    }
    QString reason;
    std::unique_ptr<run::Job> engine = makeEngine(request, &reason);
    if (!engine) {
        if (error) *error = reason;
        return false;
    }
    request_ = request;
    bridge_.start(std::move(engine));
    Q_EMIT started();
    return true;
}

void SearchRunner::stop() {
    bridge_.stop();
}

bool SearchRunner::setResultsFolder(const QString& folder) {
    if (isRunning()) return false;
    store_.setFolder(folder);
    return true;
}

SearchOutcome SearchRunner::outcomeOf(const search::SearchResult& r) {
    SearchOutcome out;
    out.found = r.found;
    out.bestRank = r.found ? r.scheme.rank() : 0;
    out.seconds = r.seconds;
    using run::EndReason;
    if (r.failed || r.end == EndReason::Failed) {
        // What was found is kept, but the outcome says why the search failed (a model that
        // cannot load, a walker that threw), not "nothing found".
        out.end = SearchOutcome::End::Failed;
        out.error = QString::fromStdString(r.error);
    } else if (r.reachedTarget) {
        out.end = SearchOutcome::End::ReachedTarget;
    } else if (r.end == EndReason::TimeLimit) {
        out.end = SearchOutcome::End::TimeLimit;
    } else if (r.end == EndReason::Stopped || r.end == EndReason::External) {
        out.end = SearchOutcome::End::Stopped;
    } else {
        out.end = SearchOutcome::End::Exhausted;
    }
    return out;
}

void SearchRunner::reportProgress(const SearchProgressInfo& info) {
    bridge_.post([this, info] { Q_EMIT progress(info); });
}

SearchImprovement SearchRunner::reportImprovement(const Scheme& scheme, const Episode& episode,
                                                  double seconds, const QString& description) {
    SearchImprovement imp;
    imp.scheme = scheme;
    imp.seconds = seconds;
    imp.description = description;
    imp.path = saveResult(episode, scheme.rank(), &imp.error);
    bridge_.post([this, imp] { Q_EMIT improved(imp); });
    return imp;
}

QString SearchRunner::saveResult(const Episode& episode, int rank, QString* error) {
    try {
        return store_.save(episode, engineId(), rank);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return {};
    }
}

void SearchRunner::reportFinished(const SearchOutcome& outcome) {
    bridge_.postLast([this, outcome] { Q_EMIT finished(outcome); });
}

}  // namespace tg
