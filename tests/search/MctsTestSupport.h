#pragma once
// What the MCTS tests share: unit actions, and evaluations with fixed priors (no network).
#include <utility>
#include <vector>

#include "core/search/Evaluator.h"
#include "core/tensor/TensorSize.h"

namespace tg::search::testing {

// The action e_a (x) e_b (x) e_c of `size`.
inline Action unit(const TensorSize& size, int a, int b, int c) {
    Action x{std::vector<int>(static_cast<std::size_t>(size.uSize()), 0),
             std::vector<int>(static_cast<std::size_t>(size.vSize()), 0),
             std::vector<int>(static_cast<std::size_t>(size.wSize()), 0)};
    x.u[static_cast<std::size_t>(a)] = 1;
    x.v[static_cast<std::size_t>(b)] = 1;
    x.w[static_cast<std::size_t>(c)] = 1;
    return x;
}

// An evaluation proposing `priors` (each with its prior as proposal probability).
inline Evaluation fixedEvaluation(std::vector<std::pair<Action, double>> priors, double movesLeft) {
    Evaluation e;
    e.movesLeft = movesLeft;
    for (auto& [a, p] : priors) e.candidates.push_back(PolicySample{a, p, p});
    return e;
}

}  // namespace tg::search::testing
