#include "AgentModels.h"

#include "core/search/Evaluators.h"

namespace tg::cli {

std::optional<EvaluatorChoice> chooseEvaluator(const QString& model, const TensorSize& /*size*/,
                                               CoefficientSet /*set*/, std::string* error) {
    if (model.isEmpty() || model == QLatin1String("uniform")) {
        return EvaluatorChoice{[] { return std::make_unique<search::UniformEvaluator>(); },
                               "uniform"};
    }
    if (error) *error = "no network support in this build: " + model.toStdString();
    return std::nullopt;
}

}  // namespace tg::cli
