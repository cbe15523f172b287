#pragma once
// Where the agent's default models live and what they are called: one model per game
// (size and coefficient set), "agent-2x2x2-mod2.tgm", shipped in resources/models and installed
// to share/tensorgame/models. Torch-free: finding a file needs no network.
#include <optional>
#include <string>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/tensor/TensorSize.h"

namespace tg::nn {

// "agent-2x2x2-mod2.tgm", "agent-3x3x3-ternary.tgm".
[[nodiscard]] std::string defaultModelFileName(const TensorSize& size, CoefficientSet set);
// The first of `folders` that holds the default model of the game (the environment variable
// TG_MODEL_DIR, when set, is searched before them).
[[nodiscard]] std::optional<std::string> findDefaultModel(const TensorSize& size,
                                                          CoefficientSet set,
                                                          const std::vector<std::string>& folders);

// Where a program in `executableDir` looks for the shipped models: installed, in
// ../share/tensorgame/models; in the build tree, through the link "models" next to it (made by
// tg_link_data in app/CMakeLists.txt). No source path is compiled in.
[[nodiscard]] std::vector<std::string> defaultModelFolders(const std::string& executableDir);

}  // namespace tg::nn
