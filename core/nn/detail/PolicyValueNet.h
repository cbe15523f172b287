#pragma once
// PRIVATE to the .cpp files of core/nn: this header includes LibTorch. Public headers of core/nn
// (NetworkEvaluator.h, ModelFile.h, Trainer.h, ...) never include it, so the CLI and the GUI
// compile without torch's headers.
//
// The policy/value network (AlphaTensor's shape, sized for a CPU):
//   input   the residual as one-hot entries (values -2, -1, 1, 2 after clamping), cut into
//           slices along each of its three modes: uSize + vSize + wSize tokens, each a whole
//           2D slice projected to width d; one token for the step (and the steps left under a
//           limit); one token per recent move (Observation::kHistory);
//           plus a learned embedding per token position (which mode, which slice).
//   torso   a few pre-norm transformer layers over those <= 30 tokens.
//   policy  a GRU decoder that spells the move token by token (ActionCodec: chunks of k
//           coefficients), attending over the torso's tokens at each step. Training
//           teacher-forces it here; the search samples from a copy (InferenceNet.h).
//   value   an MLP on the mean token: the moves left (softplus, so >= 0).
#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/nn/ActionCodec.h"
#include "core/nn/ModelInfo.h"
#include "core/search/Evaluator.h"
#include "core/search/Rng.h"

namespace tg::nn {
class NetworkEvaluator;
}

namespace tg::nn::detail {

struct EncodedBatch {
    torch::Tensor sliceU;   // [B, uSize, 4 * vSize * wSize]
    torch::Tensor sliceV;   // [B, vSize, 4 * uSize * wSize]
    torch::Tensor sliceW;   // [B, wSize, 4 * uSize * vSize]
    torch::Tensor scalars;  // [B, 3]: step, has limit, steps left
    torch::Tensor history;  // [B, kHistory, base * length + 1]
};

struct TorsoOutput {
    torch::Tensor tokens;   // [B, T, d]
    torch::Tensor context;  // [B, d]
};

class AttentionBlockImpl : public torch::nn::Module {
  public:
    AttentionBlockImpl(int width, int heads, int feedForward);
    torch::Tensor forward(const torch::Tensor& x);

  private:
    int heads_;
    torch::nn::LayerNorm norm1_{nullptr}, norm2_{nullptr};
    torch::nn::Linear qkv_{nullptr}, proj_{nullptr}, fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(AttentionBlock);

class PolicyValueNetImpl : public torch::nn::Module {
  public:
    explicit PolicyValueNetImpl(const NetworkConfig& config);

    [[nodiscard]] const NetworkConfig& config() const { return config_; }
    [[nodiscard]] const ActionCodec& codec() const { return codec_; }

    // Throws std::invalid_argument for observations of another size or set.
    [[nodiscard]] EncodedBatch encode(std::span<const search::Observation> batch) const;
    TorsoOutput torso(const EncodedBatch& in);
    torch::Tensor value(const TorsoOutput& t);  // [B], >= 0

    // The decoder, run step by step. `rows` picks the torso row of each decoder row.
    struct DecoderState {
        torch::Tensor hidden;  // [R, d]
        torch::Tensor keys;    // [R, T, d]
        torch::Tensor values;  // [R, T, d]
    };
    DecoderState startDecoder(const TorsoOutput& t, const torch::Tensor& rows);
    // prev: [R] int64 (vocabulary() for the start token). Returns the log-probabilities [R, V]
    // of the step's token (invalid padding tokens masked to -inf) and advances the state.
    torch::Tensor decodeStep(DecoderState& state, const torch::Tensor& prev, int step);
    // Teacher forcing: the log-probability of each target token, [B, L].
    torch::Tensor targetLogProbs(const TorsoOutput& t, const torch::Tensor& targets);

    // Deterministic initialisation from our own generator (torch's global generator is shared
    // by every thread of the process).
    void initialise(std::uint64_t seed);

  private:
    NetworkConfig config_;
    ActionCodec codec_;
    int tokens_ = 0;
    torch::nn::Linear inU_{nullptr}, inV_{nullptr}, inW_{nullptr}, inScalars_{nullptr},
        inHistory_{nullptr};
    torch::Tensor position_;
    torch::nn::ModuleList blocks_;
    torch::nn::LayerNorm finalNorm_{nullptr};
    torch::nn::Linear value1_{nullptr}, value2_{nullptr};
    torch::nn::Linear initHidden_{nullptr}, keyProj_{nullptr}, out1_{nullptr}, out2_{nullptr};
    torch::nn::Embedding tokenEmbedding_{nullptr}, stepEmbedding_{nullptr};
    torch::nn::GRUCell cell_{nullptr};
    torch::Tensor lastMask_;  // [V]: 0 or -inf, not a parameter
};
TORCH_MODULE(PolicyValueNet);

// Sets LibTorch's intra-op threads for the calling thread when they differ.
void useThreads(int threads);

// Model files (ModelFile.cpp, format in docs/models.md): a header of JSON (the ModelInfo as
// "__metadata__", the dtype, shape and place of every tensor), then the tensors' bytes: one per
// parameter and, in checkpoints, Adam's state of each ("optimizer/<parameter>/exp_avg",
// ".../exp_avg_sq", ".../step"). Written by the atomic writer (core/io/FileIO.h).
void saveModel(const std::string& path, PolicyValueNetImpl& net, const ModelInfo& info,
               torch::optim::Adam* optimizer);
struct AdamSlot {
    std::int64_t step = 0;
    torch::Tensor expAvg, expAvgSq;
};
struct LoadedModel {
    ModelInfo info;
    PolicyValueNet net{nullptr};
    std::map<std::string, AdamSlot> optimizer;  // by parameter name; empty without state
};
// Validates the whole file before building the network; throws ModelFileError with the path in
// the message.
LoadedModel loadModel(const std::string& path);
// Gives `optimizer` (over net's parameters) the state loaded with the checkpoint.
void restoreOptimizer(torch::optim::Adam& optimizer, PolicyValueNetImpl& net,
                      const LoadedModel& loaded);

// An evaluator over a network (shared: the trainer's self-play evaluates its live network).
std::unique_ptr<NetworkEvaluator> makeEvaluator(PolicyValueNet net, ModelInfo info);

}  // namespace tg::nn::detail
