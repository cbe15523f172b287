#pragma once
// The agent's "Think" on one game state: a number of simulations of the tree search (Mcts) on
// a background thread, then the root's candidates - what the interactive Agent panel shows.
//
// Lifecycle: run::BackgroundRun's contract (core/run/BackgroundRun.h) with one worker thread;
// the search looks at the stop request every simulation. The listener hears the simulations
// done (in chunks of 8) and, once, the result; an evaluator that throws ends the think with
// ThinkResult::error.
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/run/Job.h"
#include "core/search/Evaluator.h"
#include "core/search/IntResidual.h"
#include "core/search/Mcts.h"

namespace tg::search {

struct ThinkRequest {
    IntResidual residual;
    int step = 0;
    std::vector<Action> history;
    AgentGame game;
    MctsParams params;
    std::uint64_t seed = 1;
};

struct ThinkResult {
    std::vector<CandidateStats> candidates;       // most visited first
    std::optional<std::vector<Action>> solution;  // an exact finish, when one was found
    std::optional<Action> best;                   // what the agent would play
    long long simulations = 0;
    double seconds = 0;
    bool stopped = false;
    bool hopeless = false;  // cannot finish within the game's limit
    std::string error;      // the evaluator failed (a model that cannot be used)
};

class ThinkListener {
  public:
    virtual ~ThinkListener() = default;
    virtual void onProgress(long long /*simulations*/, long long /*total*/) {}
    // Once, after the think has ended (finished, stopped or failed).
    virtual void onFinished(const ThinkResult& /*result*/) {}
};

// Where thinks get their evaluator: made by `factory` on the first think's thread (loading a
// network takes a while, and may fail: that think then reports the error) and kept for the
// next ones.
struct EvaluatorSlot {
    std::function<std::unique_ptr<Evaluator>()> factory;
    std::unique_ptr<Evaluator> evaluator;

    Evaluator& get() {
        if (!evaluator) evaluator = factory ? factory() : nullptr;
        if (!evaluator) throw std::runtime_error("no evaluator");
        return *evaluator;
    }
};

class AgentThink final : public run::BackgroundJob {
  public:
    // `slot` is used by the think's thread only, until the think has finished; it must outlive
    // the think.
    AgentThink(ThinkRequest request, EvaluatorSlot& slot, ThinkListener* listener = nullptr);
    AgentThink(const AgentThink&) = delete;
    AgentThink& operator=(const AgentThink&) = delete;

    // start(), stop(), wait(), waitFor() and isFinished(): run::BackgroundJob.
    // After the think has finished.
    [[nodiscard]] ThinkResult result() const;

  private:
    struct Impl;
    Impl* d_ = nullptr;  // owned by run::BackgroundJob
};

}  // namespace tg::search
