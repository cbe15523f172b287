#pragma once
// What the MCTS agent asks of a policy/value network, as plain values, so that the search is
// written and tested without LibTorch (core/nn implements it with a network; FakeEvaluator and
// UniformEvaluator below implement it without one).
//
// A state is a TensorGame residual with small integer entries (mod 2: 0/1; over Z: any int,
// the network clamps what it sees). An action is a rank-1 term whose coefficients are indices
// into the coefficient set's values (values(CoefficientSet) in core/game/CoefficientSet.h).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/tensor/TensorSize.h"

namespace tg::search {

// A move u (x) v (x) w with integer coefficients (already values, not indices: -1, 0, 1, ...).
struct Action {
    std::vector<int> u;  // uSize = n*m, A's entries row-major (a_ij at i*m+j)
    std::vector<int> v;  // vSize = m*p
    std::vector<int> w;  // wSize = p*n, C transposed (c_ik at k*n+i), as everywhere in core
    friend bool operator==(const Action&, const Action&) = default;
};

// What the network sees of a state.
struct Observation {
    TensorSize size;
    CoefficientSet coefficients = CoefficientSet::Mod2;
    // Dense residual, flat index (a*vSize + b)*wSize + c (ExactTensor's order).
    std::vector<int> residual;
    int step = 0;       // moves played so far
    int stepLimit = 0;  // the game's step limit (0: none)
    // The last moves, oldest first (at most kHistory of them).
    std::vector<Action> history;
    static constexpr int kHistory = 2;
};

// One sampled candidate move of a state.
struct PolicySample {
    Action action;
    // Empirical frequency among the samples drawn (duplicates merged): the prior PUCT uses
    // (sampled AlphaZero: beta-hat / beta * pi with beta = pi).
    double prior = 0.0;
    // The model's own probability of the action (for display); equal to prior when unknown.
    double probability = 0.0;
};

struct Evaluation {
    // The network's estimate of how many more moves the state needs (>= 0).
    double movesLeft = 0.0;
    std::vector<PolicySample> candidates;  // distinct actions, highest prior first
};

class Evaluator {
  public:
    virtual ~Evaluator() = default;
    // One evaluation per observation, in order. Draws `samples` actions per observation from the
    // policy; the result is a function of (observations, samples, seed) alone. Must be callable
    // from any one thread at a time (the agent serialises calls per evaluator).
    virtual std::vector<Evaluation> evaluate(std::span<const Observation> batch, int samples,
                                             std::uint64_t seed) = 0;
    // The policy's probability of each move at `observation` (summed over a move's spellings),
    // in order; empty when the evaluator cannot tell (the search then does without).
    virtual std::vector<double> probabilities(const Observation& /*observation*/,
                                              std::span<const Action> /*actions*/) {
        return {};
    }
    // "uniform", "fake", or the model's description ("net 2x2x2 mod2, 3.1k steps").
    [[nodiscard]] virtual std::string name() const = 0;
};

}  // namespace tg::search
