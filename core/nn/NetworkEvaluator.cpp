#include "core/nn/NetworkEvaluator.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/nn/ActionCodec.h"
#include "core/nn/InferenceNet.h"
#include "core/nn/detail/PolicyValueNet.h"
#include "core/search/Seeds.h"

namespace tg::nn {

namespace detail {

struct EvaluatorState {
    PolicyValueNet net{nullptr};                    // the trained definition (parameters, training)
    std::shared_ptr<const InferenceNet> inference;  // its forward pass for the search
    ModelInfo info;
};

namespace {

// A copy of the network's parameters as they are now, for the torch-free forward pass.
std::shared_ptr<const InferenceNet> inferenceOf(PolicyValueNetImpl& net) {
    torch::NoGradGuard noGrad;
    NamedParameters parameters;
    for (const auto& item : net.named_parameters(true)) {
        const auto flat = item.value().detach().to(torch::kFloat32).contiguous().view(-1);
        parameters[item.key()].assign(flat.data_ptr<float>(),
                                      flat.data_ptr<float>() + flat.numel());
    }
    return std::make_shared<const InferenceNet>(net.config(), parameters);
}

}  // namespace

std::unique_ptr<NetworkEvaluator> makeEvaluator(PolicyValueNet net, ModelInfo info) {
    auto state = std::make_shared<EvaluatorState>();
    state->inference = inferenceOf(*net);
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

// `samples` legal moves drawn from the policy for one state: rows with a zero factor are drawn
// again (up to kResampleRounds more rounds), duplicates merged; highest prior first.
std::vector<search::PolicySample> sampledCandidates(const InferenceNet& net,
                                                    const InferenceNet::Torso& torso, int samples,
                                                    std::uint64_t seed) {
    const auto& codec = net.codec();
    const auto set = net.config().coefficients;
    search::Rng rng(seed);
    std::map<search::Action, Merged, decltype(&actionLess)> merged(&actionLess);
    int needed = samples;
    int accepted = 0;
    for (int round = 0; round <= kResampleRounds && needed > 0; ++round) {
        const InferenceNet::Drawn drawn = net.sample(torso, needed, rng);
        for (std::size_t r = 0; r < drawn.tokens.size(); ++r) {
            const auto action = codec.decode(drawn.tokens[r]);
            if (hasZeroFactor(action)) continue;  // not a legal move: drawn again next round
            --needed;
            ++accepted;
            auto& m = merged[canonicalAction(action, set)];
            ++m.count;
            m.spellings[drawn.tokens[r]] = std::exp(drawn.logProb[r]);
        }
    }
    std::vector<search::PolicySample> candidates;
    for (auto& [action, m] : merged) {
        double probability = 0.0;
        for (const auto& s : m.spellings) probability += s.second;
        candidates.push_back({action, static_cast<double>(m.count) / accepted, probability});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const search::PolicySample& a, const search::PolicySample& b) {
                         if (a.prior != b.prior) return a.prior > b.prior;
                         return a.probability > b.probability;
                     });
    return candidates;
}

// The spellings of `actions` the network can spell (token rows) and the move of each.
struct Spelled {
    std::vector<std::vector<int>> tokens;
    std::vector<std::size_t> owner;
};

Spelled spell(const ActionCodec& codec, std::span<const search::Action> actions) {
    Spelled out;
    const auto set = codec.coefficients();
    for (std::size_t i = 0; i < actions.size(); ++i)
        for (const auto& spelled : spellingsOf(actions[i], set)) {
            if (hasZeroFactor(spelled) || !withinSet(spelled, set) ||
                static_cast<int>(spelled.u.size() + spelled.v.size() + spelled.w.size()) !=
                    codec.length())
                continue;
            out.tokens.push_back(codec.encode(spelled));
            out.owner.push_back(i);
        }
    return out;
}

// The LibTorch module's value and log-probability of each spelling (teacher forcing).
std::pair<double, std::vector<double>> libTorchForward(detail::PolicyValueNetImpl& net,
                                                       const search::Observation& observation,
                                                       const Spelled& spelled) {
    c10::InferenceMode inference;
    const auto torso = net.torso(net.encode(std::span<const search::Observation>(&observation, 1)));
    const double value = static_cast<double>(net.value(torso).item<float>());
    std::vector<double> logp(spelled.owner.size());
    if (logp.empty()) return {value, logp};
    const auto rows = static_cast<std::int64_t>(logp.size());
    const detail::TorsoOutput many{torso.tokens.expand({rows, -1, -1}).contiguous(),
                                   torso.context.expand({rows, -1}).contiguous()};
    std::vector<std::int64_t> flat;
    for (const auto& row : spelled.tokens) flat.insert(flat.end(), row.begin(), row.end());
    const auto targets =
        torch::from_blob(flat.data(), {rows, net.codec().steps()}, torch::kInt64).clone();
    const auto sums = net.targetLogProbs(many, targets).sum(1).contiguous();
    const auto acc = sums.accessor<float, 1>();
    for (std::int64_t r = 0; r < rows; ++r)
        logp[static_cast<std::size_t>(r)] = static_cast<double>(acc[r]);
    return {value, logp};
}

}  // namespace

NetworkEvaluator::Outputs NetworkEvaluator::outputs(const search::Observation& observation,
                                                    std::span<const search::Action> actions,
                                                    ForwardPass pass) const {
    const InferenceNet& net = *d_->inference;
    const Spelled spelled = spell(net.codec(), actions);
    Outputs out{0.0, std::vector<double>(actions.size(), 0.0)};
    std::vector<double> logp;
    if (pass == ForwardPass::LibTorch) {
        std::tie(out.movesLeft, logp) = libTorchForward(*d_->net, observation, spelled);
    } else {
        const InferenceNet::Torso torso = net.torso(observation);
        out.movesLeft = net.value(torso);
        logp = net.logProbability(torso, spelled.tokens);
    }
    out.movesLeft = std::max(0.0, out.movesLeft);
    for (std::size_t r = 0; r < spelled.owner.size(); ++r)
        out.probabilities[spelled.owner[r]] += std::exp(logp[r]);
    return out;
}

std::vector<double> NetworkEvaluator::probabilities(const search::Observation& observation,
                                                    std::span<const search::Action> actions) {
    return outputs(observation, actions, ForwardPass::Inference).probabilities;
}

NetworkEvaluator::NetworkEvaluator(std::shared_ptr<detail::EvaluatorState> state)
    : d_(std::move(state)) {}

NetworkEvaluator::~NetworkEvaluator() = default;

std::unique_ptr<NetworkEvaluator> NetworkEvaluator::share() const {
    return std::make_unique<NetworkEvaluator>(d_);
}

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

std::vector<search::Evaluation> NetworkEvaluator::evaluate(
    std::span<const search::Observation> batch, int samples, std::uint64_t seed) {
    std::vector<search::Evaluation> out(batch.size());
    const InferenceNet& net = *d_->inference;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const InferenceNet::Torso torso = net.torso(batch[i]);
        out[i].movesLeft = std::max(0.0, net.value(torso));
        if (samples > 0)
            out[i].candidates = sampledCandidates(net, torso, samples, search::seedFor(seed, i));
    }
    return out;
}

}  // namespace tg::nn
