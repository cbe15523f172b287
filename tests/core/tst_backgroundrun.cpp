// The lifecycle every background engine shares (core/run/BackgroundRun.h), tested on a small
// engine whose workers count until they are told to stop: stop before, during and after
// start, double stop, wait with and without a timeout, engines and listeners that throw, each
// stopper firing, destruction while running, and callbacks that never overlap.
#include <QtTest>
#include <atomic>
#include <stdexcept>
#include <thread>

#include "core/run/BackgroundRun.h"
#include "core/run/Task.h"

using namespace tg::run;

namespace {

// Workers count up until stopped (or until `workLimit` units each, if set); `throwAt`
// makes worker 1 throw once it has done that many units.
class CountingEngine final : public Engine {
  public:
    std::atomic<long long> units{0};
    std::atomic<int> workCalls{0};
    std::atomic<int> active{0};
    std::atomic<int> finishCalls{0};
    std::atomic<int> activeAtFinish{-1};
    std::atomic<int> progressReports{0};
    std::atomic<int> best{0};
    long long workLimit = 0;
    long long throwAt = -1;
    bool throwInProgress = false;
    RunEnd end;
    // Callbacks inside notify(): never two at once.
    std::atomic<int> insideNotify{0};
    std::atomic<bool> overlapped{false};
    std::atomic<int> notifications{0};

    void work(int worker, RunControl& control) override {
        ++workCalls;
        ++active;
        long long mine = 0;
        while (!control.stopRequested()) {
            if (workLimit > 0 && mine >= workLimit) break;
            ++mine;
            ++units;
            if (worker == 1 && throwAt >= 0 && mine == throwAt) {
                --active;
                throw std::runtime_error("boom");
            }
            if ((mine & 63) == 0)
                control.notify("listener", [this] {
                    if (insideNotify.fetch_add(1) != 0) overlapped = true;
                    ++notifications;
                    std::this_thread::yield();
                    insideNotify.fetch_sub(1);
                });
        }
        --active;
    }
    [[nodiscard]] RunStats stats() const override {
        RunStats s;
        s.work = units.load();
        s.best = best.load();
        return s;
    }
    void reportProgress(RunControl& control) override {
        control.notify("progress listener", [this] {
            ++progressReports;
            if (throwInProgress) throw std::runtime_error("listener broke");
        });
    }
    void finish(const RunEnd& e, RunControl& /*control*/) override {
        activeAtFinish = active.load();
        end = e;
        ++finishCalls;
    }
};

RunOptions options(int workers, std::vector<std::shared_ptr<const Stopper>> stoppers = {}) {
    RunOptions o;
    o.workers = workers;
    o.progressInterval = std::chrono::milliseconds(10);
    o.stoppers = std::move(stoppers);
    return o;
}

// Waits (without a time assert) until the workers have done some work.
void waitForWork(const CountingEngine& e, long long units = 1000) {
    while (e.units.load() < units) std::this_thread::yield();
}

}  // namespace

class TestBackgroundRun : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void runsToCompletion() {
        CountingEngine e;
        e.workLimit = 5000;
        BackgroundRun run(e, options(3));
        run.start();
        run.wait();
        QVERIFY(run.isFinished());
        QCOMPARE(e.units.load(), 15000LL);
        QCOMPARE(e.finishCalls.load(), 1);
        QCOMPARE(e.activeAtFinish.load(), 0);  // finish comes after every worker returned
        QCOMPARE(e.end.reason, EndReason::Completed);
        QVERIFY(e.end.error.empty());
        QVERIFY(!e.overlapped.load());
        QVERIFY(e.notifications.load() > 0);
    }

    void stopBeforeStart() {
        CountingEngine e;
        BackgroundRun run(e, options(2));
        run.stop();
        QVERIFY(!run.isStarted());
        run.wait();  // before start: returns at once
        QVERIFY(!run.waitFor(std::chrono::milliseconds(0)));
        run.start();  // ends at once: no worker runs, finish is still called
        run.wait();
        QCOMPARE(e.workCalls.load(), 0);
        QCOMPARE(e.finishCalls.load(), 1);
        QCOMPARE(e.end.reason, EndReason::Stopped);
    }

    void stopDuringStart() {
        // start() on one thread while another stops: every run ends, stopped, finish once.
        for (int i = 0; i < 50; ++i) {
            CountingEngine e;
            BackgroundRun run(e, options(2));
            std::thread stopper([&run] { run.stop(); });
            run.start();
            stopper.join();
            run.wait();
            QCOMPARE(e.finishCalls.load(), 1);
            QCOMPARE(e.end.reason, EndReason::Stopped);
        }
    }

    void doubleStopAndStartAfterTheEnd() {
        CountingEngine e;
        BackgroundRun run(e, options(2));
        run.start();
        waitForWork(e);
        run.stop();
        run.stop();
        run.wait();
        run.stop();   // after the end: nothing happens
        run.start();  // after the end: nothing starts
        run.wait();
        QCOMPARE(e.finishCalls.load(), 1);
        QCOMPARE(e.workCalls.load(), 2);
        QCOMPARE(e.end.reason, EndReason::Stopped);
    }

    void waitWithAndWithoutTimeout() {
        CountingEngine e;
        BackgroundRun run(e, options(1));
        QVERIFY(!run.waitFor(std::chrono::milliseconds(50)));  // not started: false
        run.start();
        waitForWork(e);
        QVERIFY(!run.waitFor(std::chrono::milliseconds(20)));  // still working
        QVERIFY(!run.isFinished());
        run.stop();
        QVERIFY(run.waitFor(std::chrono::seconds(60)));
        run.wait();  // after the end: returns at once
        QVERIFY(run.isFinished());
        QCOMPARE(e.finishCalls.load(), 1);
    }

    void aThrowingWorkerFailsTheRun() {
        CountingEngine e;
        e.throwAt = 500;
        BackgroundRun run(e, options(3));
        run.start();
        run.wait();  // the other workers loop until stopped: the failure stopped them
        QCOMPARE(e.end.reason, EndReason::Failed);
        QCOMPARE(QString::fromStdString(e.end.error), QStringLiteral("worker 1: boom"));
        QVERIFY(run.control().failed());
        QCOMPARE(e.finishCalls.load(), 1);
        QCOMPARE(e.activeAtFinish.load(), 0);
    }

    void aThrowingListenerFailsTheRun() {
        CountingEngine e;
        e.throwInProgress = true;
        BackgroundRun run(e, options(2));
        run.start();
        run.wait();
        QCOMPARE(e.end.reason, EndReason::Failed);
        QCOMPARE(QString::fromStdString(e.end.error),
                 QStringLiteral("progress listener: listener broke"));
        QCOMPARE(e.progressReports.load(), 1);
    }

    void timeLimitStopperFires() {
        CountingEngine e;
        BackgroundRun run(e, options(2, {timeLimit(0.05)}));
        run.start();
        run.wait();
        QCOMPARE(e.end.reason, EndReason::TimeLimit);
        QVERIFY(e.end.seconds >= 0.05);
        QVERIFY(e.units.load() > 0);
    }

    void workBudgetStopperFires() {
        CountingEngine e;
        BackgroundRun run(e, options(2, {workBudget(200000)}));
        run.start();
        run.wait();
        QCOMPARE(e.end.reason, EndReason::Budget);
        QVERIFY(e.units.load() >= 200000);
    }

    void targetStopperFires() {
        CountingEngine e;
        e.best = 30;
        BackgroundRun run(e, options(1, {target(23)}));
        run.start();
        waitForWork(e);
        QVERIFY(!run.waitFor(std::chrono::milliseconds(30)));  // 30 > 23: goes on
        e.best = 23;
        run.wait();
        QCOMPARE(e.end.reason, EndReason::Target);
    }

    void externalFlagStopperFires() {
        std::atomic<bool> signalled{false};
        CountingEngine e;
        BackgroundRun run(e, options(2, limitStoppers(0, 0, &signalled)));
        QCOMPARE(run.options().stoppers.size(), std::size_t{1});
        run.start();
        waitForWork(e);
        signalled = true;
        run.wait();
        QCOMPARE(e.end.reason, EndReason::External);
    }

    void theFirstReasonIsTheRunsReason() {
        CountingEngine e;
        BackgroundRun run(e, options(1, {timeLimit(0.01)}));
        run.start();
        run.wait();
        run.stop();  // later reasons do not change it
        QCOMPARE(e.end.reason, EndReason::TimeLimit);
    }

    void destructionWhileRunningStopsAndJoins() {
        CountingEngine e;
        {
            BackgroundRun run(e, options(2));
            run.start();
            waitForWork(e);
        }
        QCOMPARE(e.finishCalls.load(), 1);
        QCOMPARE(e.activeAtFinish.load(), 0);
        QCOMPARE(e.active.load(), 0);
        QCOMPARE(e.end.reason, EndReason::Stopped);
    }

    void destructionWithoutStart() {
        CountingEngine e;
        { BackgroundRun run(e, options(2)); }
        QCOMPARE(e.finishCalls.load(), 0);  // never started: nothing to finish
        QCOMPARE(e.workCalls.load(), 0);
    }

    // The one-off computation under the same lifecycle: its result, its failure, its stop.
    void taskHandsBackItsResult() {
        std::optional<int> got;
        std::string error = "unset";
        EndReason reason = EndReason::Failed;
        Task<int> task([](const std::atomic<bool>&) { return 42; },
                       [&](std::optional<int> r, const std::string& e, EndReason why) {
                           got = r;
                           error = e;
                           reason = why;
                       });
        task.start();
        task.wait();
        QCOMPARE(got, std::optional<int>(42));
        QVERIFY(error.empty());
        QCOMPARE(reason, EndReason::Completed);
    }

    void taskThatThrowsReportsIt() {
        std::optional<int> got = 1;
        std::string error;
        Task<int> task([](const std::atomic<bool>&) -> int { throw std::runtime_error("no"); },
                       [&](std::optional<int> r, const std::string& e, EndReason) {
                           got = r;
                           error = e;
                       });
        task.start();
        task.wait();
        QVERIFY(!got);
        QCOMPARE(QString::fromStdString(error), QStringLiteral("worker 0: no"));
    }

    void taskSeesItsStop() {
        std::atomic<bool> running{false};
        EndReason reason = EndReason::Completed;
        Task<int> task(
            [&](const std::atomic<bool>& stop) {
                running = true;
                long long spins = 0;
                while (!stop.load()) ++spins;
                return spins > 0 ? 1 : 0;
            },
            [&](std::optional<int>, const std::string&, EndReason why) { reason = why; });
        task.start();
        while (!running.load()) std::this_thread::yield();
        task.stop();
        task.wait();
        QCOMPARE(reason, EndReason::Stopped);
    }

    void stoppersRefuseNonsense() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, timeLimit(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, workBudget(-1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, target(0));
        QCOMPARE(QString::fromStdString(endReasonName(EndReason::TimeLimit)),
                 QStringLiteral("time limit"));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundRun)
#include "tst_backgroundrun.moc"
