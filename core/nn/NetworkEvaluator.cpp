#include "core/nn/NetworkEvaluator.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/nn/ActionCodec.h"
#include "core/nn/detail/PolicyValueNet.h"
#include "core/search/Seeds.h"

namespace tg::nn {

namespace detail {

struct EvaluatorState {
    PolicyValueNet net{nullptr};
    ModelInfo info;
    int threads = 1;
};

std::unique_ptr<NetworkEvaluator> makeEvaluator(PolicyValueNet net, ModelInfo info) {
    auto state = std::make_shared<EvaluatorState>();
    state->net = std::move(net);
    state->info = std::move(info);
    return std::make_unique<NetworkEvaluator>(std::move(state));
}

}  // namespace detail

namespace {

constexpr int kResampleRounds = 3;

struct Merged {
    int count = 0;
    // The distinct spellings sampled (over Z a move has sign variants) and their probabilities.
    std::map<std::vector<int>, double> spellings;
};

bool actionLess(const search::Action& a, const search::Action& b) {
    return std::tie(a.u, a.v, a.w) < std::tie(b.u, b.v, b.w);
}

// The spellings of one move: itself, and over Z its sign variants (u (x) v (x) w =
// (-u) (x) (-v) (x) w = ...).
std::vector<search::Action> spellingsOf(const search::Action& a, CoefficientSet set) {
    if (set == CoefficientSet::Mod2) return {a};
    auto negated = [](std::vector<int> f) {
        for (int& x : f) x = -x;
        return f;
    };
    return {a,
            {negated(a.u), negated(a.v), a.w},
            {negated(a.u), a.v, negated(a.w)},
            {a.u, negated(a.v), negated(a.w)}};
}

}  // namespace

std::vector<double> NetworkEvaluator::probabilities(const search::Observation& observation,
                                                    std::span<const search::Action> actions) {
    std::vector<double> out(actions.size(), 0.0);
    auto& net = *d_->net;
    const auto& codec = net.codec();
    const auto set = net.config().coefficients;
    std::vector<std::int64_t> tokens;
    std::vector<std::size_t> owner;  // the move of each spelled row
    for (std::size_t i = 0; i < actions.size(); ++i)
        for (const auto& spelled : spellingsOf(actions[i], set)) {
            if (hasZeroFactor(spelled) || !withinSet(spelled, set) ||
                static_cast<int>(spelled.u.size() + spelled.v.size() + spelled.w.size()) !=
                    codec.length())
                continue;
            for (int t : codec.encode(spelled)) tokens.push_back(t);
            owner.push_back(i);
        }
    if (owner.empty()) return out;
    detail::useThreads(d_->threads);
    c10::InferenceMode inference;
    const auto rows = static_cast<std::int64_t>(owner.size());
    const auto one = net.torso(net.encode(std::span<const search::Observation>(&observation, 1)));
    const detail::TorsoOutput many{one.tokens.expand({rows, -1, -1}).contiguous(),
                                   one.context.expand({rows, -1}).contiguous()};
    const auto targets =
        torch::from_blob(tokens.data(), {rows, codec.steps()}, torch::kInt64).clone();
    const auto logp = net.targetLogProbs(many, targets).sum(1).contiguous();
    const auto acc = logp.accessor<float, 1>();
    for (std::int64_t r = 0; r < rows; ++r)
        out[owner[static_cast<std::size_t>(r)]] += std::exp(static_cast<double>(acc[r]));
    return out;
}

NetworkEvaluator::NetworkEvaluator(std::shared_ptr<detail::EvaluatorState> state)
    : d_(std::move(state)) {}

NetworkEvaluator::~NetworkEvaluator() = default;

std::unique_ptr<NetworkEvaluator> NetworkEvaluator::untrained(const NetworkConfig& config,
                                                              std::uint64_t seed) {
    detail::PolicyValueNet net(config);
    net->initialise(seed);
    return detail::makeEvaluator(std::move(net), ModelInfo::untrained(config, seed));
}

std::string NetworkEvaluator::name() const {
    return d_->info.describe();
}

const ModelInfo& NetworkEvaluator::info() const {
    return d_->info;
}

long long NetworkEvaluator::parameterCount() const {
    long long n = 0;
    for (const auto& p : d_->net->parameters()) n += p.numel();
    return n;
}

std::vector<float> NetworkEvaluator::flatParameters() const {
    std::vector<float> out;
    for (const auto& p : d_->net->parameters()) {
        const auto flat = p.detach().contiguous().view(-1);
        out.insert(out.end(), flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
    }
    return out;
}

void NetworkEvaluator::setThreads(int threads) {
    d_->threads = std::max(1, threads);
}

std::vector<search::Evaluation> NetworkEvaluator::evaluate(
    std::span<const search::Observation> batch, int samples, std::uint64_t seed) {
    std::vector<search::Evaluation> out(batch.size());
    if (batch.empty()) return out;
    detail::useThreads(d_->threads);
    c10::InferenceMode inference;
    auto& net = *d_->net;
    const auto& codec = net.codec();
    const auto set = net.config().coefficients;
    const auto torso = net.torso(net.encode(batch));
    const auto values = net.value(torso).contiguous();
    const auto valueAcc = values.accessor<float, 1>();
    for (std::size_t i = 0; i < batch.size(); ++i)
        out[i].movesLeft =
            std::max(0.0, static_cast<double>(valueAcc[static_cast<std::int64_t>(i)]));
    if (samples <= 0) return out;

    std::vector<search::Rng> rngs;
    rngs.reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) rngs.emplace_back(search::seedFor(seed, i));
    std::vector<int> needed(batch.size(), samples);
    std::vector<int> accepted(batch.size(), 0);
    std::vector<std::map<search::Action, Merged, decltype(&actionLess)>> merged;
    for (std::size_t i = 0; i < batch.size(); ++i) merged.emplace_back(&actionLess);

    for (int round = 0; round <= kResampleRounds; ++round) {
        std::vector<int> rowObs;
        for (std::size_t i = 0; i < batch.size(); ++i)
            rowObs.insert(rowObs.end(), static_cast<std::size_t>(needed[i]), static_cast<int>(i));
        if (rowObs.empty()) break;
        const auto drawn = detail::sampleActions(net, torso, rowObs, rngs);
        for (std::size_t r = 0; r < rowObs.size(); ++r) {
            const auto obs = static_cast<std::size_t>(rowObs[r]);
            const auto action = codec.decode(drawn.tokens[r]);
            if (hasZeroFactor(action)) continue;  // not a legal move: drawn again next round
            --needed[obs];
            ++accepted[obs];
            auto& m = merged[obs][canonicalAction(action, set)];
            ++m.count;
            m.spellings[drawn.tokens[r]] = std::exp(drawn.logProb[r]);
        }
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        auto& candidates = out[i].candidates;
        for (auto& [action, m] : merged[i]) {
            double probability = 0.0;
            for (const auto& s : m.spellings) probability += s.second;
            candidates.push_back({action, static_cast<double>(m.count) / accepted[i], probability});
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const search::PolicySample& a, const search::PolicySample& b) {
                             if (a.prior != b.prior) return a.prior > b.prior;
                             return a.probability > b.probability;
                         });
    }
    return out;
}

}  // namespace tg::nn
