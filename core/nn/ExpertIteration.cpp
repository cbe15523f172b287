#include "core/nn/ExpertIteration.h"

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "core/catalog/BestKnownRanks.h"
#include "core/io/FileIO.h"
#include "core/nn/LoopCheckpoint.h"
#include "core/nn/ModelFile.h"
#include "core/nn/detail/PublishResult.h"
#include "core/run/BackgroundRun.h"
#include "core/search/AgentSearch.h"
#include "core/search/ModeBasis.h"
#include "core/search/Seeds.h"
#include "core/search/SpanCompletion.h"

namespace tg::nn {

namespace {

// Tags of the two seed families: self-play games and evaluation games.
constexpr std::uint64_t kSelfPlayStream = 0x5e1f'91a7;
constexpr std::uint64_t kEvaluationStream = 0xe7a1'0a7e;

std::string curveBase(const LoopParams& p) {
    if (!p.curve.empty()) return p.curve;
    const std::string& out = p.out;
    if (out.size() > 4 && out.compare(out.size() - 4, 4, ".tgm") == 0)
        return out.substr(0, out.size() - 4);
    return out;
}

// Hands the trainer's steps on to the loop's listener (on the trainer's thread).
class StepForwarder final : public TrainerListener {
  public:
    explicit StepForwarder(LoopListener* listener) : listener_(listener) {}
    void onStep(const TrainingProgress& p) override { listener_->onTrainingStep(p); }

  private:
    LoopListener* listener_;
};

struct Evaluation {
    int games = 0;
    int solved = 0;
    double rankSum = 0;
    double stepSum = 0;
};

}  // namespace

std::uint64_t selfPlaySeed(std::uint64_t seed, int generation) {
    return search::seedFor(search::seedFor(seed, kSelfPlayStream),
                           static_cast<std::uint64_t>(generation));
}

std::uint64_t evaluationSeed(std::uint64_t seed, int game) {
    return search::seedFor(search::seedFor(seed, kEvaluationStream),
                           static_cast<std::uint64_t>(game));
}

LoopParams LoopParams::forSize(TensorSize size, CoefficientSet set) {
    LoopParams p;
    p.trainer = TrainerParams::forSize(size, set);
    p.stepsPerGeneration = 300;
    p.selfPlay.game.size = size;
    p.selfPlay.game.coefficients = set;
    p.selfPlay.game.targetRank =
        bestKnownRank(size, fieldOf(set)).value_or(size.n * size.m * size.p);
    p.selfPlay.games = 16;
    p.evalGames = 8;
    // Evaluation plays as the agent does when asked: no noise, the most visited move.
    p.evalMcts = search::MctsParams::training();
    p.evalMcts.rootNoise = 0;
    p.evalMcts.temperature = 0;
    return p;
}

LoopParams LoopParams::tiny(TensorSize size, CoefficientSet set) {
    LoopParams p = forSize(size, set);
    p.trainer = TrainerParams::tiny(size, set);
    p.stepsPerGeneration = 6;
    p.selfPlay.games = 3;
    p.selfPlay.mcts.simulations = 16;
    p.evalGames = 2;
    p.evalMcts.simulations = 16;
    return p;
}

std::string LoopParams::checkpointOf(const std::string& out) {
    return out + ".loop.json";
}

struct ExpertIteration::Impl final : run::Engine {
    LoopParams params;
    LoopListener* listener = nullptr;
    mutable std::mutex mutex;
    LoopState state;     // guarded by mutex
    LoopResult pending;  // guarded by mutex
    LoopResult result;   // guarded by mutex; set by finish()
    std::atomic<long long> steps{0};
    double priorSeconds = 0;  // the resumed generations' wall time
    // Whether this run's first generation has trained: the later ones train on from its model,
    // which already names this run's command in its recipe.
    bool recipeRecorded = false;
    // The lessons a fresh loop's replay buffer starts with (the newest that fit it), taken out
    // of the parameters when the loop is made and moved into the state when it starts.
    std::vector<search::Demonstration> firstBuffer;
    std::size_t lessonsKept = 0;

    void work(int /*worker*/, run::RunControl& control) override;
    [[nodiscard]] run::RunStats stats() const override {
        run::RunStats s;
        s.work = steps.load();
        return s;
    }
    void finish(const run::RunEnd& end, run::RunControl& control) override;

    [[nodiscard]] std::string committedModel() const { return params.out + ".loop.tgm"; }
    [[nodiscard]] std::string scratchModel() const { return params.out + ".loop.partial.tgm"; }
    void startState();
    // Returns false when stopped before the generation completed.
    bool generation(int g, run::RunControl& control);
    TrainingResult train(const std::string& from, run::RunControl& control);
    Evaluation evaluate(search::Evaluator& evaluator, run::RunControl& control) const;
    void commit(const GenerationRow& row);
};

ExpertIteration::ExpertIteration(LoopParams params, LoopListener* listener) {
    auto impl = std::make_unique<Impl>();
    d_ = impl.get();
    if (params.generations < 1) throw std::invalid_argument("loop: generations must be >= 1");
    if (params.stepsPerGeneration < 1)
        throw std::invalid_argument("loop: steps per generation must be >= 1");
    if (params.selfPlay.games < 0 || params.evalGames < 1)
        throw std::invalid_argument("loop: self-play games >= 0 and evaluation games >= 1");
    if (params.selfPlay.runGames < 0 ||
        (params.selfPlay.runGames > 0 &&
         (params.selfPlay.runThreads < 1 || params.selfPlay.runLessonCopies < 1)))
        throw std::invalid_argument("loop: self-play runs need games, threads and copies >= 1");
    if (params.out.empty()) throw std::invalid_argument("loop: no model file to write");
    if (!params.resume.empty() && !params.lessons.empty())
        throw std::invalid_argument(
            "loop: a resumed loop has its lessons in its checkpoint's replay buffer");
    params.selfPlay.game.size = params.trainer.network.size;
    params.selfPlay.game.coefficients = params.trainer.network.coefficients;
    if (params.selfPlay.game.targetRank < 1)
        throw std::invalid_argument("loop: the target rank must be >= 1");
    // The trainer's checks, made now rather than on the worker.
    TrainerParams check = params.trainer;
    check.steps = 1;
    check.timeLimitSeconds = 0;
    check.resume.clear();
    Trainer probe(check);
    const std::size_t capacity = params.trainer.bufferCapacity;
    if (params.lessons.size() > capacity)
        params.lessons.erase(params.lessons.begin(),
                             params.lessons.end() - static_cast<std::ptrdiff_t>(capacity));
    d_->lessonsKept = params.lessons.size();
    d_->firstBuffer = std::exchange(params.lessons, {});
    d_->params = std::move(params);
    d_->listener = listener;
    const std::atomic<bool>* externalStop = d_->params.externalStop;
    own(std::move(impl),
        run::engineOptions(1, "expert iteration", 250, d_->params.timeLimitSeconds, externalStop));
}

const LoopParams& ExpertIteration::params() const {
    return d_->params;
}

std::size_t ExpertIteration::lessonsKept() const {
    return d_->lessonsKept;
}

LoopResult ExpertIteration::result() const {
    const bool finished = isFinished();
    std::lock_guard lock(d_->mutex);
    return finished ? d_->result : d_->pending;
}

std::vector<search::Demonstration> ExpertIteration::replayBuffer() const {
    std::lock_guard lock(d_->mutex);
    return {d_->state.buffer.begin(), d_->state.buffer.end()};
}

// A fresh state, or the checkpoint's, checked against the parameters and its model file.
void ExpertIteration::Impl::startState() {
    const auto& net = params.trainer.network;
    LoopState s;
    if (!params.resume.empty()) {
        s = readLoopState(params.resume);
        if (!(s.size == net.size) || s.coefficients != net.coefficients)
            throw std::runtime_error("loop checkpoint '" + params.resume + "' is for " +
                                     s.size.toString() + " " + coefficientSetName(s.coefficients));
        const ModelInfo info = readModelInfo(s.model);
        if (info.steps != s.steps)
            throw std::runtime_error("loop checkpoint '" + params.resume + "': its model '" +
                                     s.model + "' has " + std::to_string(info.steps) +
                                     " steps, not " + std::to_string(s.steps));
    } else {
        s.size = net.size;
        s.coefficients = net.coefficients;
        s.seed = params.trainer.seed;
        if (!params.initialModel.empty()) {
            s.model = params.initialModel;
            s.steps = readModelInfo(s.model).steps;
        }
        s.buffer.assign(std::make_move_iterator(firstBuffer.begin()),
                        std::make_move_iterator(firstBuffer.end()));
        firstBuffer = {};
    }
    std::lock_guard lock(mutex);
    priorSeconds = s.seconds;
    state = std::move(s);
    pending.rows = state.rows;
    pending.target = params.selfPlay.game.targetRank;
    pending.checkpoint = LoopParams::checkpointOf(params.out);
    pending.curveCsv = curveBase(params) + ".csv";
    pending.curveJson = curveBase(params) + ".json";
    if (!params.resume.empty()) pending.out = params.out;
}

void ExpertIteration::Impl::work(int /*worker*/, run::RunControl& control) {
    try {
        startState();
        for (int g = state.generation + 1; g <= params.generations; ++g)
            if (!generation(g, control)) break;
        std::remove(scratchModel().c_str());
    } catch (...) {
        std::remove(scratchModel().c_str());
        control.fail("");
    }
}

// The generation's training: from `from` ("" for a fresh network) to the next step count, with
// the replay buffer beside the synthetic demonstrations; the model goes to the scratch file.
TrainingResult ExpertIteration::Impl::train(const std::string& from, run::RunControl& control) {
    TrainerParams tp = params.trainer;
    tp.steps = state.steps + params.stepsPerGeneration;
    tp.timeLimitSeconds = 0;
    tp.checkpointEvery = 0;
    tp.out = scratchModel();
    tp.resume = from;
    tp.recipe = recipeRecorded ? std::string() : params.recipe;  // "": the model's recipe kept
    tp.seed = state.seed;
    tp.externalStop = &control.stopFlag();
    StepForwarder forwarder(listener);
    Trainer trainer(tp, listener != nullptr ? &forwarder : nullptr);
    trainer.addDemonstrations({state.buffer.begin(), state.buffer.end()});
    trainer.start();
    trainer.wait();
    TrainingResult r = trainer.result();
    if (!r.error.empty()) throw std::runtime_error(r.error);
    recipeRecorded = true;
    return r;
}

// Games from the target on fixed seeds (mod 2: game 0 in the standard basis, the others in a
// random one), played as the agent plays.
Evaluation ExpertIteration::Impl::evaluate(search::Evaluator& evaluator,
                                           run::RunControl& control) const {
    const search::AgentGame& game = params.selfPlay.game;
    const search::AgentGame played = search::playedGame(params.selfPlay);
    const bool mod2 = game.coefficients == CoefficientSet::Mod2;
    const search::IntResidual target = search::IntResidual::matMul(game.size, mod2);
    Evaluation e;
    for (int i = 0; i < params.evalGames && !control.stopRequested(); ++i) {
        const std::uint64_t seed = evaluationSeed(state.seed, i);
        const search::ModeBasis basis = mod2 && i > 0 ? search::ModeBasis::random(game.size, seed)
                                                      : search::ModeBasis(game.size);
        const search::IntResidual start = basis.isIdentity() ? target : basis.apply(target);
        const auto rec = search::playGame(start, 0, {}, played, evaluator, params.evalMcts, seed,
                                          &control.stopFlag());
        search::IntResidual left = start;
        for (const auto& a : rec.moves) left.subtract(a);
        const int moves = static_cast<int>(rec.moves.size());
        // The scheme the game leads to, as the agent reports it: the moves, the rest finished
        // through the cheapest span basis, or the tree's best line when shorter (slices in the
        // game's random basis made <2,3,3> games look like rank 30).
        int rank = moves + (left.isZero() ? 0 : search::spanCompletionRank(left));
        if (!rec.bestLine.empty()) rank = std::min(rank, static_cast<int>(rec.bestLine.size()));
        ++e.games;
        if (rank <= game.targetRank) ++e.solved;
        e.rankSum += rank;
        e.stepSum += moves;
    }
    return e;
}

bool ExpertIteration::Impl::generation(int g, run::RunControl& control) {
    const TrainingResult trained = train(state.model, control);
    if (trained.stopped || control.stopRequested()) return false;
    steps.store(trained.steps);

    auto evaluator = loadNetworkEvaluator(scratchModel());
    const std::uint64_t playSeed = selfPlaySeed(state.seed, g);
    const search::SelfPlayReport play =
        params.selfPlay.runGames > 0
            ? search::playRunsForTraining(
                  params.selfPlay, [&evaluator] { return evaluator->share(); }, playSeed,
                  &control.stopFlag())
            : search::playForTraining(params.selfPlay, *evaluator, playSeed, &control.stopFlag());
    if (control.stopRequested()) return false;
    const Evaluation e = evaluate(*evaluator, control);
    if (control.stopRequested()) return false;

    GenerationRow row;
    row.generation = g;
    row.steps = trained.steps;
    row.policyLoss = trained.policyLoss;
    row.valueLoss = trained.valueLoss;
    row.loss = trained.policyLoss + params.trainer.valueLossWeight * trained.valueLoss;
    row.selfPlayGames = play.games;
    row.selfPlaySolved = play.solved;
    row.selfPlayBestRank = play.bestRank;
    row.evalGames = e.games;
    row.evalSolved = e.solved;
    row.successRate = static_cast<double>(e.solved) / e.games;
    row.meanRank = e.rankSum / e.games;
    row.meanSteps = e.stepSum / e.games;
    {
        std::lock_guard lock(mutex);
        for (const auto& d : play.demonstrations) {
            state.buffer.push_back(d);
            while (state.buffer.size() > params.trainer.bufferCapacity) state.buffer.pop_front();
        }
        row.bufferSize = static_cast<long long>(state.buffer.size());
    }
    row.seconds = priorSeconds + control.elapsedSeconds();
    commit(row);
    if (listener) control.notify("generation listener", [&] { listener->onGeneration(row); });
    return true;
}

// The generation's model becomes the committed one and the user's, then the checkpoint and the
// curve say so (in that order: a checkpoint never names a model it does not match).
void ExpertIteration::Impl::commit(const GenerationRow& row) {
    const std::string bytes = readFileBytes(scratchModel());
    writeFileAtomic(committedModel(), bytes);
    writeFileAtomic(params.out, bytes);
    LoopState next;
    {
        std::lock_guard lock(mutex);
        state.generation = row.generation;
        state.steps = row.steps;
        state.seconds = row.seconds;
        state.model = committedModel();
        state.rows.push_back(row);
        next = state;
        pending.rows = state.rows;
        pending.out = params.out;
    }
    writeLoopState(LoopParams::checkpointOf(params.out), next);
    writeFileAtomic(curveBase(params) + ".csv", curveCsv(next.rows));
    writeFileAtomic(curveBase(params) + ".json", curveJson(next.rows));
}

void ExpertIteration::Impl::finish(const run::RunEnd& end, run::RunControl& control) {
    LoopResult r;
    {
        std::lock_guard lock(mutex);
        r = pending;
    }
    // The time limit ends the loop between generations, as a stop does: the last whole one is kept.
    r.stopped = end.reason == run::EndReason::Stopped || end.reason == run::EndReason::External ||
                end.reason == run::EndReason::TimeLimit;
    detail::publishResult(std::move(r), mutex, result, listener, control);
}

LoopResult runExpertIteration(const LoopParams& params, LoopListener* listener) {
    ExpertIteration loop(params, listener);
    loop.start();
    loop.wait();
    return loop.result();
}

}  // namespace tg::nn
