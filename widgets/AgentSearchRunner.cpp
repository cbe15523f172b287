#include "AgentSearchRunner.h"

#include <exception>

#include "core/search/AgentSearch.h"
#include "core/search/AgentSwitches.h"

namespace tg {

// Runs on the agent's monitor and game threads, one callback at a time (the run's notify gate);
// reset before each run while no agent thread exists.
class AgentSearchRunner::Listener : public search::SearchListener {
  public:
    explicit Listener(AgentSearchRunner& runner) : runner_(runner) {}

    void reset(const SearchRequest& request) { request_ = request; }

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
            AgentSearchRunner::tr("thread %1, game %2").arg(r.agentThread).arg(r.agentGame);
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
        SearchOutcome out = outcomeOf(r);
        if (r.found && r.scheme.rank() == lastRank_) out.path = lastPath_;
        runner_.reportFinished(out);
    }

  private:
    AgentSearchRunner& runner_;
    SearchRequest request_;
    QString lastPath_;
    int lastRank_ = 0;
};

AgentSearchRunner::AgentSearchRunner(EvaluatorResolver resolver, QObject* parent)
    : SearchRunner(parent),
      resolver_(std::move(resolver)),
      listener_(std::make_unique<Listener>(*this)) {}

AgentSearchRunner::~AgentSearchRunner() {
    // Stops and joins the games (within one simulation; what they found is saved by then)
    // before the listener goes.
    shutdownEngine();
}

std::unique_ptr<run::Job> AgentSearchRunner::makeEngine(const SearchRequest& request,
                                                        QString* error) {
    search::AgentSearchParams params;
    params.game.size = request.size;
    params.game.coefficients =
        request.field == Field::Z2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
    params.game.targetRank = request.targetRank;
    params.seed = request.seed;
    params.threads = request.threads;
    params.mcts = search::MctsParams::strong();
    search::applyAgentSwitches(request.agentParts, params);
    params.progressIntervalMs = 200;
    params.timeLimitSeconds = request.timeLimitSeconds;
    QString why;
    params.evaluatorFactory =
        resolver_ ? resolver_(request.model, request.size, params.game.coefficients, &why)
                  : EvaluatorFactory{};
    if (resolver_ && !params.evaluatorFactory) {
        if (error) *error = why;
        return nullptr;
    }
    shutdownEngine();  // no thread of the previous run is left to call the listener
    listener_->reset(request);
    return makeEngineOf<search::AgentSearch>(std::move(params), listener_.get(), error);
}

}  // namespace tg
