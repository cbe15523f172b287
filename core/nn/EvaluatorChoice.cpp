#include "core/nn/EvaluatorChoice.h"

#include "core/nn/DefaultModels.h"
#include "core/nn/ModelFile.h"
#include "core/nn/NetworkEvaluator.h"
#include "core/search/Evaluators.h"

namespace tg::nn {

std::optional<EvaluatorChoice> chooseEvaluator(const std::string& model, const TensorSize& size,
                                               CoefficientSet set,
                                               const std::vector<std::string>& defaultFolders,
                                               std::string* error) {
    const EvaluatorChoice uniform{[] { return std::make_unique<search::UniformEvaluator>(); },
                                  "uniform"};
    const std::optional<std::string> chosen =
        search::modelToLoad(model, [&] { return findDefaultModel(size, set, defaultFolders); });
    if (!chosen) return uniform;
    const std::string& path = *chosen;
    std::shared_ptr<const NetworkEvaluator> loaded;
    try {
        // Loaded here, once, so that a bad file is reported before any thread starts; each
        // thread's evaluator shares it.
        loaded = loadEvaluator(path, size, set);
    } catch (const std::exception& e) {
        if (error) *error = e.what();
        return std::nullopt;
    }
    return EvaluatorChoice{[loaded] { return loaded->share(); }, path};
}

}  // namespace tg::nn
