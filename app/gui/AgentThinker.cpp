#include "AgentThinker.h"

#include "core/search/Evaluators.h"

namespace tg {

// Runs on the think's thread; forwards through the bridge.
class AgentThinker::Listener final : public search::ThinkListener {
  public:
    explicit Listener(AgentThinker& thinker) : thinker_(thinker) {}

    void onProgress(long long simulations, long long total) override {
        thinker_.bridge_.post(
            [t = &thinker_, simulations, total] { Q_EMIT t->progress(simulations, total); });
    }
    // The bridge is idle again before the signal: a slot may start the next think at once.
    void onFinished(const ThinkResult& result) override {
        thinker_.bridge_.postLast([t = &thinker_, result] { Q_EMIT t->finished(result); });
    }

  private:
    AgentThinker& thinker_;
};

AgentThinker::AgentThinker(QObject* parent)
    : QObject(parent), listener_(std::make_unique<Listener>(*this)) {
    qRegisterMetaType<tg::ThinkResult>();
    slot_.factory = [] { return std::make_unique<search::UniformEvaluator>(); };
    description_ = tr("uniform (no network)");
}

AgentThinker::~AgentThinker() {
    bridge_.shutdown();
}

bool AgentThinker::setEvaluatorFactory(EvaluatorFactory factory, const QString& description) {
    if (isBusy()) return false;
    bridge_.shutdown();  // the last think has finished: joins at once
    slot_.factory = std::move(factory);
    slot_.evaluator.reset();
    description_ = description;
    return true;
}

bool AgentThinker::think(ThinkRequest request) {
    if (isBusy()) return false;
    bridge_.shutdown();  // the last think has finished: joins at once
    return bridge_.start(
        std::make_unique<search::AgentThink>(std::move(request), slot_, listener_.get()));
}

void AgentThinker::stop() {
    bridge_.stop();
}

}  // namespace tg
