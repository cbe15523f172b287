#pragma once
// Evaluators that need no network: the uniform one (every nonzero factor equally likely; the
// baseline, and the agent's fallback without a model) and a fake one that returns given priors
// and values, so the tree search is tested with numbers chosen by the test.
#include <functional>
#include <optional>
#include <string>

#include "core/search/Evaluator.h"

namespace tg::search {

class UniformEvaluator final : public Evaluator {
  public:
    // movesLeft is reported as 0: the agent's own lower bound takes over.
    std::vector<Evaluation> evaluate(std::span<const Observation> batch, int samples,
                                     std::uint64_t seed) override;
    // 1 / (number of moves) for every move.
    std::vector<double> probabilities(const Observation& observation,
                                      std::span<const Action> actions) override;
    [[nodiscard]] std::string name() const override { return "uniform"; }
};

class FakeEvaluator final : public Evaluator {
  public:
    using Function = std::function<Evaluation(const Observation&)>;
    using Probability = std::function<double(const Observation&, const Action&)>;
    explicit FakeEvaluator(Function f, Probability p = {})
        : f_(std::move(f)), probability_(std::move(p)) {}
    // Returns f(observation) for each observation (samples and seed are ignored), and counts
    // the calls.
    std::vector<Evaluation> evaluate(std::span<const Observation> batch, int samples,
                                     std::uint64_t seed) override;
    // p(observation, action) for each action when the test gave p; else unknown (empty).
    std::vector<double> probabilities(const Observation& observation,
                                      std::span<const Action> actions) override;
    [[nodiscard]] std::string name() const override { return "fake"; }
    [[nodiscard]] long long calls() const { return calls_; }

  private:
    Function f_;
    Probability probability_;
    long long calls_ = 0;
};

// Merges duplicate actions of a sample list into candidates with prior = count / total, highest
// prior first (ties in first-drawn order). Shared by every sampling evaluator.
[[nodiscard]] std::vector<PolicySample> mergeSamples(const std::vector<Action>& drawn,
                                                     const std::vector<double>& probabilities);

// Which model the agent plays with, from what a user names - the rule in one place, without
// loading anything (the app asks it before LibTorch is loaded: the uniform evaluator needs no
// network): "uniform" names the uniform evaluator (nullopt); nothing names the game's default
// model, `defaultModel()`, when one is found, else the uniform evaluator; anything else is the
// model file to load.
[[nodiscard]] std::optional<std::string> modelToLoad(
    const std::string& model, const std::function<std::optional<std::string>()>& defaultModel);

}  // namespace tg::search
