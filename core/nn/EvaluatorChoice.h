#pragma once
// Which evaluator the agent plays with, from what a user names: a model file, "uniform" (no
// network), or nothing (the default model of the game when one is shipped, else uniform).
// Shared by the CLI and the app; torch-free header.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/search/Evaluator.h"

namespace tg::nn {

struct EvaluatorChoice {
    std::function<std::unique_ptr<search::Evaluator>()> factory;  // one evaluator per thread
    std::string description;                                      // "uniform", or the model's path
};

// `defaultFolders`: where default models may be (see DefaultModels.h). Loads the model once, here
// (the factory's evaluators share it); on failure returns nullopt with the reason (naming the
// file) in *error.
[[nodiscard]] std::optional<EvaluatorChoice> chooseEvaluator(
    const std::string& model, const TensorSize& size, CoefficientSet set,
    const std::vector<std::string>& defaultFolders, std::string* error);

}  // namespace tg::nn
