#include "AgentSearchRunner.h"

#include <atomic>
#include <exception>

#include "core/search/AgentSearch.h"
#include "widgets/LowerPriority.h"

namespace tg {

// Runs on the agent's monitor and game threads, one callback at a time (AgentSearch serialises
// them); reset before each run while no agent thread exists.
class AgentSearchRunner::Listener : public search::SearchListener {
  public:
    explicit Listener(AgentSearchRunner& runner) : runner_(runner) {}

    void reset(const SearchRequest& request) {
        request_ = request;
        stopRequested_.store(false);
    }
    void requestStop() { stopRequested_.store(true); }

    void onProgress(const search::SearchProgress& p) override {
        SearchProgressInfo info;
        info.bestRank = p.bestRank;
        info.elapsedSeconds = p.elapsedSeconds;
        info.work = p.simulations;
        info.rate = p.simulationsPerSecond;
        info.detail = AgentSearchRunner::tr("%n game(s), %1 network evaluations", nullptr,
                                            static_cast<int>(p.games))
                          .arg(p.evaluations);
        runner_.reportProgress(info);
    }

    void onImproved(const search::SearchResult& r) override {
        if (!r.episode) return;
        const QString where =
            AgentSearchRunner::tr("thread %1, game %2").arg(r.walker).arg(r.walkerSteps);
        Episode e = *r.episode;
        e.source =
            AgentSearchRunner::tr("agent, seed %1, %2").arg(request_.seed).arg(where).toStdString();
        const SearchImprovement saved = runner_.reportImprovement(r.scheme, e, r.seconds, where);
        if (!saved.path.isEmpty()) {
            lastPath_ = saved.path;
            lastRank_ = r.scheme.rank();
        }
    }

    void onFinished(const search::SearchResult& r) override {
        SearchOutcome out;
        out.found = r.found;
        out.bestRank = r.found ? r.scheme.rank() : 0;
        out.seconds = r.seconds;
        out.end = r.reachedTarget         ? SearchOutcome::End::ReachedTarget
                  : stopRequested_.load() ? SearchOutcome::End::Stopped
                                          : SearchOutcome::End::Exhausted;
        if (r.found && r.scheme.rank() == lastRank_) out.path = lastPath_;
        if (r.failed) {
            // An evaluator threw (a model that cannot load): say why, not "nothing found".
            out.end = SearchOutcome::End::Failed;
            out.error = QString::fromStdString(r.error);
        }
        runner_.reportFinished(out);
    }

  private:
    AgentSearchRunner& runner_;
    SearchRequest request_;
    std::atomic<bool> stopRequested_{false};
    QString lastPath_;
    int lastRank_ = 0;
};

AgentSearchRunner::AgentSearchRunner(EvaluatorResolver resolver, QObject* parent)
    : SearchRunner(parent),
      resolver_(std::move(resolver)),
      listener_(std::make_unique<Listener>(*this)) {}

AgentSearchRunner::~AgentSearchRunner() {
    // Stops and joins the games (within one simulation); what they found is saved by then.
    search_.reset();
}

bool AgentSearchRunner::startEngine(const SearchRequest& request, QString* error) {
    search_.reset();
    search::AgentSearchParams params;
    params.game.size = request.size;
    params.game.coefficients =
        request.field == Field::Z2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
    params.game.targetRank = request.targetRank;
    params.seed = request.seed;
    params.threads = request.threads;
    params.mcts = search::MctsParams::strong();
    params.progressIntervalMs = 200;
    // The time limit is the runner's (SearchRunner stops the engine).
    QString why;
    params.evaluatorFactory =
        resolver_ ? resolver_(request.model, request.size, params.game.coefficients, &why)
                  : EvaluatorFactory{};
    if (resolver_ && !params.evaluatorFactory) {
        if (error) *error = why;
        return false;
    }
    listener_->reset(request);
    try {
        search_ = std::make_unique<search::AgentSearch>(std::move(params), listener_.get());
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    startBelowTheGuiThread([this] { search_->start(); });  // start() returns at once
    return true;
}

void AgentSearchRunner::stopEngine() {
    listener_->requestStop();
    if (search_) search_->stop();
}

}  // namespace tg
