#include "core/run/BackgroundRun.h"

#include <algorithm>

namespace tg::run {

namespace {

using Clock = std::chrono::steady_clock;

// How often the monitor looks at the stoppers: the bound on how late a time limit, a budget or
// a signal is noticed (the workers' own checks add their part).
constexpr std::chrono::milliseconds kStopperTick{10};

}  // namespace

void RunControl::requestStop(EndReason why) noexcept {
    int none = -1;
    reason_.compare_exchange_strong(none, static_cast<int>(why));
    stop_.store(true);
}

EndReason RunControl::reason() const noexcept {
    const int r = reason_.load();
    return r < 0 ? EndReason::Completed : static_cast<EndReason>(r);
}

double RunControl::elapsedSeconds() const noexcept {
    const long long t = startTicks_.load();
    if (t == 0) return 0;
    return std::chrono::duration<double>(Clock::now().time_since_epoch() - Clock::duration(t))
        .count();
}

void RunControl::fail(std::string_view where, int index) noexcept {
    failure_.captureCurrent(where, index);
    requestStop(EndReason::Failed);
}

RunOptions engineOptions(int workers, std::string workerName, int progressIntervalMs,
                         double timeLimitSeconds, const std::atomic<bool>* externalStop) {
    RunOptions options;
    options.workers = workers;
    options.workerName = std::move(workerName);
    options.progressInterval = std::chrono::milliseconds(std::max(10, progressIntervalMs));
    options.stoppers = limitStoppers(timeLimitSeconds, 0, externalStop);
    return options;
}

BackgroundRun::BackgroundRun(Engine& engine, RunOptions options)
    : engine_(engine), options_(std::move(options)) {
    options_.workers = std::max(1, options_.workers);
}

BackgroundRun::~BackgroundRun() {
    shutdown();
}

void BackgroundRun::start() {
    std::lock_guard lock(mutex_);
    if (started_ || joined_) return;
    started_ = true;
    // The clock starts before any thread: elapsedSeconds() is never 0 once a worker runs.
    control_.startTicks_.store(
        std::max<long long>(1, static_cast<long long>(Clock::now().time_since_epoch().count())));
    // A stop before start: no worker runs, the monitor ends the run at once.
    const int workers = control_.stopRequested() ? 0 : options_.workers;
    running_.store(workers);
    for (int k = 0; k < workers; ++k) {
        workers_.emplace_back([this, k] {
            try {
                engine_.work(k, control_);
            } catch (...) {
                control_.fail(options_.workerName, k);
            }
            // Under the mutex: the monitor cannot miss the last notification.
            std::lock_guard done(mutex_);
            running_.fetch_sub(1);
            cv_.notify_all();
        });
    }
    monitor_ = std::jthread([this] { monitor(); });
}

void BackgroundRun::checkStoppers() {
    RunStats stats = engine_.stats();
    stats.elapsedSeconds = control_.elapsedSeconds();
    for (const auto& stopper : options_.stoppers)
        if (const auto why = stopper->check(stats)) control_.requestStop(*why);
}

void BackgroundRun::monitor() {
    auto nextProgress = Clock::now() + options_.progressInterval;
    {
        std::unique_lock lock(mutex_);
        while (running_.load() > 0) {
            if (cv_.wait_for(lock, kStopperTick, [this] { return running_.load() == 0; })) break;
            // The engine's own callbacks take their own locks (and the notify gate): not ours.
            lock.unlock();
            try {
                checkStoppers();
                if (Clock::now() >= nextProgress && !control_.stopRequested()) {
                    nextProgress = Clock::now() + options_.progressInterval;
                    engine_.reportProgress(control_);
                }
            } catch (...) {
                control_.fail("monitor");
            }
            lock.lock();
        }
    }
    RunEnd end;
    end.seconds = control_.elapsedSeconds();
    end.reason = control_.failed() ? EndReason::Failed : control_.reason();
    end.error = control_.error();
    try {
        engine_.finish(end, control_);
    } catch (...) {
        control_.fail("finish");
    }
    std::lock_guard lock(mutex_);
    finished_ = true;
    cv_.notify_all();
}

void BackgroundRun::wait() {
    std::unique_lock lock(mutex_);
    if (!started_) return;
    cv_.wait(lock, [this] { return finished_; });
}

bool BackgroundRun::waitFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!started_) return false;
    return cv_.wait_for(lock, timeout, [this] { return finished_; });
}

bool BackgroundRun::isStarted() const {
    std::lock_guard lock(mutex_);
    return started_;
}

bool BackgroundRun::isFinished() const {
    std::lock_guard lock(mutex_);
    return finished_;
}

void BackgroundRun::shutdown() noexcept {
    stop();
    std::vector<std::jthread> workers;
    std::jthread monitor;
    {
        std::lock_guard lock(mutex_);
        joined_ = true;  // no start() from now on
        workers.swap(workers_);
        monitor.swap(monitor_);
    }
    // Workers first: the monitor finishes the run once they have returned.
    for (auto& t : workers)
        if (t.joinable()) t.join();
    if (monitor.joinable()) monitor.join();
}

}  // namespace tg::run

namespace tg::run {

BackgroundJob::BackgroundJob() = default;

BackgroundJob::~BackgroundJob() {
    if (run_) run_->shutdown();
}

const RunControl& BackgroundJob::own(std::unique_ptr<Engine> engine, RunOptions options) {
    engine_ = std::move(engine);
    run_ = std::make_unique<BackgroundRun>(*engine_, std::move(options));
    return run_->control();
}

void BackgroundJob::start() {
    run_->start();
}

void BackgroundJob::stop() {
    run_->stop();
}

void BackgroundJob::wait() {
    run_->wait();
}

bool BackgroundJob::waitFor(std::chrono::milliseconds timeout) {
    return run_->waitFor(timeout);
}

bool BackgroundJob::isFinished() const {
    return run_->isFinished();
}

}  // namespace tg::run
