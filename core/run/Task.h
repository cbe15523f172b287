#pragma once
// One computation run in the background under the common lifecycle (core/run/BackgroundRun.h):
// for work that is a single function call rather than an engine with a listener, such as the
// formula panel's count of shared subexpressions. The function gets the run's stop flag and
// should return soon after it is set; `done` hears the result (or the exception's message) on
// the task's thread, once.
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/run/BackgroundRun.h"

namespace tg::run {

template <class Result>
class Task final : public BackgroundJob {
  public:
    using Function = std::function<Result(const std::atomic<bool>& stop)>;
    // `result` is empty when the function threw (then `error` says why) or was stopped before
    // it began.
    using Done =
        std::function<void(std::optional<Result> result, const std::string& error, EndReason)>;

    Task(Function function, Done done) {
        auto impl = std::make_unique<Impl>();
        impl->function = std::move(function);
        impl->done = std::move(done);
        own(std::move(impl), RunOptions{});
    }

  private:
    struct Impl final : Engine {
        Function function;
        Done done;
        std::optional<Result> result;

        void work(int /*worker*/, RunControl& control) override {
            result = function(control.stopFlag());
        }
        [[nodiscard]] RunStats stats() const override { return {}; }
        void finish(const RunEnd& end, RunControl& control) override {
            if (done) control.notify("task listener", [&] { done(result, end.error, end.reason); });
        }
    };
};

}  // namespace tg::run
