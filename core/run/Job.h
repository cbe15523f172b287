#pragma once
// What an owner sees of any engine run in the background (FlipSearch, AgentSearch, AgentThink,
// Trainer): the lifecycle of run::BackgroundRun (core/run/BackgroundRun.h) without the engine's
// results, so that one owner (the GUI's EngineBridge, a CLI command) handles them all alike.
#include <chrono>
#include <memory>

namespace tg::run {

class BackgroundRun;
class Engine;
class RunControl;
struct RunOptions;

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

// A Job whose lifecycle is a BackgroundRun: what every engine is. It owns the engine (its
// state, an Engine) and the run, and shuts the run down before the engine goes, so an engine
// class needs no destructor of its own; the lifecycle methods are written once, here.
class BackgroundJob : public Job {
  public:
    ~BackgroundJob() override;
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    void start() final;
    void stop() final;
    void wait() final;
    bool waitFor(std::chrono::milliseconds timeout) final;
    [[nodiscard]] bool isFinished() const final;

  protected:
    BackgroundJob();
    // The engine class's constructor ends with this: the job takes the engine's state and
    // makes its run. Returns the run's control (the engine's clock and stop flag).
    const RunControl& own(std::unique_ptr<Engine> engine, RunOptions options);

  private:
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<BackgroundRun> run_;  // after the engine: destroyed (joined) first
};

}  // namespace tg::run
