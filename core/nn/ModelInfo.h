#pragma once
// What a model file says about itself (its metadata record), and the architecture
// hyper-parameters of the policy/value network. Torch-free: the CLI and the GUI read a model's
// description without LibTorch.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/game/CoefficientSet.h"
#include "core/tensor/TensorSize.h"

namespace tg::nn {

struct NetworkConfig {
    TensorSize size{2, 2, 2};
    CoefficientSet coefficients = CoefficientSet::Mod2;
    int width = 64;         // torso width d
    int layers = 2;         // transformer layers over the slice tokens
    int heads = 4;          // attention heads (width % heads == 0)
    int feedForward = 128;  // hidden width of each layer's MLP
    int chunk = 0;          // coefficients per policy token; 0: ActionCodec::defaultChunk

    // Defaults sized for CPU inference (see the bench nn numbers in the README).
    [[nodiscard]] static NetworkConfig forSize(TensorSize size, CoefficientSet set);
    // A very small network for tests (width 16, one layer).
    [[nodiscard]] static NetworkConfig tiny(TensorSize size, CoefficientSet set);
    // Throws std::invalid_argument naming the bad field.
    void validate() const;
    friend bool operator==(const NetworkConfig&, const NetworkConfig&) = default;
};

// The recipe of a freshly initialised network (ModelInfo::untrained).
inline constexpr std::string_view kUntrainedRecipe = "untrained";

struct ModelInfo {
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    NetworkConfig network;
    long long steps = 0;     // training steps behind the parameters
    long long examples = 0;  // demonstrations seen
    double seconds = 0;      // training wall time
    std::uint64_t seed = 0;
    std::string recipe;  // how it was made, e.g. the train command line (see continuedRecipe)

    // The "__metadata__" record of a model file (docs/models.md): string keys to string values,
    // as safetensors requires ("format": "tensorgame-model", "version": "1", "size": "2,2,2",
    // "coefficients", "width", "layers", "heads", "feed_forward", "chunk", "steps", "examples",
    // "seconds", "seed", "recipe").
    [[nodiscard]] std::map<std::string, std::string> toMetadata() const;
    // Throws std::runtime_error for another format or version, a missing or malformed field, or
    // an architecture outside NetworkConfig::validate's bounds. Builds nothing.
    [[nodiscard]] static ModelInfo fromMetadata(const std::map<std::string, std::string>& metadata);
    // "net 2x2x2 mod2, 3.1k steps"
    [[nodiscard]] std::string describe() const;
    // The record of a freshly initialised network: no steps, the seed it was drawn from.
    [[nodiscard]] static ModelInfo untrained(const NetworkConfig& network, std::uint64_t seed);
};

// The recipe of a model trained on from one made by `before` (--resume, --init): "BEFORE &&
// NOW", the commands in the order that remakes it, so that a model continued from a shipped one
// keeps how that one was made. `now` alone after a fresh or untrained start, `before` when
// `now` is empty (a loop's later generations, which train on from its first).
[[nodiscard]] std::string continuedRecipe(const std::string& before, const std::string& now);

}  // namespace tg::nn
