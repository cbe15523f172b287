#include "core/nn/Trainer.h"

#include <cmath>
#include <deque>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <utility>

#include "core/nn/ActionCodec.h"
#include "core/nn/ModelFile.h"
#include "core/nn/NetworkEvaluator.h"
#include "core/nn/detail/PolicyValueNet.h"
#include "core/nn/detail/PublishResult.h"
#include "core/run/BackgroundRun.h"
#include "core/search/Seeds.h"

namespace tg::nn {

namespace {

constexpr std::size_t kLossWindow = 20;

// Whether a demonstration fits the network; canonicalises its action.
bool admit(search::Demonstration& d, const NetworkConfig& net) {
    const auto& s = net.size;
    if (!(d.state.size == s) || d.state.coefficients != net.coefficients ||
        d.state.residual.size() != static_cast<std::size_t>(s.volume()))
        return false;
    if (static_cast<int>(d.action.u.size()) != s.uSize() ||
        static_cast<int>(d.action.v.size()) != s.vSize() ||
        static_cast<int>(d.action.w.size()) != s.wSize())
        return false;
    d.action = canonicalAction(std::move(d.action), net.coefficients);
    if (!withinSet(d.action, net.coefficients) || hasZeroFactor(d.action)) return false;
    if (!(d.movesLeft >= 0)) return false;
    return true;
}

}  // namespace

TrainerParams TrainerParams::tiny(TensorSize size, CoefficientSet set) {
    TrainerParams p;
    p.network = NetworkConfig::tiny(size, set);
    p.synthetic = SyntheticParams::forSize(size, set);
    p.batchSize = 8;
    p.learningRate = 3e-3;
    p.steps = 20;
    return p;
}

TrainerParams TrainerParams::forSize(TensorSize size, CoefficientSet set) {
    TrainerParams p;
    p.network = NetworkConfig::forSize(size, set);
    p.synthetic = SyntheticParams::forSize(size, set);
    p.checkpointEvery = 500;
    return p;
}

struct Trainer::Impl final : run::Engine {
    TrainerParams params;
    TrainerListener* listener = nullptr;
    SelfPlaySource* selfPlay = nullptr;
    mutable std::mutex mutex;
    std::deque<search::Demonstration> buffer;  // guarded by mutex
    TrainingProgress progress;                 // guarded by mutex
    TrainingResult result;                     // guarded by mutex; set by finish()

    void work(int /*worker*/, run::RunControl& control) override;
    [[nodiscard]] run::RunStats stats() const override {
        run::RunStats s;
        std::lock_guard lock(mutex);
        s.work = progress.step;
        return s;
    }
    void finish(const run::RunEnd& end, run::RunControl& control) override;

    void train(TrainingResult& r, run::RunControl& control);
    // Keeps the demonstrations that fit the network, oldest out first; how many it kept.
    std::size_t addToBuffer(std::vector<search::Demonstration> demonstrations);
    std::vector<search::Demonstration> batch(long long step, std::uint64_t seed);
    struct NetworkStart {
        detail::PolicyValueNet net;
        ModelInfo info;
        std::optional<detail::LoadedModel> resumed;
    };
    [[nodiscard]] NetworkStart startNetwork() const;
    std::pair<double, double> gradientStep(detail::PolicyValueNetImpl& net,
                                           torch::optim::Optimizer& optimizer,
                                           const std::vector<search::Demonstration>& demos) const;
    // The result the worker built, until finish() completes it.
    TrainingResult pending;
};

Trainer::Trainer(TrainerParams params, TrainerListener* listener, SelfPlaySource* selfPlay) {
    auto impl = std::make_unique<Impl>();
    d_ = impl.get();
    if (params.resume.empty()) params.network.validate();
    params.synthetic.size = params.network.size;
    params.synthetic.coefficients = params.network.coefficients;
    if (params.batchSize < 1 || params.batchSize > 65536)
        throw std::invalid_argument("trainer: batch size must be 1..65536");
    if (params.steps < 0 || params.timeLimitSeconds < 0)
        throw std::invalid_argument("trainer: steps and time limit must be >= 0");
    if (params.steps == 0 && params.timeLimitSeconds == 0)
        throw std::invalid_argument("trainer: give a number of steps or a time limit");
    if (!(params.learningRate > 0) || !(params.gradientClip > 0))
        throw std::invalid_argument("trainer: learning rate and gradient clip must be > 0");
    if (params.externalRatio < 0 || params.externalRatio > 1)
        throw std::invalid_argument("trainer: external ratio must be in [0, 1]");
    if (params.threads < 1) throw std::invalid_argument("trainer: threads must be >= 1");
    d_->params = std::move(params);
    d_->listener = listener;
    d_->selfPlay = selfPlay;
    const double timeLimit = d_->params.timeLimitSeconds;
    const std::atomic<bool>* externalStop = d_->params.externalStop;
    own(std::move(impl), run::engineOptions(1, "trainer", 250, timeLimit, externalStop));
}

const TrainerParams& Trainer::params() const {
    return d_->params;
}

std::size_t Trainer::addDemonstrations(std::vector<search::Demonstration> demos) {
    return d_->addToBuffer(std::move(demos));
}

std::size_t Trainer::Impl::addToBuffer(std::vector<search::Demonstration> demos) {
    std::size_t kept = 0;
    std::lock_guard lock(mutex);
    for (auto& demo : demos) {
        if (!admit(demo, params.network)) continue;
        if (buffer.size() >= params.bufferCapacity && !buffer.empty()) buffer.pop_front();
        buffer.push_back(std::move(demo));
        ++kept;
    }
    return kept;
}

std::size_t Trainer::bufferSize() const {
    std::lock_guard lock(d_->mutex);
    return d_->buffer.size();
}

TrainingProgress Trainer::progress() const {
    std::lock_guard lock(d_->mutex);
    return d_->progress;
}

TrainingResult Trainer::result() const {
    const bool finished = isFinished();
    std::lock_guard lock(d_->mutex);
    if (finished) return d_->result;
    TrainingResult r;
    r.steps = d_->progress.step;
    r.seconds = d_->progress.seconds;
    r.policyLoss = d_->progress.policyLoss;
    r.valueLoss = d_->progress.valueLoss;
    r.examples = d_->progress.examples;
    return r;
}

std::vector<search::Demonstration> Trainer::Impl::batch(long long step, std::uint64_t seed) {
    search::Rng rng(search::seedFor(seed, static_cast<std::uint64_t>(step)));
    std::vector<search::Demonstration> out;
    out.reserve(static_cast<std::size_t>(params.batchSize));
    {
        std::lock_guard lock(mutex);
        if (!buffer.empty()) {
            const auto external =
                static_cast<int>(std::lround(params.externalRatio * params.batchSize));
            for (int i = 0; i < external; ++i)
                out.push_back(buffer[rng.below(static_cast<std::uint32_t>(
                    std::min<std::size_t>(buffer.size(), 0xffffffffu)))]);
        }
    }
    while (static_cast<int>(out.size()) < params.batchSize)
        out.push_back(sampleDemonstration(params.synthetic, rng));
    return out;
}

void Trainer::Impl::work(int /*worker*/, run::RunControl& control) {
    try {
        train(pending, control);
    } catch (...) {
        control.fail("");  // the message alone: it names the file or the setting at fault
    }
}

void Trainer::Impl::finish(const run::RunEnd& end, run::RunControl& control) {
    TrainingResult r = pending;
    r.end = end.reason;
    r.stopped = end.reason == run::EndReason::Stopped || end.reason == run::EndReason::External;
    detail::publishResult(std::move(r), mutex, result, listener, control);
}

// A fresh network from the seed, or the checkpoint to resume with its optimiser state.
Trainer::Impl::NetworkStart Trainer::Impl::startNetwork() const {
    NetworkStart start{detail::PolicyValueNet{nullptr}, ModelInfo{}, std::nullopt};
    if (!params.resume.empty()) {
        auto loaded = detail::loadModel(params.resume);
        const auto& n = loaded.info.network;
        if (!(n.size == params.network.size) || n.coefficients != params.network.coefficients)
            throw ModelFileError("checkpoint '" + params.resume + "' is for " + n.size.toString() +
                                 " " + coefficientSetName(n.coefficients) + ", not " +
                                 params.network.size.toString() + " " +
                                 coefficientSetName(params.network.coefficients));
        start.net = loaded.net;
        start.info = loaded.info;
        start.resumed = std::move(loaded);
    } else {
        start.net = detail::PolicyValueNet(params.network);
        start.net->initialise(params.seed);
        start.info.network = params.network;
        start.info.seed = params.seed;
    }
    return start;
}

// One Adam step on a batch: cross-entropy of the policy's tokens (teacher forcing) plus the
// weighted Huber loss of the moves left, gradients clipped. Returns the two losses.
std::pair<double, double> Trainer::Impl::gradientStep(
    detail::PolicyValueNetImpl& net, torch::optim::Optimizer& optimizer,
    const std::vector<search::Demonstration>& demos) const {
    const auto& codec = net.codec();
    const auto b = static_cast<std::int64_t>(demos.size());
    std::vector<search::Observation> states;
    states.reserve(demos.size());
    std::vector<std::int64_t> targets;
    targets.reserve(static_cast<std::size_t>(b * codec.steps()));
    std::vector<float> movesLeft;
    movesLeft.reserve(demos.size());
    for (const auto& d : demos) {
        states.push_back(d.state);
        for (int t : codec.encode(d.action)) targets.push_back(t);
        movesLeft.push_back(static_cast<float>(d.movesLeft));
    }
    const auto targetTensor =
        torch::from_blob(targets.data(), {b, codec.steps()}, torch::kInt64).clone();
    const auto valueTarget = torch::from_blob(movesLeft.data(), {b}, torch::kFloat32).clone();

    const auto torso = net.torso(net.encode(states));
    const auto policyLoss = -net.targetLogProbs(torso, targetTensor).sum(1).mean();
    const auto valueLoss = torch::smooth_l1_loss(net.value(torso), valueTarget);
    const auto loss = policyLoss + params.valueLossWeight * valueLoss;
    optimizer.zero_grad();
    loss.backward();
    torch::nn::utils::clip_grad_norm_(net.parameters(), params.gradientClip);
    optimizer.step();
    return {policyLoss.item<double>(), valueLoss.item<double>()};
}

void Trainer::Impl::train(TrainingResult& r, run::RunControl& control) {
    auto elapsed = [&] { return control.elapsedSeconds(); };
    detail::useThreads(params.threads);

    // Named references, not a structured binding: the lambdas below capture them, which
    // clang before 16 rejects for structured bindings (so clang-tidy could not parse this).
    NetworkStart start = startNetwork();
    auto& net = start.net;
    auto& info = start.info;
    auto& resumed = start.resumed;
    if (!params.recipe.empty())
        info.recipe = resumed ? continuedRecipe(info.recipe, params.recipe) : params.recipe;
    const std::uint64_t seed = info.seed;  // a resumed run continues the checkpoint's batches

    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(params.learningRate));
    if (resumed) {
        detail::restoreOptimizer(optimizer, *net, *resumed);
        resumed.reset();
    }
    long long step = info.steps;
    long long examples = info.examples;
    const double priorSeconds = info.seconds;
    const long long firstStep = step;
    std::deque<std::pair<double, double>> recent;

    long long savedStep = -1;
    auto save = [&] {
        if (params.out.empty() || savedStep == step) return;
        savedStep = step;
        info.steps = step;
        info.examples = examples;
        info.seconds = priorSeconds + elapsed();
        detail::saveModel(params.out, *net, info, &optimizer);
        r.out = params.out;
        if (listener)
            control.notify("checkpoint listener",
                           [&] { listener->onCheckpoint(params.out, step); });
    };

    while (!control.stopRequested()) {
        if (params.steps > 0 && step >= params.steps) break;
        if (selfPlay && params.selfPlayEvery > 0 && step > firstStep &&
            (step - firstStep) % params.selfPlayEvery == 0) {
            info.steps = step;
            info.examples = examples;
            auto evaluator = detail::makeEvaluator(net, info);
            auto games = selfPlay->play(
                *evaluator, search::seedFor(seed ^ 0x5e1f, static_cast<std::uint64_t>(step)),
                control.stopFlag());
            addToBuffer(std::move(games));
            if (control.stopRequested()) break;
        }

        const auto demos = batch(step, seed);
        const auto b = static_cast<std::int64_t>(demos.size());
        const auto [policyLoss, valueLoss] = gradientStep(*net, optimizer, demos);
        ++step;
        examples += b;
        TrainingProgress p;
        p.step = step;
        p.policyLoss = policyLoss;
        p.valueLoss = valueLoss;
        p.seconds = elapsed();
        p.examples = examples;
        p.examplesPerSecond =
            p.seconds > 0 ? static_cast<double>((step - firstStep) * params.batchSize) / p.seconds
                          : 0.0;
        recent.emplace_back(p.policyLoss, p.valueLoss);
        if (recent.size() > kLossWindow) recent.pop_front();
        {
            std::lock_guard lock(mutex);
            progress = p;
        }
        if (listener) control.notify("step listener", [&] { listener->onStep(p); });
        if (params.checkpointEvery > 0 && step % params.checkpointEvery == 0) save();
    }
    save();
    r.steps = step;
    r.seconds = elapsed();
    r.examples = examples;
    for (const auto& [pl, vl] : recent) {
        r.policyLoss += pl / static_cast<double>(recent.size());
        r.valueLoss += vl / static_cast<double>(recent.size());
    }
}

TrainingResult runTraining(const TrainerParams& params, TrainerListener* listener) {
    Trainer trainer(params, listener);
    trainer.start();
    trainer.wait();
    return trainer.result();
}

}  // namespace tg::nn
