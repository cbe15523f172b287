#include "AgentEvaluators.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "TrainingPanel.h"
#include "core/search/Evaluators.h"
#ifdef TG_AGENT_WITH_NETWORK
#include "NetworkServices.h"
#include "core/nn/DefaultModels.h"
#endif

namespace tg {

std::optional<AgentEvaluator> agentEvaluator(const QString& model, const TensorSize& size,
                                             CoefficientSet set, QString* error) {
    const AgentEvaluator uniform{
        [] { return std::make_unique<search::UniformEvaluator>(); },
        QCoreApplication::translate("AgentEvaluators", "uniform (no network)")};
#ifdef TG_AGENT_WITH_NETWORK
    // A model the user trained and made the default (Training dock) comes before the shipped one.
    const QString chosen = model.isEmpty() ? userDefaultModel(size, set) : model;
    const QString here = QCoreApplication::applicationDirPath();
    const std::vector<std::string> folders = nn::defaultModelFolders(here.toStdString());
    // The uniform evaluator needs no network: LibTorch stays unloaded until a model is used.
    if (chosen == QLatin1String("uniform") ||
        (chosen.isEmpty() && !nn::findDefaultModel(size, set, folders)))
        return uniform;
    const nn::Services* network = networkServices(error);
    if (!network) return std::nullopt;
    std::string why;
    const auto choice = network->chooseEvaluator(chosen.toStdString(), size, set, folders, &why);
    if (!choice) {
        if (error) *error = QString::fromStdString(why);
        return std::nullopt;
    }
    if (choice->description == "uniform") return uniform;
    return AgentEvaluator{choice->factory,
                          QFileInfo(QString::fromStdString(choice->description)).fileName()};
#else
    (void)size;
    (void)set;
    if (model.isEmpty() || model == QLatin1String("uniform")) return uniform;
    if (error)
        *error = QCoreApplication::translate("AgentEvaluators",
                                             "This build has no network support (LibTorch).");
    return std::nullopt;
#endif
}

}  // namespace tg
