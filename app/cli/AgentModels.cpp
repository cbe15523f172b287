#include "AgentModels.h"

#include <QCoreApplication>
#include <QDir>

#include "CliSupport.h"
#include "core/nn/DefaultModels.h"
#include "core/search/Evaluators.h"
#ifdef TG_AGENT_WITH_NETWORK
#include "core/nn/EvaluatorChoice.h"
#endif

namespace tg::cli {

namespace {

EvaluatorChoice uniform() {
    return {[] { return std::make_unique<search::UniformEvaluator>(); }, "uniform"};
}

}  // namespace

std::optional<EvaluatorChoice> chooseEvaluator(const QString& model, const TensorSize& size,
                                               CoefficientSet set, std::string* error) {
    if (model == QLatin1String("uniform")) return uniform();
#ifdef TG_AGENT_WITH_NETWORK
    // The default model: installed beside the program, or linked next to it in the build tree.
    const QString here = QCoreApplication::applicationDirPath();
    const auto choice = nn::chooseEvaluator(model.toStdString(), size, set,
                                            nn::defaultModelFolders(here.toStdString()), error);
    if (!choice) return std::nullopt;
    return EvaluatorChoice{choice->factory, choice->description};
#else
    if (model.isEmpty()) return uniform();
    if (error)
        *error =
            Cli::tr("this build has no network support (LibTorch): %1").arg(model).toStdString();
    (void)size;
    (void)set;
    return std::nullopt;
#endif
}

}  // namespace tg::cli
