#pragma once
// One lifecycle for work that runs in the background: the flip search, the agent's search, the
// agent's think and the trainer (with its self-play) are engines run by a BackgroundRun, and the
// next ones (the distributed search) will be. The shape follows lc0's Search (start, stop, wait,
// composable stoppers) and KataGo's AsyncBot (the thread contract written down here).
//
// The contract
// - Threads. The run owns them: `workers` worker threads that call Engine::work, and one
//   monitor thread that checks the stoppers, makes the progress reports and, once every worker
//   has returned, calls Engine::finish. start() returns at once. Every method of BackgroundRun
//   may be called from any thread, except wait() from a listener callback (it would wait for
//   itself).
// - Stopping. stop() returns at once; a worker sees the request at its next stopRequested()
//   check, and an engine checks often enough that a run ends within a bounded time (FlipSearch:
//   every 1024 flips; the agent: every simulation; the trainer: every step). Stoppers (time,
//   work budget, target, an external flag such as SIGINT) are checked by the monitor every
//   10 ms; an engine may end the run itself (requestStop with its reason). The first reason
//   given is the one the run reports.
// - Every start() ends exactly once: Engine::finish is called once, after every worker has
//   returned, and the run is finished (wait() returns) only after finish returned. A stop()
//   before start() makes start() end the run at once (finish is still called, with Stopped);
//   wait() and waitFor() before start() return at once (waitFor: false, nothing finished).
//   start() after the end does nothing.
// - Failures. An exception in a worker, in a progress report or in finish never leaves its
//   thread (that would end the application): the first one is recorded, every worker is asked to
//   stop, and the run ends with EndReason::Failed and that message.
// - Listener callbacks (the engines' onProgress / onImproved / onFinished) are made through
//   RunControl::notify: one at a time across all of the run's threads, in the order they were
//   made, and never while an engine's state lock is held - so a callback may take its time (the
//   GUI saves a result file there), and may call the engine's stop(), progress() and result().
//   It must not call wait() or destroy the engine. A callback that throws fails the run.
// - Destruction while running stops and joins every thread; an engine calls shutdown() first
//   in its own destructor, so that no thread calls into a half-destroyed engine.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/run/Job.h"
#include "core/run/RunFailure.h"
#include "core/run/Stoppers.h"

namespace tg::run {

// How a run ended, as the engine and its stoppers decided.
struct RunEnd {
    EndReason reason = EndReason::Completed;
    std::string error;  // EndReason::Failed: the first failure's message
    double seconds = 0;
};

// What the engine's threads see of the run.
class RunControl {
  public:
    [[nodiscard]] bool stopRequested() const noexcept {
        return stop_.load(std::memory_order_relaxed);
    }
    // For loops that take a flag (Mcts::think, playGame, self-play).
    [[nodiscard]] const std::atomic<bool>& stopFlag() const noexcept { return stop_; }
    // Asks every worker to stop; the first reason given is the run's. Any thread.
    void requestStop(EndReason why) noexcept;
    // Seconds since start(); 0 before.
    [[nodiscard]] double elapsedSeconds() const noexcept;

    // Inside a catch block: records the exception (the first one wins), prefixed by `where` and
    // `index` if not negative ("walker 3"), and stops the run as failed.
    void fail(std::string_view where, int index = -1) noexcept;
    [[nodiscard]] bool failed() const { return failure_.failed(); }
    [[nodiscard]] std::string error() const { return failure_.message(); }

    // Makes a listener callback under the contract above; false (and the run failed) when it
    // threw.
    template <class Callback>
    bool notify(std::string_view what, Callback&& callback) noexcept {
        std::lock_guard gate(notifyGate_);
        try {
            callback();
            return true;
        } catch (...) {
            fail(what);
            return false;
        }
    }

  private:
    friend class BackgroundRun;
    [[nodiscard]] EndReason reason() const noexcept;

    std::atomic<bool> stop_{false};
    std::atomic<int> reason_{-1};  // the first EndReason given, -1 before
    std::atomic<long long> startTicks_{0};
    RunFailure failure_;
    std::mutex notifyGate_;
};

// What a run drives. The methods are called on the run's threads as described above.
class Engine {
  public:
    virtual ~Engine() = default;
    // On worker thread `worker` (0 .. workers-1). Returns when its work is done or when
    // control.stopRequested(); may throw (the run fails).
    virtual void work(int worker, RunControl& control) = 0;
    // On the monitor, every 10 ms: the counters the stoppers look at. Cheap and thread-safe.
    [[nodiscard]] virtual RunStats stats() const = 0;
    // On the monitor, every progress interval while the workers run.
    virtual void reportProgress(RunControl& /*control*/) {}
    // On the monitor, once, after every worker has returned: the final result, and the
    // listener's last reports.
    virtual void finish(const RunEnd& end, RunControl& control) = 0;
};

struct RunOptions {
    int workers = 1;
    std::string workerName = "worker";  // in failure messages: "walker 3: ..."
    std::chrono::milliseconds progressInterval{250};
    std::vector<std::shared_ptr<const Stopper>> stoppers;
};

// The options of an engine's run: `workers` threads named `workerName` in failure messages,
// progress every `progressIntervalMs` (at least 10), and the stoppers of its parameters.
[[nodiscard]] RunOptions engineOptions(int workers, std::string workerName, int progressIntervalMs,
                                       double timeLimitSeconds,
                                       const std::atomic<bool>* externalStop);

class BackgroundRun {
  public:
    // `engine` must outlive the run's threads: its owner calls shutdown() before it goes.
    BackgroundRun(Engine& engine, RunOptions options);
    ~BackgroundRun();
    BackgroundRun(const BackgroundRun&) = delete;
    BackgroundRun& operator=(const BackgroundRun&) = delete;

    void start();
    void stop() noexcept { control_.requestStop(EndReason::Stopped); }
    void wait();
    // True when the run finished within `timeout`.
    bool waitFor(std::chrono::milliseconds timeout);
    [[nodiscard]] bool isStarted() const;
    [[nodiscard]] bool isFinished() const;
    // Stops and joins every thread (the run has finished when it returns, if it had started).
    void shutdown() noexcept;

    [[nodiscard]] RunControl& control() noexcept { return control_; }
    [[nodiscard]] const RunControl& control() const noexcept { return control_; }
    [[nodiscard]] const RunOptions& options() const noexcept { return options_; }

  private:
    void monitor();
    void checkStoppers();

    Engine& engine_;
    RunOptions options_;
    RunControl control_;
    std::atomic<int> running_{0};

    mutable std::mutex mutex_;  // guards the three flags below
    std::condition_variable cv_;
    bool started_ = false;
    bool finished_ = false;
    bool joined_ = false;

    std::vector<std::jthread> workers_;
    std::jthread monitor_;
};

}  // namespace tg::run
