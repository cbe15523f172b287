#include "core/nn/DefaultModels.h"

#include <cstdlib>
#include <filesystem>

namespace tg::nn {

std::string defaultModelFileName(const TensorSize& size, CoefficientSet set) {
    const char* setName = set == CoefficientSet::Mod2      ? "mod2"
                          : set == CoefficientSet::Ternary ? "ternary"
                          : set == CoefficientSet::Quinary ? "quinary"
                                                           : "any";
    return "agent-" + size.toString() + "-" + setName + ".tgm";
}

std::optional<std::string> findDefaultModel(const TensorSize& size, CoefficientSet set,
                                            const std::vector<std::string>& folders) {
    std::vector<std::string> places;
    if (const char* env = std::getenv("TG_MODEL_DIR"); env != nullptr && *env != '\0')
        places.emplace_back(env);
    places.insert(places.end(), folders.begin(), folders.end());
    const std::string name = defaultModelFileName(size, set);
    for (const std::string& folder : places) {
        std::error_code ec;
        const std::filesystem::path p = std::filesystem::path(folder) / name;
        if (std::filesystem::is_regular_file(p, ec)) return p.lexically_normal().string();
    }
    return std::nullopt;
}

std::vector<std::string> defaultModelFolders(const std::string& executableDir) {
    const std::filesystem::path here(executableDir);
    return {(here / TG_MODELS_RELDIR).string(), (here / "models").string()};
}

}  // namespace tg::nn
