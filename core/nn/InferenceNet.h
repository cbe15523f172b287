#pragma once
// The policy/value network's forward pass for the search, in Eigen (torch-free).
//
// Why a second forward pass: the agent asks about one state at a time and decodes its K sampled
// moves once per distinct prefix (sample()), which leaves a few rows per decoder step for a
// trained policy. At that size LibTorch's cost per operator (about a hundred per state) weighs:
// with one move a state, this pass evaluates 1.5 to 1.8 times as many (bench nn --samples 1).
// It computes the same function (detail/PolicyValueNet.h is the definition, and the one that
// trains) from a copy of the trained parameters. tst_shippedmodels checks on the shipped models
// that both give the same values and probabilities; bench nn times both.
//
// Immutable after construction: one InferenceNet serves any number of threads at once.
#include <Eigen/Dense>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/nn/ActionCodec.h"
#include "core/nn/ModelInfo.h"
#include "core/search/Evaluator.h"
#include "core/search/Rng.h"

namespace tg::nn {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// A trained network's parameters, by their LibTorch names ("blocks.0.qkv.weight", ...), each
// flattened in LibTorch's (row-major) order.
using NamedParameters = std::map<std::string, std::vector<float>>;

class InferenceNet {
  public:
    // Throws std::invalid_argument when a parameter is missing or has the wrong size.
    InferenceNet(const NetworkConfig& config, const NamedParameters& parameters);

    [[nodiscard]] const NetworkConfig& config() const { return config_; }
    [[nodiscard]] const ActionCodec& codec() const { return codec_; }

    // What the torso makes of one observation: its tokens and their mean.
    struct Torso {
        RowMatrix tokens;   // [T, d]
        RowMatrix keys;     // [T, d]: the decoder's attention keys (key_proj of the tokens)
        RowMatrix context;  // [1, d]
    };
    // Throws std::invalid_argument for an observation of another size or set.
    [[nodiscard]] Torso torso(const search::Observation& observation) const;
    // The moves left the value head predicts (>= 0).
    [[nodiscard]] double value(const Torso& torso) const;

    // Draws `rows` spellings (token sequences) of moves from the policy, each token by the
    // inverse CDF on `rng` (rows in order at each step); rows with the same prefix share its
    // decoding.
    struct Drawn {
        std::vector<std::vector<int>> tokens;  // per row
        std::vector<double> logProb;           // per row
    };
    [[nodiscard]] Drawn sample(const Torso& torso, int rows, search::Rng& rng) const;
    // Teacher forcing: the log-probability of each spelling (one row of codec().steps() tokens).
    [[nodiscard]] std::vector<double> logProbability(
        const Torso& torso, std::span<const std::vector<int>> spellings) const;

  private:
    struct Linear {
        RowMatrix weight;  // [out, in]
        Eigen::RowVectorXf bias;
        [[nodiscard]] RowMatrix operator()(const RowMatrix& x) const;
    };
    struct Norm {
        Eigen::RowVectorXf gain, bias;
        [[nodiscard]] RowMatrix operator()(const RowMatrix& x) const;
    };
    struct Block {
        Norm norm1, norm2;
        Linear qkv, proj, fc1, fc2;
    };
    struct Decoder {
        RowMatrix hidden;  // [R, d]
    };

    [[nodiscard]] RowMatrix attend(const Block& block, const RowMatrix& x) const;
    [[nodiscard]] Decoder startDecoder(const Torso& torso, int rows) const;
    // One step: advances the state and returns the step's log-probabilities [R, V].
    [[nodiscard]] RowMatrix decodeStep(const Torso& torso, Decoder& state,
                                       std::span<const int> previous, int step) const;

    NetworkConfig config_;
    ActionCodec codec_;
    Linear inU_, inV_, inW_, inScalars_, inHistory_;
    RowMatrix position_;
    std::vector<Block> blocks_;
    Norm finalNorm_;
    Linear value1_, value2_, initHidden_, keyProj_, out1_, out2_;
    // The GRU cell's input gates (r, z, n) of each token and of each step: its input is a
    // token's embedding plus the step's, and the gates are linear in it, so they are looked up
    // and added rather than multiplied out for every row (a third of a decoder step's work).
    RowMatrix tokenGates_;  // [V + 1, 3d]: weight_ih times each token's embedding
    RowMatrix stepGates_;   // [steps, 3d]: weight_ih times each step's embedding, plus bias_ih
    Linear cellHidden_;     // the GRU cell's hidden gates (r, z, n)
    Eigen::RowVectorXf lastMask_;  // [V]: 0 or -inf (padding tokens of the last step)
};

}  // namespace tg::nn
