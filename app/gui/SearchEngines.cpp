#include "SearchEngines.h"

#include <QCoreApplication>

#include "AgentEvaluators.h"
#include "widgets/AgentSearchRunner.h"
#include "widgets/FlipSearchRunner.h"

namespace tg {

AgentSearchRunner::EvaluatorResolver agentEvaluatorResolver() {
    return [](const QString& model, const TensorSize& size, CoefficientSet set,
              QString* error) -> AgentSearchRunner::EvaluatorFactory {
        const auto choice = agentEvaluator(model, size, set, error);
        return choice ? choice->factory : AgentSearchRunner::EvaluatorFactory{};
    };
}

std::vector<SearchEngine> searchEngines() {
    return {
        {QStringLiteral("flip"), QCoreApplication::translate("SearchEngines", "Flip search"),
         QCoreApplication::translate(
             "SearchEngines",
             "Random walks on the flip graph: flips keep the rank, reductions lower it"),
         false, [] { return std::make_unique<FlipSearchRunner>(); }},
        {QStringLiteral("mcts"), QCoreApplication::translate("SearchEngines", "MCTS agent"),
         QCoreApplication::translate(
             "SearchEngines",
             "AlphaTensor-style games: tree search guided by a policy/value network, from the "
             "target tensor"),
         true, [] { return std::make_unique<AgentSearchRunner>(agentEvaluatorResolver()); }},
    };
}

}  // namespace tg
