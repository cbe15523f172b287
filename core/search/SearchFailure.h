#pragma once
// The first failure among a search's threads. An exception must neither escape a thread (that is
// std::terminate: the whole application ends) nor be swallowed (the search would report "nothing
// found" for a model that could not load); each thread catches it here, the search stops the
// others and finishes with SearchResult::failed and this message.
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/search/SearchListener.h"

namespace tg::search {

class SearchFailure {
  public:
    // Call inside a catch block: records the exception being handled, prefixed by `where` and
    // `index` if not negative (say "walker 3"), unless an earlier failure was recorded. Returns
    // true when this one was first. Builds its strings itself: a catch block that did so could
    // throw again (std::bad_alloc) out of the thread.
    bool captureCurrent(std::string_view where, int index = -1) noexcept {
        try {
            std::string message(where);
            if (index >= 0) message.append(" ").append(std::to_string(index));
            message.append(": ").append(currentMessage());
            std::lock_guard lock(mutex_);
            if (message_) return false;
            message_ = std::move(message);
            return true;
        } catch (...) {
            // Out of memory while recording: still mark the search failed (a short string,
            // stored in place: no allocation).
            std::lock_guard lock(mutex_);
            if (message_) return false;
            message_.emplace("out of memory");
            return true;
        }
    }

    [[nodiscard]] bool failed() const {
        std::lock_guard lock(mutex_);
        return message_.has_value();
    }

    [[nodiscard]] std::string message() const {
        std::lock_guard lock(mutex_);
        return message_.value_or(std::string());
    }

  private:
    static std::string currentMessage() {
        try {
            throw;
        } catch (const std::exception& e) {
            return e.what();
        } catch (...) {
            return "unknown error";
        }
    }

    mutable std::mutex mutex_;
    std::optional<std::string> message_;
};

// Tells `listener` the last progress and the final result once a search's threads are done:
// it must be told (wait() depends on it), and a listener that throws makes the result a failure
// (unless it is one already). `lastProgress` makes the progress report inside the guard.
template <class MakeProgress>
void notifyFinished(SearchListener* listener, MakeProgress&& lastProgress, SearchResult& result,
                    SearchFailure& failure) noexcept {
    if (listener == nullptr) return;
    // Inside a catch block, once the result is set.
    const auto fail = [&](std::string_view where) noexcept {
        if (!failure.captureCurrent(where)) return;
        result.failed = true;
        result.error = failure.message();
    };
    try {
        listener->onProgress(lastProgress());
    } catch (...) {
        fail("progress listener");
    }
    try {
        listener->onFinished(result);
    } catch (...) {
        fail("finish listener");
    }
}

}  // namespace tg::search
