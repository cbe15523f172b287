#pragma once
// Expert iteration, AlphaTensor's loop on a CPU: each generation the network trains for a fixed
// number of steps on synthetic demonstrations mixed with a replay buffer of the agent's own
// solved games, then plays games on the target with exploration (random bases, root noise,
// temperature) whose solved games join the buffer, then is evaluated on fixed seeds that no
// training game uses. One row of the curve per generation (LoopCurve.h writes it as CSV and
// JSON); a checkpoint after each generation (LoopCheckpoint.h) lets a run resume.
//
// Determinism: with one LibTorch thread the run is a function of the parameters and the seed,
// and a resumed run produces the generations the uninterrupted run would have: every
// generation's trainer starts from the model file the previous one committed (in both runs),
// the buffer is saved whole, and every seed derives from (seed, generation) or (seed, game).
//
// Lifecycle: run::BackgroundRun's contract with one worker, which runs each generation's
// Trainer (its own background job) and the games; a stop ends the loop within a training step
// or a simulation, keeping the last complete generation's model and checkpoint. Torch-free
// header.
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/Trainer.h"
#include "core/run/Job.h"
#include "core/search/Demonstration.h"
#include "core/search/SelfPlay.h"

namespace tg::nn {

struct LoopParams {
    // Network, synthetic demonstrations, batch, learning rate, seed and threads; externalRatio
    // is the share of each batch drawn from the replay buffer (once it has any), bufferCapacity
    // its bound (the newest kept). The loop sets its steps, out, resume and time limit.
    TrainerParams trainer;
    int generations = 1;  // in all, resumed ones included
    long long stepsPerGeneration = 200;
    // The self-play games of a generation (the target, games per generation, search, basis).
    search::SelfPlayParams selfPlay;
    int evalGames = 4;            // per generation, on fixed seeds
    search::MctsParams evalMcts;  // no noise, most visited move (forSize's default)
    std::string out;              // the model file, rewritten after every generation
    std::string initialModel;     // start from this model ("": a fresh network)
    std::string resume;           // a loop checkpoint to continue from ("": none)
    // Demonstrations the replay buffer starts with (search::schemeLessons: schemes found by
    // another search, published ones), so that the network learns from them from the first
    // generation on. Only for a fresh loop: a resumed one has them in its checkpoint's buffer.
    // The loop takes them when it is made (params() has none), keeping the newest that fit
    // trainer.bufferCapacity.
    std::vector<search::Demonstration> lessons;
    std::string curve;   // curve files: <curve>.csv, .json ("": <out> minus .tgm)
    std::string recipe;  // stored in the model file
    const std::atomic<bool>* externalStop = nullptr;
    // Stop after this many seconds (0: none), keeping the last whole generation, as a stop does.
    double timeLimitSeconds = 0;

    // A size's defaults (TrainerParams::forSize, the best known rank as the target).
    [[nodiscard]] static LoopParams forSize(TensorSize size, CoefficientSet set);
    // A very small loop for tests: tiny network, few steps and games, short searches.
    [[nodiscard]] static LoopParams tiny(TensorSize size, CoefficientSet set);
    // Where the loop checkpoint of `out` goes: <out>.loop.json (and <out>.loop.tgm).
    [[nodiscard]] static std::string checkpointOf(const std::string& out);
};

// One generation of the curve.
struct GenerationRow {
    int generation = 0;     // 1, 2, ...
    double seconds = 0;     // wall time since the loop began (resumed runs included)
    long long steps = 0;    // training steps behind the model
    double policyLoss = 0;  // mean over the generation's last (up to) 20 steps
    double valueLoss = 0;
    double loss = 0;           // policy + value weight * value, what the optimiser minimised
    long long bufferSize = 0;  // replay buffer after this generation's self-play
    int selfPlayGames = 0;
    int selfPlaySolved = 0;
    int selfPlayBestRank = 0;  // the lowest rank self-play's schemes reached (0: none)
    int evalGames = 0;
    int evalSolved = 0;      // games that reached the target rank
    double successRate = 0;  // evalSolved / evalGames
    double meanRank = 0;     // of the schemes the games led to (best line or span completion)
    double meanSteps = 0;    // moves played per game
    friend bool operator==(const GenerationRow&, const GenerationRow&) = default;
};

struct LoopResult {
    std::vector<GenerationRow> rows;  // every generation, resumed ones included
    std::string out;                  // the model file ("" before the first generation)
    std::string checkpoint;
    std::string curveCsv, curveJson;
    int target = 0;
    std::string error;
    bool stopped = false;  // ended before all generations: a stop, a signal or the time limit
};

class LoopListener {
  public:
    virtual ~LoopListener() = default;
    virtual void onTrainingStep(const TrainingProgress& /*progress*/) {}
    virtual void onGeneration(const GenerationRow& /*row*/) {}
    virtual void onFinished(const LoopResult& /*result*/) {}
};

class ExpertIteration final : public run::BackgroundJob {
  public:
    // Throws std::invalid_argument for bad parameters (and what Trainer's constructor throws).
    explicit ExpertIteration(LoopParams params, LoopListener* listener = nullptr);
    ExpertIteration(const ExpertIteration&) = delete;
    ExpertIteration& operator=(const ExpertIteration&) = delete;

    // After the run (before: what is done so far).
    [[nodiscard]] LoopResult result() const;
    [[nodiscard]] std::vector<search::Demonstration> replayBuffer() const;
    [[nodiscard]] const LoopParams& params() const;
    // How many of LoopParams::lessons start the replay buffer: the newest that fit it.
    [[nodiscard]] std::size_t lessonsKept() const;

  private:
    struct Impl;
    Impl* d_ = nullptr;  // owned by run::BackgroundJob
};

// The seed of generation g's self-play (its games derive theirs with seedFor) and of evaluation
// game i; the two families never meet (they start from different streams of `seed`).
[[nodiscard]] std::uint64_t selfPlaySeed(std::uint64_t seed, int generation);
[[nodiscard]] std::uint64_t evaluationSeed(std::uint64_t seed, int game);

// start() + wait(), for tools and tests.
LoopResult runExpertIteration(const LoopParams& params, LoopListener* listener = nullptr);

}  // namespace tg::nn
