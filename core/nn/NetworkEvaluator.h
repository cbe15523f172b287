#pragma once
// The policy/value network behind core's Evaluator interface (no LibTorch in this header).
//
// evaluate() runs the torso on each observation, then decodes its `samples` moves as one batch
// through the policy's decoder, drawing from a generator seeded by (seed, index in the batch):
// the result is a function of (model, observations, samples, seed). Both run InferenceNet, a
// torch-free copy of the network made when the evaluator is (InferenceNet.h says why). Samples with
// a zero factor are drawn again (up to three more rounds); duplicates are merged (sign variants
// over Z are one move: canonicalAction), prior = count / accepted samples, probability = the
// model's probability of the sampled spelling(s). Candidates come highest prior first.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/nn/ModelInfo.h"
#include "core/search/Evaluator.h"

namespace tg::nn {

namespace detail {
struct EvaluatorState;
}

class NetworkEvaluator final : public search::Evaluator {
  public:
    // A freshly initialised, untrained network (benchmarks, tests, the first self-play games).
    [[nodiscard]] static std::unique_ptr<NetworkEvaluator> untrained(const NetworkConfig& config,
                                                                     std::uint64_t seed);
    explicit NetworkEvaluator(std::shared_ptr<detail::EvaluatorState> state);
    ~NetworkEvaluator() override;
    NetworkEvaluator(const NetworkEvaluator&) = delete;
    NetworkEvaluator& operator=(const NetworkEvaluator&) = delete;

    // Another evaluator over the same network, for another thread: what evaluate() and
    // probabilities() read never changes after construction, so a model is loaded once however
    // many threads play with it.
    [[nodiscard]] std::unique_ptr<NetworkEvaluator> share() const;

    std::vector<search::Evaluation> evaluate(std::span<const search::Observation> batch,
                                             int samples, std::uint64_t seed) override;
    // The policy's probability of each move (the sum over its sign spellings over Z), by teacher
    // forcing: one torso call and one decoder pass over every spelling.
    std::vector<double> probabilities(const search::Observation& observation,
                                      std::span<const search::Action> actions) override;
    [[nodiscard]] std::string name() const override;

    // The network's outputs for one state: the moves left, and the probability of each given
    // move as probabilities() gives it. `pass` picks the forward pass that computes them:
    // InferenceNet (what evaluate() and probabilities() run) or the LibTorch module it was
    // copied from (the definition that trains). tst_network checks that both agree; bench nn
    // times both.
    enum class ForwardPass { Inference, LibTorch };
    struct Outputs {
        double movesLeft = 0;
        std::vector<double> probabilities;
    };
    [[nodiscard]] Outputs outputs(const search::Observation& observation,
                                  std::span<const search::Action> actions, ForwardPass pass) const;
    [[nodiscard]] const ModelInfo& info() const;
    [[nodiscard]] long long parameterCount() const;
    // Every parameter, flattened in a fixed order (for tests of determinism and round trips).
    [[nodiscard]] std::vector<float> flatParameters() const;

  private:
    std::shared_ptr<detail::EvaluatorState> d_;
};

}  // namespace tg::nn
