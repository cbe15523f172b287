#include "AgentThinker.h"

#include <QMetaObject>
#include <chrono>

#include "core/search/Evaluators.h"

namespace tg {

AgentThinker::AgentThinker(QObject* parent) : QObject(parent) {
    qRegisterMetaType<tg::ThinkResult>();
    factory_ = [] { return std::make_unique<search::UniformEvaluator>(); };
    description_ = tr("uniform (no network)");
}

AgentThinker::~AgentThinker() {
    stop();
    if (worker_.joinable()) worker_.join();
}

bool AgentThinker::setEvaluatorFactory(EvaluatorFactory factory, const QString& description) {
    if (busy_.load()) return false;
    if (worker_.joinable()) worker_.join();  // finished: returns at once
    factory_ = std::move(factory);
    description_ = description;
    evaluator_.reset();
    return true;
}

bool AgentThinker::think(ThinkRequest request) {
    if (busy_.exchange(true)) return false;
    if (worker_.joinable()) worker_.join();  // the previous think has finished
    stop_.store(false);
    worker_ = std::jthread([this, r = std::move(request)]() mutable { run(std::move(r)); });
    return true;
}

void AgentThinker::stop() {
    stop_.store(true);
}

void AgentThinker::run(ThinkRequest request) {
    ThinkResult result;
    const auto t0 = std::chrono::steady_clock::now();
    try {
        if (!evaluator_) evaluator_ = factory_();
        search::Mcts mcts(request.residual, request.game, *evaluator_, request.params, request.seed,
                          request.step, request.history);
        const int total = request.params.simulations;
        // Chunks keep the progress bar moving and the stop flag close at hand.
        constexpr int kChunk = 8;
        for (int done = 0; done < total;) {
            const int want = std::min(kChunk, total - done);
            const int ran = mcts.think(want, &stop_);
            done += want;
            const qint64 sims = mcts.simulations();
            QMetaObject::invokeMethod(
                this, [this, sims, total] { Q_EMIT progress(sims, total); }, Qt::QueuedConnection);
            if (ran < want) break;
        }
        result.candidates = mcts.candidates();
        result.solution = mcts.knownSolution();
        result.best = mcts.chooseMove();
        result.simulations = mcts.simulations();
        result.hopeless = mcts.isHopeless();
    } catch (const std::exception& e) {
        result.error = QString::fromStdString(e.what());
    }
    result.stopped = stop_.load();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // busy_ is cleared on the GUI thread, in order with the signal, so that a slot connected to
    // finished() may start the next think at once.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
            busy_.store(false);
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

}  // namespace tg
