#include "core/nn/detail/PolicyValueNet.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/nn/InputFeatures.h"

namespace tg::nn::detail {

namespace {

constexpr int kChannels = kInputChannels;  // one-hot of the entry values (InputFeatures.h)

}  // namespace

AttentionBlockImpl::AttentionBlockImpl(int width, int heads, int feedForward) : heads_(heads) {
    norm1_ = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    norm2_ = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    qkv_ = register_module("qkv", torch::nn::Linear(width, 3 * width));
    proj_ = register_module("proj", torch::nn::Linear(width, width));
    fc1_ = register_module("fc1", torch::nn::Linear(width, feedForward));
    fc2_ = register_module("fc2", torch::nn::Linear(feedForward, width));
}

torch::Tensor AttentionBlockImpl::forward(const torch::Tensor& x) {
    const auto b = x.size(0), t = x.size(1), d = x.size(2);
    const auto dh = d / heads_;
    // [3, B, heads, T, dh]
    const auto qkv = qkv_(norm1_(x)).view({b, t, 3, heads_, dh}).permute({2, 0, 3, 1, 4});
    const auto scores =
        torch::matmul(qkv[0], qkv[1].transpose(-2, -1)) / std::sqrt(static_cast<double>(dh));
    const auto mixed = torch::matmul(torch::softmax(scores, -1), qkv[2]);
    auto y = x + proj_(mixed.transpose(1, 2).reshape({b, t, d}));
    return y + fc2_(torch::relu(fc1_(norm2_(y))));
}

PolicyValueNetImpl::PolicyValueNetImpl(const NetworkConfig& config)
    : config_((config.validate(), config)), codec_(config.size, config.coefficients, config.chunk) {
    const auto& s = config_.size;
    const int d = config_.width;
    const int u = s.uSize(), v = s.vSize(), w = s.wSize();
    const int h = search::Observation::kHistory;
    tokens_ = u + v + w + 1 + h;
    inU_ = register_module("in_u", torch::nn::Linear(kChannels * v * w, d));
    inV_ = register_module("in_v", torch::nn::Linear(kChannels * u * w, d));
    inW_ = register_module("in_w", torch::nn::Linear(kChannels * u * v, d));
    inScalars_ = register_module("in_scalars", torch::nn::Linear(3, d));
    inHistory_ =
        register_module("in_history", torch::nn::Linear(codec_.base() * codec_.length() + 1, d));
    position_ = register_parameter("position", torch::zeros({tokens_, d}));
    blocks_ = register_module("blocks", torch::nn::ModuleList());
    for (int i = 0; i < config_.layers; ++i)
        blocks_->push_back(AttentionBlock(d, config_.heads, config_.feedForward));
    finalNorm_ =
        register_module("final_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
    value1_ = register_module("value1", torch::nn::Linear(d, d));
    value2_ = register_module("value2", torch::nn::Linear(d, 1));
    initHidden_ = register_module("init_hidden", torch::nn::Linear(d, d));
    keyProj_ = register_module("key_proj", torch::nn::Linear(d, d));
    tokenEmbedding_ =
        register_module("token_embedding", torch::nn::Embedding(codec_.vocabulary() + 1, d));
    stepEmbedding_ = register_module("step_embedding", torch::nn::Embedding(codec_.steps(), d));
    cell_ = register_module("cell", torch::nn::GRUCell(d, d));
    out1_ = register_module("out1", torch::nn::Linear(2 * d, d));
    out2_ = register_module("out2", torch::nn::Linear(d, codec_.vocabulary()));
    std::vector<float> mask(static_cast<std::size_t>(codec_.vocabulary()), 0.0f);
    for (int t = 0; t < codec_.vocabulary(); ++t)
        if (!codec_.isValid(codec_.steps() - 1, t))
            mask[static_cast<std::size_t>(t)] = -std::numeric_limits<float>::infinity();
    lastMask_ = torch::from_blob(mask.data(), {codec_.vocabulary()}, torch::kFloat32).clone();
}

void PolicyValueNetImpl::initialise(std::uint64_t seed) {
    search::Rng rng(seed);
    torch::NoGradGuard noGrad;
    for (auto& item : named_parameters(true)) {
        auto& p = item.value();
        const std::string& name = item.key();
        std::vector<float> values(static_cast<std::size_t>(p.numel()));
        if (p.dim() == 1) {
            // Biases start at zero, LayerNorm gains at one.
            std::fill(values.begin(), values.end(),
                      name.find("bias") != std::string::npos ? 0.0f : 1.0f);
        } else {
            const double bound =
                (name == "position" ? 0.1 : 1.0) / std::sqrt(static_cast<double>(p.size(1)));
            for (float& x : values) x = static_cast<float>(bound * (2.0 * rng.unit() - 1.0));
        }
        p.copy_(torch::from_blob(values.data(), p.sizes(), torch::kFloat32));
    }
}

EncodedBatch PolicyValueNetImpl::encode(std::span<const search::Observation> batch) const {
    const auto& s = config_.size;
    const int u = s.uSize(), v = s.vSize(), w = s.wSize();
    const auto b = static_cast<std::int64_t>(batch.size());
    const auto volume = static_cast<std::size_t>(s.volume());
    for (const auto& o : batch)
        if (!(o.size == s) || o.coefficients != config_.coefficients || o.residual.size() != volume)
            throw std::invalid_argument("observation of " + o.size.toString() + " " +
                                        coefficientSetName(o.coefficients) + " given to a " +
                                        s.toString() + " " +
                                        coefficientSetName(config_.coefficients) + " network");
    InputFeatures in = encodeInputs(codec_, batch);
    auto x = torch::from_blob(in.grid.data(), {b, u, v, w, kChannels}, torch::kFloat32).clone();
    EncodedBatch out;
    out.sliceU = x.reshape({b, u, std::int64_t{v} * w * kChannels});
    out.sliceV = x.permute({0, 2, 1, 3, 4}).reshape({b, v, std::int64_t{u} * w * kChannels});
    out.sliceW = x.permute({0, 3, 1, 2, 4}).reshape({b, w, std::int64_t{u} * v * kChannels});
    out.scalars = torch::from_blob(in.scalars.data(), {b, kInputScalars}, torch::kFloat32).clone();
    out.history =
        torch::from_blob(in.history.data(),
                         {b, search::Observation::kHistory, historyWidth(codec_)}, torch::kFloat32)
            .clone();
    return out;
}

TorsoOutput PolicyValueNetImpl::torso(const EncodedBatch& in) {
    auto x = torch::cat({inU_(in.sliceU), inV_(in.sliceV), inW_(in.sliceW),
                         inScalars_(in.scalars).unsqueeze(1), inHistory_(in.history)},
                        1) +
             position_;
    for (const auto& block : *blocks_) x = block->as<AttentionBlock>()->forward(x);
    x = finalNorm_(x);
    return {x, x.mean(1)};
}

torch::Tensor PolicyValueNetImpl::value(const TorsoOutput& t) {
    return torch::softplus(value2_(torch::relu(value1_(t.context)))).squeeze(-1);
}

PolicyValueNetImpl::DecoderState PolicyValueNetImpl::startDecoder(const TorsoOutput& t,
                                                                  const torch::Tensor& rows) {
    // Project the keys once per observation, then copy them to the observation's rows.
    return {torch::tanh(initHidden_(t.context)).index_select(0, rows),
            keyProj_(t.tokens).index_select(0, rows), t.tokens.index_select(0, rows)};
}

torch::Tensor PolicyValueNetImpl::decodeStep(DecoderState& state, const torch::Tensor& prev,
                                             int step) {
    const auto input = tokenEmbedding_(prev) + stepEmbedding_->weight[step];
    state.hidden = cell_(input, state.hidden);
    const double scale = 1.0 / std::sqrt(static_cast<double>(config_.width));
    // Attention of the decoder's state over the torso tokens: [R, T].
    const auto scores = torch::bmm(state.keys, state.hidden.unsqueeze(2)).squeeze(2) * scale;
    const auto attended =
        torch::bmm(torch::softmax(scores, -1).unsqueeze(1), state.values).squeeze(1);
    auto logits = out2_(torch::relu(out1_(torch::cat({state.hidden, attended}, 1))));
    if (step == codec_.steps() - 1) logits = logits + lastMask_;
    return torch::log_softmax(logits, -1);
}

torch::Tensor PolicyValueNetImpl::targetLogProbs(const TorsoOutput& t,
                                                 const torch::Tensor& targets) {
    const auto b = targets.size(0);
    auto state = startDecoder(t, torch::arange(b, torch::kInt64));
    auto prev = torch::full({b}, codec_.vocabulary(), torch::kInt64);
    std::vector<torch::Tensor> out;
    for (int step = 0; step < codec_.steps(); ++step) {
        const auto logp = decodeStep(state, prev, step);
        prev = targets.select(1, step);
        out.push_back(logp.gather(1, prev.unsqueeze(1)).squeeze(1));
    }
    return torch::stack(out, 1);
}

void useThreads(int threads) {
    if (threads >= 1 && at::get_num_threads() != threads) at::set_num_threads(threads);
}

}  // namespace tg::nn::detail
