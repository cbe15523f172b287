// The one bridge from engine threads to the GUI thread (widgets/EngineBridge.h), with a real
// engine (run::Task): events arrive on the GUI thread in order, the last one makes the bridge
// idle before the finished() signal, and shutting an engine down drops what it had queued.
#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <vector>

#include "core/run/Task.h"
#include "widgets/EngineBridge.h"

using namespace tg;

class TestEngineBridge : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void eventsArriveInOrderOnTheGuiThread() {
        EngineBridge bridge;
        QSignalSpy finished(&bridge, &EngineBridge::finished);
        std::vector<int> seen;
        bool onGuiThread = true;
        bool idleAtTheEnd = false;
        auto count = [&bridge, &seen, &onGuiThread](const std::atomic<bool>&) {
            for (int i = 0; i < 100; ++i)
                bridge.post([&seen, &onGuiThread, i] {
                    onGuiThread = onGuiThread && QThread::currentThread() == qApp->thread();
                    seen.push_back(i);
                });
            return 100;
        };
        auto done = [&bridge, &seen, &idleAtTheEnd](std::optional<int> r, const std::string&,
                                                    run::EndReason) {
            bridge.postLast([&bridge, &seen, &idleAtTheEnd, r] {
                idleAtTheEnd = !bridge.isRunning();
                seen.push_back(r.value_or(-1));
            });
        };
        QVERIFY(bridge.start(std::make_unique<run::Task<int>>(count, done)));
        QVERIFY(bridge.isRunning());
        QVERIFY(!bridge.start(std::make_unique<run::Task<int>>(count, done)));  // one at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(seen.size(), std::size_t{101});
        for (int i = 0; i < 100; ++i) QCOMPARE(seen[std::size_t(i)], i);
        QCOMPARE(seen.back(), 100);
        QVERIFY(onGuiThread);
        QVERIFY(idleAtTheEnd);
        QVERIFY(!bridge.isRunning());
    }

    void shutdownDropsWhatTheEngineQueued() {
        EngineBridge bridge;
        int delivered = 0;
        std::atomic<bool> posted{false};
        auto work = [&](const std::atomic<bool>& stop) {
            bridge.post([&delivered] { ++delivered; });
            posted = true;
            while (!stop.load()) QThread::msleep(1);
            return 0;
        };
        auto done = [&](std::optional<int>, const std::string&, run::EndReason) {
            bridge.postLast([&delivered] { delivered += 100; });
        };
        QVERIFY(bridge.start(std::make_unique<run::Task<int>>(work, done)));
        while (!posted.load()) QThread::msleep(1);
        bridge.shutdown();  // stops, joins, and drops the queued events
        QVERIFY(!bridge.isRunning());
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(delivered, 0);
        // The bridge takes the next engine at once.
        QVERIFY(bridge.start(std::make_unique<run::Task<int>>(
            [](const std::atomic<bool>&) { return 1; },
            [&](std::optional<int>, const std::string&, run::EndReason) {
                bridge.postLast([&delivered] { delivered = 7; });
            })));
        QTRY_COMPARE_WITH_TIMEOUT(delivered, 7, 60000);
    }

    void destructionWhileRunningJoins() {
        std::atomic<bool> started{false};
        std::atomic<bool> ended{false};
        {
            EngineBridge bridge;
            bridge.start(std::make_unique<run::Task<int>>(
                [&](const std::atomic<bool>& stop) {
                    started = true;
                    while (!stop.load()) QThread::msleep(1);
                    ended = true;
                    return 0;
                },
                nullptr));
            while (!started.load()) QThread::msleep(1);
        }
        QVERIFY(ended.load());
    }
};

QTEST_GUILESS_MAIN(TestEngineBridge)
#include "tst_enginebridge.moc"
