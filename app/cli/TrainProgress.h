#pragma once
// train's progress on stderr, for both ways it trains: plain training (nn::Trainer) and expert
// iteration (nn::ExpertIteration). One printer, so that both speak the same lines.
#include <exception>
#include <optional>
#include <string>

#include "CliSupport.h"
#include "core/nn/ExpertIteration.h"
#include "core/nn/Trainer.h"

namespace tg::cli {

class TrainProgressPrinter final : public nn::TrainerListener, public nn::LoopListener {
  public:
    // A step line at most every `stepInterval` seconds (each generation prints its own line, so
    // the loop wants fewer of them); nothing at all when `quiet`.
    TrainProgressPrinter(bool quiet, double stepInterval)
        : quiet_(quiet), interval_(stepInterval) {}

    void onStep(const nn::TrainingProgress& p) override { printStep(p); }
    void onCheckpoint(const std::string& path, long long step) override;
    void onTrainingStep(const nn::TrainingProgress& p) override { printStep(p); }
    void onGeneration(const nn::GenerationRow& r) override;
    // The line a run starts with: what it trains and how to stop it. Printed once the stop
    // signals are installed, so a caller that sees it knows Ctrl+C now keeps the model.
    void printStart(const std::string& what) const;

  private:
    void printStep(const nn::TrainingProgress& p);

    bool quiet_;
    double interval_;
    double lastPrint_ = 0;  // the seconds of the last step line (each training counts from 0)
};

// Runs a training job to its end (`run` builds, starts and waits for it, returning its result)
// and returns the result, or nothing once it has said on stderr why the job could not start or
// failed.
template <class Run>
auto trainToEnd(Run run) -> std::optional<decltype(run())> {
    try {
        auto r = run();
        if (r.error.empty()) return r;
        printError("train: " + r.error);
    } catch (const std::exception& e) {
        printError(std::string("train: ") + e.what());
    }
    return std::nullopt;
}

}  // namespace tg::cli
