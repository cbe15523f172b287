#pragma once
// The first failure among a run's threads. An exception must neither escape a thread (that is
// std::terminate: the whole application ends) nor be swallowed (a search would report "nothing
// found" for a model that could not load); each thread catches it here, the run stops the
// others and ends as failed with this message.
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace tg::run {

class RunFailure {
  public:
    // Call inside a catch block: records the exception being handled, prefixed by `where` and
    // `index` if not negative (say "walker 3"; an empty `where` adds nothing), unless an earlier
    // failure was recorded. Returns
    // true when this one was first. Builds its strings itself: a catch block that did so could
    // throw again (std::bad_alloc) out of the thread.
    bool captureCurrent(std::string_view where, int index = -1) noexcept {
        try {
            std::string message(where);
            if (index >= 0) message.append(" ").append(std::to_string(index));
            if (!message.empty()) message.append(": ");
            message.append(currentMessage());
            std::lock_guard lock(mutex_);
            if (message_) return false;
            message_ = std::move(message);
            return true;
        } catch (...) {
            // Out of memory while recording: still mark the run failed (a short string, stored
            // in place: no allocation).
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

}  // namespace tg::run
