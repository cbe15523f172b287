#pragma once
// The finishing step that Trainer and ExpertIteration share: publish the run's result under the
// job's mutex, then hand it to the listener. A listener that throws fails the run, and the
// published result then says so (it was published first so that result() never waits on a
// listener).
#include <mutex>

#include "core/run/BackgroundRun.h"

namespace tg::nn::detail {

template <class Result>
concept HasEndReason = requires(Result r) {
    r.end = run::EndReason::Failed;
};

// `result` is guarded by `mutex`; `r` is the worker's result, completed here with the run's
// error. The listener's onFinished(const Result&) is called through RunControl::notify.
template <class Result, class Listener>
void publishResult(Result r, std::mutex& mutex, Result& result, Listener* listener,
                   run::RunControl& control) {
    r.error = control.error();
    {
        std::lock_guard lock(mutex);
        result = r;
    }
    if (listener == nullptr) return;
    control.notify("finish listener", [&] { listener->onFinished(r); });
    if (!control.failed() || !r.error.empty()) return;
    std::lock_guard lock(mutex);  // the listener failed: so did the run
    result.error = control.error();
    if constexpr (HasEndReason<Result>) result.end = run::EndReason::Failed;
}

}  // namespace tg::nn::detail
