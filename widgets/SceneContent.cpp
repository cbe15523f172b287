#include "widgets/SceneContent.h"

#include <QCoreApplication>
#include <array>

namespace tg {

namespace {
constexpr std::array<ViewMode, 5> kModes = {ViewMode::Target, ViewMode::Residual, ViewMode::Term,
                                            ViewMode::Overlay, ViewMode::Gallery};
}  // namespace

QString viewModeName(ViewMode mode) {
    switch (mode) {
        case ViewMode::Target:
            return QStringLiteral("target");
        case ViewMode::Residual:
            return QStringLiteral("residual");
        case ViewMode::Term:
            return QStringLiteral("term");
        case ViewMode::Overlay:
            return QStringLiteral("overlay");
        case ViewMode::Gallery:
            return QStringLiteral("gallery");
    }
    return {};
}

namespace {
// lupdate takes the translation context from Q_DECLARE_TR_FUNCTIONS.
struct ViewModeText {
    Q_DECLARE_TR_FUNCTIONS(ViewMode)
};
}  // namespace

QString viewModeTitle(ViewMode mode) {
    switch (mode) {
        case ViewMode::Target:
            return ViewModeText::tr("&Target Tensor");
        case ViewMode::Residual:
            return ViewModeText::tr("&Residual");
        case ViewMode::Term:
            return ViewModeText::tr("Current &Term");
        case ViewMode::Overlay:
            return ViewModeText::tr("Residual with Term &Overlaid");
        case ViewMode::Gallery:
            return ViewModeText::tr("&Gallery of Terms");
    }
    return {};
}

std::optional<ViewMode> parseViewMode(const QString& name) {
    for (ViewMode mode : kModes)
        if (viewModeName(mode) == name.trimmed().toLower()) return mode;
    return std::nullopt;
}

ExactTensor termTensor(const TensorSize& size, Field field, const Term& term) {
    ExactTensor t(size, field == Field::Z2 ? Field::Z2 : Field::Q);
    t.addTerm(term);
    return t;
}

SceneContent sceneContent(ViewMode mode, const ExactTensor& target, const ExactTensor& before,
                          const ExactTensor& after, const Term* term) {
    SceneContent content;
    const std::optional<Term> outline = term ? std::optional<Term>(*term) : std::nullopt;
    switch (mode) {
        case ViewMode::Target:
            content.borrowed = &target;
            break;
        case ViewMode::Residual:
        case ViewMode::Gallery:
            content.borrowed = &after;
            content.outline = outline;
            break;
        case ViewMode::Term:
            content.owned = term ? termTensor(target.size(), target.field(), *term)
                                 : ExactTensor(target.size(), target.field());
            break;
        case ViewMode::Overlay:
            content.borrowed = &before;
            content.outline = outline;
            break;
    }
    return content;
}

}  // namespace tg
