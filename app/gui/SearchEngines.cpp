#include "SearchEngines.h"

#include <QCoreApplication>

#include "core/search/Evaluators.h"
#include "widgets/AgentSearchRunner.h"
#include "widgets/FlipSearchRunner.h"

namespace tg {

AgentSearchRunner::EvaluatorResolver agentEvaluatorResolver() {
    return [](const QString& model, const TensorSize&, CoefficientSet,
              QString* error) -> AgentSearchRunner::EvaluatorFactory {
        if (model.isEmpty() || model == QLatin1String("uniform"))
            return [] { return std::make_unique<search::UniformEvaluator>(); };
        if (error)
            *error =
                QCoreApplication::translate("SearchEngines", "Cannot use the model %1").arg(model);
        return {};
    };
}

std::vector<SearchEngine> searchEngines() {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("SearchEngines", text);
    };
    return {
        {QStringLiteral("flip"), tr("Flip search"),
         tr("Random walks on the flip graph: flips keep the rank, reductions lower it"), false,
         [] { return std::make_unique<FlipSearchRunner>(); }},
        {QStringLiteral("mcts"), tr("MCTS agent"),
         tr("AlphaTensor-style games: tree search guided by a policy/value network, from the "
            "target tensor"),
         true, [] { return std::make_unique<AgentSearchRunner>(agentEvaluatorResolver()); }},
    };
}

}  // namespace tg
