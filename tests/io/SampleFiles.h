#pragma once
// Where the io tests find the published sample files (data/schemes), and one-scheme loading.
#include <QString>
#include <stdexcept>

#include "core/io/SchemeSource.h"

namespace tg::testing {

inline QString data(const QString& rel) {
    return QString(TG_DATA_DIR) + "/schemes/" + rel;
}

inline Scheme loadOne(const QString& path) {
    const auto loaded = loadSchemes(path.toStdString());
    if (loaded.size() != 1) throw std::runtime_error("expected one scheme");
    return loaded[0].scheme;
}

}  // namespace tg::testing
