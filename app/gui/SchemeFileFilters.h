#pragma once
// The file dialogs' filters for scheme files: one that takes every format core reads, then one
// per format (File > Open, the Training dock's lessons).
#include <QStringList>

namespace tg {

[[nodiscard]] QStringList schemeFileFilters();

}  // namespace tg
