#include "core/run/Stoppers.h"

#include <stdexcept>

namespace tg::run {

namespace {

class TimeLimit final : public Stopper {
  public:
    explicit TimeLimit(double seconds) : seconds_(seconds) {}
    std::optional<EndReason> check(const RunStats& stats) const override {
        if (stats.elapsedSeconds >= seconds_) return EndReason::TimeLimit;
        return std::nullopt;
    }

  private:
    double seconds_;
};

class WorkBudget final : public Stopper {
  public:
    explicit WorkBudget(long long work) : work_(work) {}
    std::optional<EndReason> check(const RunStats& stats) const override {
        if (stats.work >= work_) return EndReason::Budget;
        return std::nullopt;
    }

  private:
    long long work_;
};

class Target final : public Stopper {
  public:
    explicit Target(int target) : target_(target) {}
    std::optional<EndReason> check(const RunStats& stats) const override {
        if (stats.best > 0 && stats.best <= target_) return EndReason::Target;
        return std::nullopt;
    }

  private:
    int target_;
};

class ExternalFlag final : public Stopper {
  public:
    explicit ExternalFlag(const std::atomic<bool>& flag) : flag_(flag) {}
    std::optional<EndReason> check(const RunStats& /*stats*/) const override {
        if (flag_.load()) return EndReason::External;
        return std::nullopt;
    }

  private:
    const std::atomic<bool>& flag_;
};

}  // namespace

std::string endReasonName(EndReason reason) {
    switch (reason) {
        case EndReason::Completed:
            return "completed";
        case EndReason::Target:
            return "target";
        case EndReason::Stopped:
            return "stopped";
        case EndReason::TimeLimit:
            return "time limit";
        case EndReason::Budget:
            return "budget";
        case EndReason::External:
            return "interrupted";
        case EndReason::Failed:
            return "failed";
    }
    return "unknown";
}

std::shared_ptr<const Stopper> timeLimit(double seconds) {
    if (!(seconds > 0)) throw std::invalid_argument("time limit: seconds must be > 0");
    return std::make_shared<TimeLimit>(seconds);
}

std::shared_ptr<const Stopper> workBudget(long long work) {
    if (work <= 0) throw std::invalid_argument("work budget: must be > 0");
    return std::make_shared<WorkBudget>(work);
}

std::shared_ptr<const Stopper> target(int target) {
    if (target <= 0) throw std::invalid_argument("target: must be > 0");
    return std::make_shared<Target>(target);
}

std::shared_ptr<const Stopper> externalFlag(const std::atomic<bool>& flag) {
    return std::make_shared<ExternalFlag>(flag);
}

std::vector<std::shared_ptr<const Stopper>> limitStoppers(double timeLimitSeconds,
                                                          long long workBudget,
                                                          const std::atomic<bool>* externalStop) {
    std::vector<std::shared_ptr<const Stopper>> stoppers;
    if (timeLimitSeconds > 0) stoppers.push_back(timeLimit(timeLimitSeconds));
    if (workBudget > 0) stoppers.push_back(run::workBudget(workBudget));
    if (externalStop != nullptr) stoppers.push_back(externalFlag(*externalStop));
    return stoppers;
}

}  // namespace tg::run
