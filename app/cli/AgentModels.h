#pragma once
// Which policy/value network the agent uses: a model file, the default model shipped for the
// game's size and coefficients, or "uniform" (no network). Shared by search, train and bench.
#include <QString>
#include <functional>
#include <memory>
#include <string>

#include "core/game/CoefficientSet.h"
#include "core/search/Evaluator.h"

namespace tg::cli {

struct EvaluatorChoice {
    std::function<std::unique_ptr<search::Evaluator>()> factory;  // one evaluator per thread
    std::string description;                                      // "uniform", or the model's path
    // Set when no model was named and none is shipped for the game: the agent then plays with
    // the uniform evaluator, which a user must be told (a 4x4x4 request is not a network's).
    std::string notice;
};

// `model`: empty for the default model of (size, set) if one is installed (else uniform),
// "uniform", or a model file. Returns nothing and sets *error when the file cannot be used.
[[nodiscard]] std::optional<EvaluatorChoice> chooseEvaluator(const QString& model,
                                                             const TensorSize& size,
                                                             CoefficientSet set,
                                                             std::string* error);

}  // namespace tg::cli
