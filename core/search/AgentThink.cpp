#include "core/search/AgentThink.h"

#include <mutex>

#include "core/run/BackgroundRun.h"

namespace tg::search {

struct AgentThink::Impl final : run::Engine {
    ThinkRequest request;
    EvaluatorSlot* slot = nullptr;
    ThinkListener* listener = nullptr;
    std::atomic<long long> simulations{0};
    ThinkResult pending;  // the worker's, until finish()

    mutable std::mutex mutex;  // guards `result`
    ThinkResult result;

    void work(int /*worker*/, run::RunControl& control) override {
        try {
            think(control);
        } catch (...) {
            control.fail("");  // the evaluator's own message: it names the model at fault
        }
    }

    void think(run::RunControl& control) {
        Mcts mcts(request.residual, request.game, slot->get(), request.params, request.seed,
                  request.step, request.history);
        const long long total = request.params.simulations;
        // Chunks keep the progress bar moving.
        constexpr int kChunk = 8;
        thinkInChunks(mcts, total, kChunk, &control.stopFlag(), [&] {
            simulations.store(mcts.simulations());
            if (listener != nullptr)
                control.notify("progress listener",
                               [&] { listener->onProgress(mcts.simulations(), total); });
        });
        pending.candidates = mcts.candidates();
        pending.solution = mcts.knownSolution();
        pending.best = mcts.chooseMove();
        pending.simulations = mcts.simulations();
        pending.hopeless = mcts.isHopeless();
    }

    [[nodiscard]] run::RunStats stats() const override {
        run::RunStats s;
        s.work = simulations.load();
        return s;
    }

    void finish(const run::RunEnd& end, run::RunControl& control) override {
        ThinkResult r = std::move(pending);
        r.stopped = end.reason == run::EndReason::Stopped;
        r.seconds = end.seconds;
        r.error = control.error();
        if (!r.error.empty()) r.candidates.clear();  // a failed think shows nothing half-done
        {
            std::lock_guard lock(mutex);
            result = r;
        }
        if (listener != nullptr)
            control.notify("finish listener", [&] { listener->onFinished(r); });
    }
};

AgentThink::AgentThink(ThinkRequest request, EvaluatorSlot& slot, ThinkListener* listener) {
    auto impl = std::make_unique<Impl>();
    d_ = impl.get();
    d_->request = std::move(request);
    d_->slot = &slot;
    d_->listener = listener;
    own(std::move(impl), run::RunOptions{});
}

ThinkResult AgentThink::result() const {
    std::lock_guard lock(d_->mutex);
    return d_->result;
}

}  // namespace tg::search
