#pragma once
// The built-in schemes' names and summaries in the user's language. Core names them in
// English (core/catalog/Catalog.h: file names, the CLI and saved files keep those); the app
// shows the translations, in the Library, the Open Built-in menu and the window title.
#include <QString>
#include <string>

#include "core/catalog/Catalog.h"

namespace tg {

[[nodiscard]] QString builtinTitle(const CatalogEntry& entry);
[[nodiscard]] QString builtinSummary(const CatalogEntry& entry);
// A scheme's name as shown: a built-in scheme's name translated ("Naive 3x3x3" ->
// "Наивная 3x3x3"), any other name as it is.
[[nodiscard]] QString schemeDisplayName(const std::string& name);

}  // namespace tg
