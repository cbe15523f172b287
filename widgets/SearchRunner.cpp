#include "SearchRunner.h"

#include <exception>

namespace tg {

SearchRunner::SearchRunner(QObject* parent) : QObject(parent) {
    deadline_.setSingleShot(true);
    connect(&deadline_, &QTimer::timeout, this, [this] {
        timedOut_ = true;
        stopEngine();
    });
}

SearchRunner::~SearchRunner() = default;

bool SearchRunner::start(const SearchRequest& request, QString* error) {
    if (running_) {
        if (error) *error = tr("A search is already running");
        return false;
    }
    QString reason;
    if (!startEngine(request, &reason)) {
        if (error) *error = reason;
        return false;
    }
    request_ = request;
    running_ = true;
    timedOut_ = false;
    if (request.timeLimitSeconds > 0)
        deadline_.start(static_cast<int>(request.timeLimitSeconds * 1000));
    Q_EMIT started();
    return true;
}

void SearchRunner::stop() {
    if (!running_) return;
    deadline_.stop();
    stopEngine();
}

bool SearchRunner::setResultsFolder(const QString& folder) {
    if (running_) return false;
    store_.setFolder(folder);
    return true;
}

// Each report is queued to this object's thread: the functor runs there, or never if the
// runner was deleted first (its destructor joined the engine, so no report can come later).
void SearchRunner::reportProgress(const SearchProgressInfo& info) {
    QMetaObject::invokeMethod(
        this, [this, info] { Q_EMIT progress(info); }, Qt::QueuedConnection);
}

SearchImprovement SearchRunner::reportImprovement(const Scheme& scheme, const Episode& episode,
                                                  double seconds, const QString& description) {
    SearchImprovement imp;
    imp.scheme = scheme;
    imp.seconds = seconds;
    imp.description = description;
    imp.path = saveResult(episode, scheme.rank(), &imp.error);
    QMetaObject::invokeMethod(
        this, [this, imp] { Q_EMIT improved(imp); }, Qt::QueuedConnection);
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
    QMetaObject::invokeMethod(
        this, [this, outcome] { onFinished(outcome); }, Qt::QueuedConnection);
}

void SearchRunner::onFinished(SearchOutcome outcome) {
    deadline_.stop();
    if (outcome.end == SearchOutcome::End::Stopped && timedOut_)
        outcome.end = SearchOutcome::End::TimeLimit;
    running_ = false;
    Q_EMIT finished(outcome);
}

}  // namespace tg
