#pragma once
// The app's choice of the agent's evaluator: the named model, "uniform", or (empty) the default
// model shipped for the game — installed next to the program or in the source tree — else the
// uniform evaluator (the rule is search::modelToLoad's). Without LibTorch in the build, only
// the uniform one.
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "core/game/CoefficientSet.h"
#include "core/search/Evaluator.h"

namespace tg {

struct AgentEvaluator {
    std::function<std::unique_ptr<search::Evaluator>()> factory;
    QString description;  // "uniform (no network)" or the model file's name
};

[[nodiscard]] std::optional<AgentEvaluator> agentEvaluator(const QString& model,
                                                           const TensorSize& size,
                                                           CoefficientSet set, QString* error);

}  // namespace tg
