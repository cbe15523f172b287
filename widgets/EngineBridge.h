#pragma once
// The one bridge from core's background engines to the GUI thread, used by the Search dock
// (through SearchRunner), the Agent dock (AgentThinker) and the Training dock.
//
// Core engines (run::Job: FlipSearch, AgentSearch, AgentThink, Trainer) call their listeners
// on their own threads (core/run/BackgroundRun.h). A GUI object that runs an engine gives it to
// a bridge, and its listener forwards each callback with post(): the event then runs on the
// bridge's thread (the GUI thread), in the order posted, or never if the bridge was deleted
// first. The bridge owns the engine: its destructor stops and joins it, so no callback can come
// after, and isRunning() turns false on the GUI thread just before the engine's last event
// (postLast) runs - a slot reacting to the end may start the next run at once.
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

#include "core/run/Job.h"

namespace tg {

class EngineBridge : public QObject {
    Q_OBJECT

  public:
    explicit EngineBridge(QObject* parent = nullptr);
    ~EngineBridge() override;

    // Takes `engine` and starts it; refused (false, the engine is dropped unstarted) while
    // another runs. A finished engine given before is destroyed first.
    bool start(std::unique_ptr<run::Job> engine);
    // Asks the engine to stop; returns at once. Its last event follows.
    void stop();
    // Stops and joins the engine and drops it with the events it posted that are still queued:
    // the bridge is idle at once. For owners whose listener goes before the bridge does, and
    // for work that a newer request makes stale.
    void shutdown();
    // From start() until the engine's last event has been delivered.
    [[nodiscard]] bool isRunning() const { return running_; }

    // From any thread: runs `event` on the GUI thread, in order. Events posted after the
    // bridge was deleted are dropped (a finished engine can post no more).
    void post(std::function<void()> event);
    // The engine's final event, exactly once per run (from its finish listener).
    void postLast(std::function<void()> event);

  Q_SIGNALS:
    // After the last event of a run has been delivered.
    void finished();

  private:
    std::unique_ptr<run::Job> engine_;
    bool running_ = false;
    // Counts shutdowns: events carry the one they were posted in (read on the engine's thread).
    std::atomic<int> generation_{0};
};

}  // namespace tg
