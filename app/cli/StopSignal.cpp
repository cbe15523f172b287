#include "StopSignal.h"

#include <atomic>
#include <csignal>

namespace tg::cli {

namespace {

std::atomic<bool> stopFlag{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void onStopSignal(int) {
    stopFlag.store(true, std::memory_order_relaxed);
}

}  // namespace

void installStopSignals() {
    static const bool installed = [] {
        struct sigaction action {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        return true;
    }();
    (void)installed;
}

bool stopSignalled() {
    return stopFlag.load(std::memory_order_relaxed);
}

const std::atomic<bool>& stopSignalFlag() {
    return stopFlag;
}

}  // namespace tg::cli
