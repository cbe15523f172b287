#pragma once
// The result a search shows while it runs and after it, shared by FlipSearch and AgentSearch:
// guarded by its own lock, and told to the listener under run::BackgroundRun's contract (one
// callback at a time, in order, never while the lock is held).
#include <mutex>

#include "core/run/BackgroundRun.h"
#include "core/search/SearchListener.h"

namespace tg::search {

class ResultBoard {
  public:
    // Before the run starts.
    void setListener(SearchListener* listener) { listener_ = listener; }

    [[nodiscard]] SearchResult current() const {
        std::lock_guard lock(mutex_);
        return current_;
    }

    // A find: `update(result)` runs under the lock and says whether it improved the result;
    // if so the listener hears the new result. Inside the notify gate, so improvements reach
    // the listener in the order they were recorded.
    template <class Update>
    void improve(run::RunControl& control, Update&& update) {
        control.notify("improvement listener", [&] {
            SearchResult improved;
            {
                std::lock_guard lock(mutex_);
                if (!update(current_)) return;
                improved = current_;
            }
            if (listener_ != nullptr) listener_->onImproved(improved);
        });
    }

    void reportProgress(run::RunControl& control, const SearchProgress& progress) {
        if (listener_ == nullptr) return;
        control.notify("progress listener", [&] { listener_->onProgress(progress); });
    }

    // The end: `result` (with the run's failure, if any) becomes the final result, then the
    // listener hears the last progress and the result. A listener that throws fails the search.
    void finish(SearchResult result, const SearchProgress& last, run::RunControl& control) {
        result.failed = control.failed();
        result.error = control.error();
        if (result.failed) result.end = run::EndReason::Failed;
        {
            std::lock_guard lock(mutex_);
            current_ = result;
        }
        if (listener_ == nullptr) return;
        reportProgress(control, last);
        control.notify("finish listener", [&] { listener_->onFinished(result); });
        if (!control.failed()) return;
        std::lock_guard lock(mutex_);
        current_.failed = true;
        current_.error = control.error();
        current_.end = run::EndReason::Failed;
    }

  private:
    SearchListener* listener_ = nullptr;
    mutable std::mutex mutex_;
    SearchResult current_;
};

}  // namespace tg::search
