#include "AgentModels.h"

#include <QCoreApplication>
#include <QDir>

#include "core/nn/DefaultModels.h"
#include "core/search/Evaluators.h"
#ifdef TG_AGENT_WITH_NETWORK
#include "core/nn/ModelFile.h"
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
    std::string path = model.toStdString();
    if (model.isEmpty()) {
        // The default model of the game: installed next to the program, or in the source tree.
        const QString here = QCoreApplication::applicationDirPath();
        const auto found = nn::findDefaultModel(
            size, set,
            {QDir(here).filePath(QStringLiteral(TG_MODELS_RELDIR)).toStdString(),
             std::string(TG_SOURCE_MODELS_DIR)});
        if (!found) return uniform();
        path = *found;
    }
    try {
        // Load once here so that a bad file is reported before any thread starts; each thread
        // then loads its own copy (an evaluator serves one thread at a time).
        (void)nn::loadEvaluator(path, size, set);
    } catch (const std::exception& e) {
        if (error) *error = e.what();
        return std::nullopt;
    }
    return EvaluatorChoice{[path, size, set] { return nn::loadEvaluator(path, size, set); }, path};
#else
    if (model.isEmpty()) return uniform();
    if (error) *error = "this build has no network support (LibTorch): " + model.toStdString();
    (void)size;
    (void)set;
    return std::nullopt;
#endif
}

}  // namespace tg::cli
