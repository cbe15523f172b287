#pragma once
// The engines the Search dock offers, in the order of its combo box. Adding an engine is one
// entry in searchEngines() (SearchEngines.cpp) and a SearchRunner subclass.

#include <QString>
#include <functional>
#include <memory>
#include <vector>

#include "widgets/AgentSearchRunner.h"
#include "widgets/SearchRunner.h"

namespace tg {

struct SearchEngine {
    QString id;  // what the dock stores in its combo's data
    QString title;
    QString toolTip;
    bool usesModel = false;  // whether the dock offers a model choice for it
    std::function<std::unique_ptr<SearchRunner>()> create;
};

// How the agent's model choice becomes evaluators (the default model of a game, a file, or
// "uniform").
[[nodiscard]] AgentSearchRunner::EvaluatorResolver agentEvaluatorResolver();

// Built on each call, so that the titles follow the current translation.
[[nodiscard]] std::vector<SearchEngine> searchEngines();

}  // namespace tg
