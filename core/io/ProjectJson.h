#pragma once
// The project's own file format for schemes and episodes (docs/project-format.md), versioned.
// JSON, one object per file; coefficients are JSON integers or strings such as "1/2".

#include <string>
#include <variant>

#include "core/game/Episode.h"
#include "core/tensor/Scheme.h"

namespace tg {

inline constexpr int kProjectFormatVersion = 1;
inline constexpr const char* kProjectFormatName = "tensorgame-explorer";

[[nodiscard]] std::string schemeToProjectJson(const Scheme& scheme);
[[nodiscard]] std::string episodeToProjectJson(const Episode& episode);

// Parses either kind. `origin` names the file in error messages. Throws LoadError.
[[nodiscard]] std::variant<Scheme, Episode> parseProjectJson(const std::string& text,
                                                             const std::string& origin);

// True when the text looks like this format (a JSON object naming it), without parsing it all.
[[nodiscard]] bool looksLikeProjectJson(const std::string& text);

}  // namespace tg
