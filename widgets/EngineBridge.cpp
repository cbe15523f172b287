#include "widgets/EngineBridge.h"

#include <QMetaObject>

#include "widgets/LowerPriority.h"

namespace tg {

EngineBridge::EngineBridge(QObject* parent) : QObject(parent) {}

// The engine goes first: once it is joined nothing can post to a bridge being destroyed.
EngineBridge::~EngineBridge() {
    engine_.reset();
}

bool EngineBridge::start(std::unique_ptr<run::Job> engine) {
    if (running_ || !engine) return false;
    engine_ = std::move(engine);  // the previous one has finished: destroying it joins at once
    running_ = true;
    run::Job* job = engine_.get();
    startBelowTheGuiThread([job] { job->start(); });  // start() returns at once
    return true;
}

void EngineBridge::stop() {
    if (running_ && engine_) engine_->stop();
}

void EngineBridge::shutdown() {
    engine_.reset();  // joined: it posts nothing more
    ++generation_;    // what it posted and is still queued is dropped
    running_ = false;
}

// Queued to this object's thread: the functor runs there, or never if the bridge was deleted
// first (its destructor joined the engine, so no post can come later) or the engine was shut
// down since (the generation moved on).
void EngineBridge::post(std::function<void()> event) {
    QMetaObject::invokeMethod(
        this,
        [this, generation = generation_.load(), event = std::move(event)] {
            if (generation == generation_.load()) event();
        },
        Qt::QueuedConnection);
}

void EngineBridge::postLast(std::function<void()> event) {
    QMetaObject::invokeMethod(
        this,
        [this, generation = generation_.load(), event = std::move(event)] {
            if (generation != generation_.load()) return;
            running_ = false;
            event();
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

}  // namespace tg
