#pragma once
// What an owner sees of any engine run in the background (FlipSearch, AgentSearch, AgentThink,
// Trainer): the lifecycle of run::BackgroundRun (core/run/BackgroundRun.h) without the engine's
// results, so that one owner (the GUI's EngineBridge, a CLI command) handles them all alike.
#include <chrono>

namespace tg::run {

class BackgroundRun;

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

// A Job whose lifecycle is a BackgroundRun: what every engine is. The engine gives its run;
// the lifecycle methods are this class's, written once.
class BackgroundJob : public Job {
  public:
    void start() final;
    void stop() final;
    void wait() final;
    bool waitFor(std::chrono::milliseconds timeout) final;
    [[nodiscard]] bool isFinished() const final;

  protected:
    [[nodiscard]] virtual BackgroundRun& lifecycle() const = 0;
};

}  // namespace tg::run
