#pragma once
// What an owner sees of any engine run in the background (FlipSearch, AgentSearch, AgentThink,
// Trainer): the lifecycle of run::BackgroundRun (core/run/BackgroundRun.h) without the engine's
// results, so that one owner (the GUI's EngineBridge, a CLI command) handles them all alike.
#include <chrono>

namespace tg::run {

class Job {
  public:
    virtual ~Job() = default;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual void wait() = 0;
    // True when the run finished within `timeout`; false at once before start().
    virtual bool waitFor(std::chrono::milliseconds timeout) = 0;
    [[nodiscard]] virtual bool isFinished() const = 0;
};

}  // namespace tg::run
