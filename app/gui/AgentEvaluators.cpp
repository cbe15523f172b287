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
    const QString named = model.isEmpty() ? userDefaultModel(size, set) : model;
    const QString here = QCoreApplication::applicationDirPath();
    const std::vector<std::string> folders = nn::defaultModelFolders(here.toStdString());
    // Choosing needs no network: LibTorch stays unloaded until there is a model to load.
    const std::optional<std::string> path = search::modelToLoad(
        named.toStdString(), [&] { return nn::findDefaultModel(size, set, folders); });
    if (!path) return uniform;
    const nn::Services* network = networkServices(error);
    if (!network) return std::nullopt;
    std::string why;
    const auto choice = network->chooseEvaluator(*path, size, set, folders, &why);
    if (!choice) {
        if (error) *error = QString::fromStdString(why);
        return std::nullopt;
    }
    return AgentEvaluator{choice->factory,
                          QFileInfo(QString::fromStdString(choice->description)).fileName()};
#else
    (void)size;
    (void)set;
    if (!search::modelToLoad(model.toStdString(), {})) return uniform;
    if (error)
        *error = QCoreApplication::translate("AgentEvaluators",
                                             "This build has no network support (LibTorch).");
    return std::nullopt;
#endif
}

}  // namespace tg
