#include "core/nn/InferenceNet.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

#include "core/nn/InputFeatures.h"

namespace tg::nn {

namespace {

constexpr float kNormEpsilon = 1e-5f;  // LibTorch's LayerNorm default

const std::vector<float>& parameter(const NamedParameters& all, const std::string& name,
                                    Eigen::Index size) {
    const auto it = all.find(name);
    if (it == all.end()) throw std::invalid_argument("network parameter " + name + " missing");
    if (static_cast<Eigen::Index>(it->second.size()) != size)
        throw std::invalid_argument("network parameter " + name + " has " +
                                    std::to_string(it->second.size()) + " values, expected " +
                                    std::to_string(size));
    return it->second;
}

RowMatrix matrixOf(const NamedParameters& all, const std::string& name, Eigen::Index rows,
                   Eigen::Index cols) {
    return Eigen::Map<const RowMatrix>(parameter(all, name, rows * cols).data(), rows, cols);
}

Eigen::RowVectorXf vectorOf(const NamedParameters& all, const std::string& name,
                            Eigen::Index size) {
    return Eigen::Map<const Eigen::RowVectorXf>(parameter(all, name, size).data(), size);
}

void softmaxRows(RowMatrix& x) {
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        auto row = x.row(r);
        row.array() = (row.array() - row.maxCoeff()).exp();
        row /= row.sum();
    }
}

void logSoftmaxRows(RowMatrix& x) {
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        auto row = x.row(r);
        const float top = row.maxCoeff();
        row.array() -= top + std::log((row.array() - top).exp().sum());
    }
}

RowMatrix relu(const RowMatrix& x) {
    return x.cwiseMax(0.0f);
}

RowMatrix sigmoid(const RowMatrix& x) {
    return (1.0f + (-x.array()).exp()).inverse().matrix();
}

}  // namespace

RowMatrix InferenceNet::Linear::operator()(const RowMatrix& x) const {
    RowMatrix y = x * weight.transpose();
    y.rowwise() += bias;
    return y;
}

RowMatrix InferenceNet::Norm::operator()(const RowMatrix& x) const {
    RowMatrix y(x.rows(), x.cols());
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        const float mean = x.row(r).mean();
        const Eigen::RowVectorXf centred = x.row(r).array() - mean;
        const float variance = centred.squaredNorm() / static_cast<float>(x.cols());
        y.row(r) = (centred / std::sqrt(variance + kNormEpsilon)).cwiseProduct(gain) + bias;
    }
    return y;
}

InferenceNet::InferenceNet(const NetworkConfig& config, const NamedParameters& parameters)
    : config_((config.validate(), config)), codec_(config.size, config.coefficients, config.chunk) {
    const auto& all = parameters;
    const auto& s = config_.size;
    const Eigen::Index d = config_.width, f = config_.feedForward, vocab = codec_.vocabulary();
    const Eigen::Index u = s.uSize(), v = s.vSize(), w = s.wSize();
    const Eigen::Index tokens = u + v + w + 1 + search::Observation::kHistory;
    auto linear = [&](const std::string& name, Eigen::Index out, Eigen::Index in) {
        return Linear{matrixOf(all, name + ".weight", out, in), vectorOf(all, name + ".bias", out)};
    };
    auto norm = [&](const std::string& name) {
        return Norm{vectorOf(all, name + ".weight", d), vectorOf(all, name + ".bias", d)};
    };
    inU_ = linear("in_u", d, kInputChannels * v * w);
    inV_ = linear("in_v", d, kInputChannels * u * w);
    inW_ = linear("in_w", d, kInputChannels * u * v);
    inScalars_ = linear("in_scalars", d, kInputScalars);
    inHistory_ = linear("in_history", d, historyWidth(codec_));
    position_ = matrixOf(all, "position", tokens, d);
    for (int i = 0; i < config_.layers; ++i) {
        const std::string b = "blocks." + std::to_string(i) + ".";
        blocks_.push_back({norm(b + "norm1"), norm(b + "norm2"), linear(b + "qkv", 3 * d, d),
                           linear(b + "proj", d, d), linear(b + "fc1", f, d),
                           linear(b + "fc2", d, f)});
    }
    finalNorm_ = norm("final_norm");
    value1_ = linear("value1", d, d);
    value2_ = linear("value2", 1, d);
    initHidden_ = linear("init_hidden", d, d);
    keyProj_ = linear("key_proj", d, d);
    const RowMatrix inputWeight = matrixOf(all, "cell.weight_ih", 3 * d, d);
    tokenGates_ = matrixOf(all, "token_embedding.weight", vocab + 1, d) * inputWeight.transpose();
    stepGates_ =
        matrixOf(all, "step_embedding.weight", codec_.steps(), d) * inputWeight.transpose();
    stepGates_.rowwise() += vectorOf(all, "cell.bias_ih", 3 * d);
    cellHidden_ = {matrixOf(all, "cell.weight_hh", 3 * d, d), vectorOf(all, "cell.bias_hh", 3 * d)};
    out1_ = linear("out1", d, 2 * d);
    out2_ = linear("out2", vocab, d);
    lastMask_ = Eigen::RowVectorXf::Zero(vocab);
    for (int t = 0; t < vocab; ++t)
        if (!codec_.isValid(codec_.steps() - 1, t))
            lastMask_[t] = -std::numeric_limits<float>::infinity();
}

RowMatrix InferenceNet::attend(const Block& block, const RowMatrix& x) const {
    const Eigen::Index d = x.cols(), dh = d / config_.heads;
    const RowMatrix qkv = block.qkv(block.norm1(x));  // [T, 3d]: q, k, v, each heads x dh
    RowMatrix mixed(x.rows(), d);
    const float scale = 1.0f / std::sqrt(static_cast<float>(dh));
    for (Eigen::Index h = 0; h < config_.heads; ++h) {
        RowMatrix scores = qkv.middleCols(h * dh, dh) * qkv.middleCols(d + h * dh, dh).transpose();
        scores *= scale;
        softmaxRows(scores);
        mixed.middleCols(h * dh, dh) = scores * qkv.middleCols(2 * d + h * dh, dh);
    }
    const RowMatrix y = x + block.proj(mixed);
    return y + block.fc2(relu(block.fc1(block.norm2(y))));
}

InferenceNet::Torso InferenceNet::torso(const search::Observation& o) const {
    const auto& s = config_.size;
    if (!(o.size == s) || o.coefficients != config_.coefficients ||
        o.residual.size() != static_cast<std::size_t>(s.volume()))
        throw std::invalid_argument("observation of " + o.size.toString() + " " +
                                    coefficientSetName(o.coefficients) + " given to a " +
                                    s.toString() + " " + coefficientSetName(config_.coefficients) +
                                    " network");
    const InputFeatures in = encodeInputs(codec_, std::span<const search::Observation>(&o, 1));
    const Eigen::Index u = s.uSize(), v = s.vSize(), w = s.wSize(), c = kInputChannels;
    // grid[i][j][k][channel], sliced along each mode (the same order as PolicyValueNet::encode).
    const auto at = [&](Eigen::Index i, Eigen::Index j, Eigen::Index k, Eigen::Index ch) {
        return in.grid[static_cast<std::size_t>(((i * v + j) * w + k) * c + ch)];
    };
    RowMatrix sliceU(u, v * w * c), sliceV(v, u * w * c), sliceW(w, u * v * c);
    for (Eigen::Index i = 0; i < u; ++i)
        for (Eigen::Index j = 0; j < v; ++j)
            for (Eigen::Index k = 0; k < w; ++k)
                for (Eigen::Index ch = 0; ch < c; ++ch) {
                    const float x = at(i, j, k, ch);
                    sliceU(i, (j * w + k) * c + ch) = x;
                    sliceV(j, (i * w + k) * c + ch) = x;
                    sliceW(k, (i * v + j) * c + ch) = x;
                }
    const auto history = Eigen::Map<const RowMatrix>(
        in.history.data(), search::Observation::kHistory, historyWidth(codec_));
    const auto scalars = Eigen::Map<const RowMatrix>(in.scalars.data(), 1, kInputScalars);
    RowMatrix x(position_.rows(), position_.cols());
    x << inU_(sliceU), inV_(sliceV), inW_(sliceW), inScalars_(scalars), inHistory_(history);
    x += position_;
    for (const Block& block : blocks_) x = attend(block, x);
    Torso out;
    out.tokens = finalNorm_(x);
    out.keys = keyProj_(out.tokens);
    out.context = out.tokens.colwise().mean();
    return out;
}

double InferenceNet::value(const Torso& torso) const {
    const float x = value2_(relu(value1_(torso.context)))(0, 0);
    // softplus with LibTorch's threshold: linear above 20.
    return x > 20.0f ? x : std::log1p(std::exp(static_cast<double>(x)));
}

InferenceNet::Decoder InferenceNet::startDecoder(const Torso& torso, int rows) const {
    const RowMatrix first = initHidden_(torso.context).array().tanh().matrix();
    return {first.replicate(rows, 1)};
}

RowMatrix InferenceNet::decodeStep(const Torso& torso, Decoder& state,
                                   std::span<const int> previous, int step) const {
    const Eigen::Index rows = state.hidden.rows(), d = config_.width;
    RowMatrix gi(rows, 3 * d);
    for (Eigen::Index r = 0; r < rows; ++r)
        gi.row(r) = tokenGates_.row(previous[static_cast<std::size_t>(r)]) + stepGates_.row(step);
    // GRUCell: r, z, n gates.
    const RowMatrix gh = cellHidden_(state.hidden);
    const RowMatrix reset = sigmoid(gi.leftCols(d) + gh.leftCols(d));
    const RowMatrix update = sigmoid(gi.middleCols(d, d) + gh.middleCols(d, d));
    const RowMatrix candidate =
        (gi.rightCols(d).array() + reset.array() * gh.rightCols(d).array()).tanh().matrix();
    state.hidden =
        ((1.0f - update.array()) * candidate.array() + update.array() * state.hidden.array())
            .matrix();
    // Attention of each row's state over the torso's tokens.
    RowMatrix scores = state.hidden * torso.keys.transpose();
    scores *= 1.0f / std::sqrt(static_cast<float>(d));
    softmaxRows(scores);
    RowMatrix joined(rows, 2 * d);
    joined << state.hidden, scores * torso.tokens;
    RowMatrix logits = out2_(relu(out1_(joined)));
    if (step == codec_.steps() - 1) logits.rowwise() += lastMask_;
    logSoftmaxRows(logits);
    return logits;
}

namespace {

// The inverse CDF of one row of log-probabilities: the tokens of nonzero probability and the
// running sums of their probabilities, in token order.
struct Cdf {
    std::vector<int> tokens;
    std::vector<double> sums;
    explicit Cdf(const Eigen::Ref<const Eigen::RowVectorXf>& logp) {
        double sum = 0.0;
        for (Eigen::Index t = 0; t < logp.size(); ++t) {
            const auto p = static_cast<double>(std::exp(logp[t]));
            if (p <= 0.0) continue;
            sum += p;
            tokens.push_back(static_cast<int>(t));
            sums.push_back(sum);
        }
    }
    // The first token whose running sum exceeds u (the last one when rounding leaves u above all).
    [[nodiscard]] int pick(double u) const {
        const auto it = std::upper_bound(sums.begin(), sums.end(), u);
        return tokens[it == sums.end() ? tokens.size() - 1
                                       : static_cast<std::size_t>(it - sums.begin())];
    }
};

}  // namespace

// Rows that have drawn the same tokens so far are in the same decoder state, so the decoder runs
// once per distinct prefix (a group), not once per row: at the first step one group holds every
// row, and a peaked policy keeps the groups few. Each row still draws its own token from its
// group's distribution, rows in order at each step, so the draws are those of decoding every row.
InferenceNet::Drawn InferenceNet::sample(const Torso& torso, int rows, search::Rng& rng) const {
    const auto count = static_cast<std::size_t>(rows);
    const int steps = codec_.steps();
    Drawn out{
        std::vector<std::vector<int>>(count, std::vector<int>(static_cast<std::size_t>(steps))),
        std::vector<double>(count, 0.0)};
    Decoder state = startDecoder(torso, 1);
    std::vector<int> fed{codec_.vocabulary()};   // per group: the token it was fed (start token)
    std::vector<std::size_t> groupOf(count, 0);  // per row
    for (int step = 0; step < steps; ++step) {
        const RowMatrix logp = decodeStep(torso, state, fed, step);
        std::vector<Cdf> cdfs;
        cdfs.reserve(static_cast<std::size_t>(logp.rows()));
        for (Eigen::Index g = 0; g < logp.rows(); ++g) cdfs.emplace_back(logp.row(g));
        std::map<std::pair<std::size_t, int>, std::size_t> next;  // (group, token) -> new group
        std::vector<Eigen::Index> parent;
        fed.clear();
        for (std::size_t r = 0; r < count; ++r) {
            const std::size_t g = groupOf[r];
            const int pick = cdfs[g].pick(rng.unit());
            out.tokens[r][static_cast<std::size_t>(step)] = pick;
            out.logProb[r] += static_cast<double>(logp(static_cast<Eigen::Index>(g), pick));
            const auto [it, added] = next.try_emplace({g, pick}, fed.size());
            if (added) {
                fed.push_back(pick);
                parent.push_back(static_cast<Eigen::Index>(g));
            }
            groupOf[r] = it->second;
        }
        state.hidden = RowMatrix(state.hidden(parent, Eigen::all));
    }
    return out;
}

std::vector<double> InferenceNet::logProbability(
    const Torso& torso, std::span<const std::vector<int>> spellings) const {
    const auto count = spellings.size();
    std::vector<double> out(count, 0.0);
    if (count == 0) return out;
    Decoder state = startDecoder(torso, static_cast<int>(count));
    std::vector<int> previous(count, codec_.vocabulary());
    for (int step = 0; step < codec_.steps(); ++step) {
        const RowMatrix logp = decodeStep(torso, state, previous, step);
        for (std::size_t r = 0; r < count; ++r) {
            previous[r] = spellings[r][static_cast<std::size_t>(step)];
            out[r] += static_cast<double>(logp(static_cast<Eigen::Index>(r), previous[r]));
        }
    }
    return out;
}

}  // namespace tg::nn
