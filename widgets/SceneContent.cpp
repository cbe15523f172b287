#include "widgets/SceneContent.h"

#include <QCoreApplication>
#include <algorithm>
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

int galleryPageSize(const TensorSize& size) {
    return int(std::clamp<long long>(kMaxGalleryEntries / std::max(size.volume(), 1LL), 1,
                                     kMaxGalleryPage));
}

std::vector<int> termsWritingEntry(const std::vector<Term>& terms, int wIndex) {
    std::vector<int> result;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const Factor& w = terms[i].w;
        if (wIndex >= 0 && std::size_t(wIndex) < w.size() && !w[std::size_t(wIndex)].isZero())
            result.push_back(int(i));
    }
    return result;
}

GalleryPages::GalleryPages(int termCount, int pageSize)
    : termCount_(std::max(termCount, 0)), pageSize_(std::max(pageSize, 1)) {}

void GalleryPages::setFilter(std::optional<std::vector<int>> indices) {
    filter_ = std::move(indices);
    page_ = 0;
}

int GalleryPages::shownCount() const {
    return filter_ ? int(filter_->size()) : termCount_;
}

int GalleryPages::pageCount() const {
    return std::max(1, (shownCount() + pageSize_ - 1) / pageSize_);
}

void GalleryPages::setPage(int page) {
    page_ = std::clamp(page, 0, pageCount() - 1);
}

int GalleryPages::termAt(int position) const {
    return filter_ ? (*filter_)[std::size_t(position)] : position;
}

int GalleryPages::positionOf(int term) const {
    if (term < 0 || term >= termCount_) return -1;
    if (!filter_) return term;
    const auto it = std::lower_bound(filter_->begin(), filter_->end(), term);
    return it != filter_->end() && *it == term ? int(it - filter_->begin()) : -1;
}

bool GalleryPages::showTerm(int term) {
    const int position = positionOf(term);
    if (position < 0) return false;
    page_ = position / pageSize_;
    return true;
}

std::vector<int> GalleryPages::pageTerms() const {
    std::vector<int> result;
    const int first = page_ * pageSize_;
    const int last = std::min(shownCount(), first + pageSize_);
    for (int position = first; position < last; ++position) result.push_back(termAt(position));
    return result;
}

int GalleryPages::slots() const {
    return std::min(pageSize_, std::max(shownCount(), 1));
}

}  // namespace tg
