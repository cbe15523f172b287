#pragma once
// Why a run ends, and the stoppers that end it: composable conditions the run's monitor checks
// every 10 ms against the engine's counters (time, work budget, target, an external flag).
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tg::run {

enum class EndReason {
    Completed,  // the engine's own work ran out (games played, flip budget spent, steps done)
    Target,     // the engine reached what it was asked for
    Stopped,    // stop(), or the owner going away
    TimeLimit,  // a timeLimit() stopper
    Budget,     // a workBudget() stopper
    External,   // an externalFlag() stopper (a signal handler's flag)
    Failed,     // an exception in the engine or in a listener callback
};

// A stable English name ("time limit"), for logs, JSON and tests.
[[nodiscard]] std::string endReasonName(EndReason reason);

// What the stoppers look at; the engine fills `work` and `best`, the run `elapsedSeconds`.
struct RunStats {
    double elapsedSeconds = 0;
    long long work = 0;  // the engine's unit of work: flips, simulations, training steps
    int best = 0;        // the best (lowest) score so far, 0: none yet (a rank)
};

class Stopper {
  public:
    virtual ~Stopper() = default;
    // The reason to stop now, or none. Called on the monitor thread only.
    [[nodiscard]] virtual std::optional<EndReason> check(const RunStats& stats) const = 0;
};

// Ends the run once it has run for `seconds` (> 0).
[[nodiscard]] std::shared_ptr<const Stopper> timeLimit(double seconds);
// Ends the run once the engine has done `work` (> 0) units of work in total.
[[nodiscard]] std::shared_ptr<const Stopper> workBudget(long long work);
// Ends the run once the engine's best is at most `target` (> 0).
[[nodiscard]] std::shared_ptr<const Stopper> target(int target);
// Ends the run once `flag` is set (from a signal handler: the flag must be lock-free). The flag
// must outlive the run.
[[nodiscard]] std::shared_ptr<const Stopper> externalFlag(const std::atomic<bool>& flag);

// The stoppers every engine offers through its parameters: a time limit (0: none), a work
// budget (0: none) and an external flag (nullptr: none).
[[nodiscard]] std::vector<std::shared_ptr<const Stopper>> limitStoppers(
    double timeLimitSeconds, long long workBudget, const std::atomic<bool>* externalStop);

}  // namespace tg::run
