#pragma once
// Trains the policy/value network on an owned background thread (no LibTorch in this header).
//
// Each step draws a batch of demonstrations - synthetic ones (SyntheticDemos.h: random sums of
// rank-1 terms, change of basis, move order) mixed with external ones (addDemonstrations: the
// agent's own solved games) - and takes one Adam step on cross-entropy over the policy's tokens
// (teacher forcing) plus a Huber loss on the moves left, with gradient clipping.
//
// Lifecycle: run::BackgroundRun's contract (core/run/BackgroundRun.h) with one worker thread;
// it looks at the stop request every step and during self-play every simulation (well under a
// second at the default sizes). Listener callbacks are made one at a time, outside the
// trainer's lock. A failure (a checkpoint that cannot load or be written) ends the run with
// TrainingResult::error.
//
// Determinism: with threads = 1 and no external demonstrations, the run is a function of the
// parameters and the seed (batch k is drawn from a generator seeded by (seed, k), parameters are
// initialised from our own generator). Resuming from a checkpoint written at step k continues
// with the same batches and optimizer state as the uninterrupted run. The external buffer is not
// saved in checkpoints.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/nn/ModelInfo.h"
#include "core/nn/SyntheticDemos.h"
#include "core/run/Job.h"
#include "core/run/Stoppers.h"
#include "core/search/Demonstration.h"
#include "core/search/Evaluator.h"

namespace tg::nn {

struct TrainerParams {
    NetworkConfig network;
    SyntheticParams synthetic;
    int batchSize = 64;
    double learningRate = 1e-3;
    double gradientClip = 1.0;
    double valueLossWeight = 0.5;
    long long steps =
        0;  // stop when the step count (including resumed steps) reaches it; 0: no limit
    double timeLimitSeconds = 0;  // of this run; 0: no limit (then `steps` must be set)
    std::uint64_t seed = 1;
    int threads = 1;              // LibTorch intra-op threads of the trainer's thread
    std::string out;              // model file written at checkpoints and at the end ("": none)
    std::string resume;           // checkpoint (model file) to continue from ("": fresh network)
    int checkpointEvery = 0;      // steps between checkpoints; 0: only at the end
    double externalRatio = 0.25;  // share of a batch drawn from the external buffer when it has any
    std::size_t bufferCapacity = 100000;  // external demonstrations kept (oldest replaced)
    int selfPlayEvery = 0;                // steps between SelfPlaySource::play calls; 0: never
    std::string recipe;                   // stored in the model file (e.g. the command line)
    // Stops the run once set (a signal handler's flag; it must outlive the trainer).
    const std::atomic<bool>* externalStop = nullptr;

    // A few steps of a very small network: for tests.
    [[nodiscard]] static TrainerParams tiny(TensorSize size, CoefficientSet set);
    // The defaults for a size: NetworkConfig::forSize, SyntheticParams::forSize.
    [[nodiscard]] static TrainerParams forSize(TensorSize size, CoefficientSet set);
};

struct TrainingProgress {
    long long step = 0;            // steps done (including resumed ones)
    double policyLoss = 0;         // this step's batch: nats per move (sum over the move's tokens)
    double valueLoss = 0;          // this step's batch: Huber loss of the moves left
    double seconds = 0;            // wall time of this run
    long long examples = 0;        // demonstrations seen (including resumed runs)
    double examplesPerSecond = 0;  // of this run
};

struct TrainingResult {
    long long steps = 0;
    double seconds = 0;
    double policyLoss = 0;  // mean over the last (up to) 20 steps
    double valueLoss = 0;
    long long examples = 0;
    std::string out;       // the model file written ("" when none)
    std::string error;     // why training failed ("" when it did not)
    bool stopped = false;  // ended by stop() (or the external flag) rather than by steps or time
    run::EndReason end = run::EndReason::Completed;
};

class TrainerListener {
  public:
    virtual ~TrainerListener() = default;
    virtual void onStep(const TrainingProgress& /*progress*/) {}
    virtual void onCheckpoint(const std::string& /*path*/, long long /*step*/) {}
    virtual void onFinished(const TrainingResult& /*result*/) {}
};

// Games played with the current network (expert iteration). The trainer calls play() every
// TrainerParams::selfPlayEvery steps on its own thread, taking no gradient steps meanwhile, and
// adds what it returns to the external buffer. play() should return soon after `stop` is set.
class SelfPlaySource {
  public:
    virtual ~SelfPlaySource() = default;
    virtual std::vector<search::Demonstration> play(search::Evaluator& current, std::uint64_t seed,
                                                    const std::atomic<bool>& stop) = 0;
};

class Trainer final : public run::BackgroundJob {
  public:
    // Throws std::invalid_argument for bad parameters (bad sizes, no steps and no time limit).
    explicit Trainer(TrainerParams params, TrainerListener* listener = nullptr,
                     SelfPlaySource* selfPlay = nullptr);
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    // start(), stop(), wait(), waitFor() and isFinished(): run::BackgroundJob.

    // Thread-safe. Keeps the demonstrations that fit the network (size, coefficient set, legal
    // action); returns how many it kept.
    std::size_t addDemonstrations(std::vector<search::Demonstration> demonstrations);
    [[nodiscard]] std::size_t bufferSize() const;

    [[nodiscard]] TrainingProgress progress() const;
    // After the run: its result; before: the progress so far.
    [[nodiscard]] TrainingResult result() const;
    [[nodiscard]] const TrainerParams& params() const;

  private:
    struct Impl;
    Impl* d_ = nullptr;  // owned by run::BackgroundJob
};

// start() + wait(), for tools and tests.
TrainingResult runTraining(const TrainerParams& params, TrainerListener* listener = nullptr);

}  // namespace tg::nn
