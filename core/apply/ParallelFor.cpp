#include "core/apply/ParallelFor.h"

#include <algorithm>
#include <stdexcept>

#include "core/run/BackgroundRun.h"

namespace tg::apply {

namespace {

class Loop final : public run::Engine {
  public:
    Loop(int count, int threads, const std::function<void(int)>& body)
        : count_(count), threads_(threads), body_(body) {}
    void work(int worker, run::RunControl& control) override {
        for (int i = worker; i < count_ && !control.stopRequested(); i += threads_) body_(i);
    }
    [[nodiscard]] run::RunStats stats() const override { return {}; }
    void finish(const run::RunEnd& /*end*/, run::RunControl& /*control*/) override {}

  private:
    int count_;
    int threads_;
    const std::function<void(int)>& body_;
};

}  // namespace

void parallelFor(int count, int threads, const std::function<void(int index)>& body) {
    threads = std::clamp(threads, 1, std::max(1, count));
    if (threads == 1) {
        for (int i = 0; i < count; ++i) body(i);
        return;
    }
    Loop loop(count, threads, body);
    run::RunOptions options;
    options.workers = threads;
    options.workerName = "worker";
    run::BackgroundRun runner(loop, options);
    runner.start();
    runner.wait();
    if (runner.control().failed()) throw std::runtime_error(runner.control().error());
}

}  // namespace tg::apply
