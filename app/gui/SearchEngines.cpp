#include "SearchEngines.h"

#include <QCoreApplication>

#include "widgets/FlipSearchRunner.h"

namespace tg {

std::vector<SearchEngine> searchEngines() {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("SearchEngines", text);
    };
    return {
        {QStringLiteral("flip"), tr("Flip search"),
         tr("Random walks on the flip graph: flips keep the rank, reductions lower it"), false,
         [] { return std::make_unique<FlipSearchRunner>(); }},
    };
}

}  // namespace tg
