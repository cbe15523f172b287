#pragma once
// Model files (.tgm, docs/models.md): a metadata record (ModelInfo: format version, size,
// coefficient set, architecture, training steps, seed, recipe) and the network's parameters as
// named tensors in a safetensors-style file: data only, validated completely before the network
// is built. Checkpoints are model files that also hold the optimizer's state; every model file
// loads as an evaluator. No LibTorch in this header.
#include <memory>
#include <stdexcept>
#include <string>

#include "core/nn/ModelInfo.h"
#include "core/nn/NetworkEvaluator.h"
#include "core/search/Evaluator.h"

namespace tg::nn {

// A model file that is missing, unreadable, corrupt, hostile, in the old TorchScript format, of
// another format version or of the wrong size. The message names the file and the problem.
class ModelFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

[[nodiscard]] ModelInfo readModelInfo(const std::string& path);

// The architecture comes from the file's metadata.
[[nodiscard]] std::unique_ptr<NetworkEvaluator> loadNetworkEvaluator(const std::string& path);
[[nodiscard]] std::unique_ptr<search::Evaluator> loadEvaluator(const std::string& path);
// Also refuses a model made for another size or coefficient set.
[[nodiscard]] std::unique_ptr<NetworkEvaluator> loadEvaluator(const std::string& path,
                                                              TensorSize size,
                                                              CoefficientSet coefficients);

// Writes an untrained model (for tests and as a starting point).
void saveUntrainedModel(const std::string& path, const NetworkConfig& config, std::uint64_t seed);

}  // namespace tg::nn
