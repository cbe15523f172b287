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
    return {[] { return std::make_unique<search::UniformEvaluator>(); }, "uniform", {}};
}

std::string noModelNotice(const TensorSize& size, CoefficientSet set) {
    return Cli::tr(
               "no model is shipped for %1 %2: the agent plays without a network (the "
               "uniform evaluator); give --model FILE to use one, or --model uniform to say so")
        .arg(QString::fromStdString(size.toString()),
             QString::fromStdString(coefficientSetName(set)))
        .toStdString();
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
    EvaluatorChoice out{choice->factory, choice->description, {}};
    if (model.isEmpty() && choice->description == "uniform") out.notice = noModelNotice(size, set);
    return out;
#else
    if (model.isEmpty()) {
        EvaluatorChoice out = uniform();
        out.notice = noModelNotice(size, set);
        return out;
    }
    if (error)
        *error =
            Cli::tr("this build has no network support (LibTorch): %1").arg(model).toStdString();
    return std::nullopt;
#endif
}

}  // namespace tg::cli
