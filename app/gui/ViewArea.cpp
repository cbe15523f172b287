#include "ViewArea.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <cstdlib>
#include <optional>

#include "GalleryBar.h"
#include "SchemeDocument.h"
#include "core/game/GameState.h"
#include "core/game/ReplayCursor.h"
#include "widgets/TensorView.h"
#include "widgets/VoxelPalette.h"

namespace tg {

namespace {
const QString kViewModeKey = QStringLiteral("preferences/viewMode");
const QString kSmoothKey = QStringLiteral("preferences/smoothTransitions");
}  // namespace

ViewArea::ViewArea(const QString& openGLProblem, QWidget* parent) : QWidget(parent) {
    stack_ = new QStackedWidget(this);
    message_ = new QLabel(stack_);
    message_->setObjectName(QStringLiteral("viewMessage"));
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    stack_->addWidget(message_);
    legend_ = new QLabel(this);
    legend_->setObjectName(QStringLiteral("legend"));
    legend_->setTextFormat(Qt::RichText);
    // Wraps between its entries (each is held together by &nbsp;): one line would set the view's
    // minimum width, and on a scheme with fractions, or in Russian, squeeze the docks.
    legend_->setWordWrap(true);
    // The window asks before the QOpenGLWidget is made: where no context can be made, the
    // widget would show nothing and VTK would crash on the invalid context.
    if (openGLProblem.isEmpty()) {
        view_ = new TensorView(stack_);
        stack_->addWidget(view_);
        stack_->setCurrentWidget(view_);
        connect(view_, &TensorView::renderingUnavailable, this, &ViewArea::showUnavailable);
        connect(view_, &TensorView::voxelHovered, this, &ViewArea::hovered);
    } else {
        showUnavailable(openGLProblem);
    }
    galleryBar_ = new GalleryBar(this);
    galleryBar_->setObjectName(QStringLiteral("galleryBar"));
    galleryBar_->hide();
    connect(galleryBar_, &GalleryBar::previousPage, this, &ViewArea::showPreviousGalleryPage);
    connect(galleryBar_, &GalleryBar::nextPage, this, &ViewArea::showNextGalleryPage);
    connect(galleryBar_, &GalleryBar::goToTerm, this, &ViewArea::goToGalleryTerm);
    connect(galleryBar_, &GalleryBar::filterChanged, this, &ViewArea::setGalleryFilter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(stack_, 1);
    layout->addWidget(galleryBar_);
    layout->addWidget(legend_);
    createActions();
}

void ViewArea::createActions() {
    modes_ = new QActionGroup(this);
    int key = 1;
    for (ViewMode mode : {ViewMode::Target, ViewMode::Residual, ViewMode::Term, ViewMode::Overlay,
                          ViewMode::Gallery}) {
        auto* action = new QAction(viewModeTitle(mode), modes_);
        action->setCheckable(true);
        action->setData(viewModeName(mode));
        action->setChecked(mode == mode_);
        action->setShortcut(
            QKeySequence(QCoreApplication::translate("tg::MainWindow", "Ctrl+%1").arg(key++)));
        connect(action, &QAction::triggered, this, [this, mode] { setViewMode(mode); });
    }
    reset_ = new QAction(QCoreApplication::translate("tg::MainWindow", "&Reset View"), this);
    reset_->setShortcut(QCoreApplication::translate("tg::MainWindow", "Ctrl+R"));
    reset_->setEnabled(view_ != nullptr);
    if (view_) connect(reset_, &QAction::triggered, view_, &TensorView::resetView);
    highlight_ = new QAction(
        QCoreApplication::translate("tg::MainWindow", "&Highlight Current Product"), this);
    highlight_->setCheckable(true);
    highlight_->setChecked(true);
    highlight_->setStatusTip(QCoreApplication::translate(
        "tg::MainWindow", "Outline the cells the product of the current step touches"));
    connect(highlight_, &QAction::toggled, this, &ViewArea::redrawRequested);
    smooth_ =
        new QAction(QCoreApplication::translate("tg::MainWindow", "&Smooth Transitions"), this);
    smooth_->setCheckable(true);
    smooth_->setChecked(true);
    smooth_->setStatusTip(QCoreApplication::translate(
        "tg::MainWindow", "Fade out what a step removes instead of cutting"));
    // On the gallery's bar: the keys work while the gallery (and so the bar) is shown.
    previousPage_ = new QAction(tr("Previous Page of Terms"), galleryBar_);
    previousPage_->setObjectName(QStringLiteral("galleryPreviousPage"));
    previousPage_->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previousPage_, &QAction::triggered, this, &ViewArea::showPreviousGalleryPage);
    nextPage_ = new QAction(tr("Next Page of Terms"), galleryBar_);
    nextPage_->setObjectName(QStringLiteral("galleryNextPage"));
    nextPage_->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(nextPage_, &QAction::triggered, this, &ViewArea::showNextGalleryPage);
    galleryBar_->addAction(previousPage_);
    galleryBar_->addAction(nextPage_);
}

void ViewArea::addMenuActions(QMenu* menu) const {
    menu->addActions(modes_->actions());
    menu->addSeparator();
    for (QAction* action : {reset_, highlight_, smooth_}) menu->addAction(action);
}

void ViewArea::addToolBarActions(QToolBar* toolbar) const {
    toolbar->addActions(modes_->actions());
}

void ViewArea::restoreSettings(const QSettings& settings) {
    if (auto mode = parseViewMode(settings.value(kViewModeKey).toString())) setViewMode(*mode);
    smooth_->setChecked(settings.value(kSmoothKey, true).toBool());
}

void ViewArea::saveSettings(QSettings& settings) const {
    settings.setValue(kViewModeKey, viewModeName(mode_));
    settings.setValue(kSmoothKey, smooth_->isChecked());
}

void ViewArea::setViewMode(ViewMode mode) {
    mode_ = mode;
    for (QAction* action : modes_->actions())
        if (action->data().toString() == viewModeName(mode)) action->setChecked(true);
    Q_EMIT redrawRequested();
}

void ViewArea::restart() {
    galleryShown_ = false;
    galleryBar_->clearFilter();
    currentTerm_ = selectedTerm_ = -1;
    shownPosition_ = -1;
}

void ViewArea::setScheme(const Scheme& scheme) {
    restart();
    // Fractions appear only in schemes with rational coefficients; do not explain what
    // cannot occur.
    const bool fractions = !scheme.isIntegral();
    QStringList parts;
    for (const LegendEntry& entry : VoxelPalette::legend()) {
        if (!fractions && (entry.kind == EntryKind::PositiveFraction ||
                           entry.kind == EntryKind::NegativeFraction))
            continue;
        parts << QStringLiteral("<span style=\"color:%1\">\u25a0</span>&nbsp;%2")
                     .arg(entry.color.name(), entry.text.toHtmlEscaped());
    }
    legend_->setText(
        QStringLiteral("&nbsp;") + QCoreApplication::translate("tg::MainWindow", "Entries:") +
        QStringLiteral(" ") + parts.join(QStringLiteral(" &nbsp; ")) + QStringLiteral(" &nbsp; ") +
        QCoreApplication::translate("tg::MainWindow", "\u25a1 cells of the current product"));
    legend_->setToolTip(QCoreApplication::translate(
        "tg::MainWindow",
        "The C axis runs over C transposed, as w does: w[k\u00b7n+i] is the "
        "coefficient of c_ik, so the labels read c11, c21, \u2026"));
}

void ViewArea::showStep(const ReplayCursor& cursor) {
    if (!view_) return;
    const int position = cursor.position();
    const Episode& episode = cursor.episode();
    const int termIndex = currentTermIndex(cursor);
    const Term* term = termIndex >= 0 ? &episode.moves[std::size_t(termIndex)].term : nullptr;
    const ExactTensor& after = cursor.residual();
    std::optional<ExactTensor> before;
    if (position > 0 && mode_ == ViewMode::Overlay) {
        before = after;
        before->addTerm(*term, +1);
    }
    const bool outlineInResidual = highlight_->isChecked() && position > 0;
    const SceneContent content =
        sceneContent(mode_, cursor.target(), before ? *before : after, after,
                     (mode_ == ViewMode::Residual && !outlineInResidual) ? nullptr : term);
    // One step at a time fades what the move removed; jumps and new schemes cut.
    const bool smooth = smooth_->isChecked() && std::abs(position - shownPosition_) == 1;
    shownPosition_ = position;
    view_->setTensor(content.tensor(), smooth);
    view_->setHighlight(content.outline ? &*content.outline : nullptr);
    const auto terms = [&episode] {
        std::vector<Term> result;
        for (const Move& m : episode.moves) result.push_back(m.term);
        return result;
    };
    updateGallery(episode.size, episode.field, terms, termIndex, false);
}

void ViewArea::showGame(const GameState& game, const Term& draft) {
    if (!view_) return;
    const bool complete = !isZero(draft.u) && !isZero(draft.v) && !isZero(draft.w);
    // The draft previews what it would remove, outlined on the residual.
    const SceneContent content = sceneContent(mode_, game.target(), game.residual(),
                                              game.residual(), complete ? &draft : nullptr);
    view_->setTensor(content.tensor(), smooth_->isChecked());
    view_->setHighlight(content.outline ? &*content.outline : nullptr);
    // The moves played so far, rebuilt on every change (a game is short).
    updateGallery(
        game.config().size, game.config().field, [&game] { return game.moves(); }, game.step() - 1,
        true);
}

void ViewArea::updateGallery(const TensorSize& size, Field field,
                             const std::function<std::vector<Term>()>& terms, int current,
                             bool rebuild) {
    if (mode_ != ViewMode::Gallery) {
        if (galleryShown_) view_->setGallery(size, field, {}, -1);
        galleryShown_ = false;
        galleryBar_->hide();
        return;
    }
    const bool stepChanged = current != currentTerm_;
    currentTerm_ = current;
    if (galleryShown_ && !rebuild) {
        if (!stepChanged) return;
        selectedTerm_ = -1;
        // The page follows the step; the filter stays.
        const int page = pages_.page();
        if (current >= 0) pages_.showTerm(current);
        if (pages_.page() != page) return showGalleryPage();
        view_->setGalleryCurrent(pages_.positionOf(current) - page * pages_.pageSize());
        galleryBar_->showPages(pages_, current);
        return;
    }
    galleryTerms_ = terms();
    gallerySize_ = size;
    galleryField_ = field;
    galleryShown_ = true;
    selectedTerm_ = -1;
    pages_ = GalleryPages(int(galleryTerms_.size()), galleryPageSize(size));
    galleryBar_->setShape(size, int(galleryTerms_.size()));
    const int entry = galleryBar_->filterEntry();
    if (entry >= 0 && entry < size.wSize())
        pages_.setFilter(termsWritingEntry(galleryTerms_, entry));
    else
        galleryBar_->clearFilter();
    if (current >= 0) pages_.showTerm(current);
    galleryBar_->show();
    showGalleryPage();
}

int ViewArea::galleryHighlight() const {
    return selectedTerm_ >= 0 ? selectedTerm_ : currentTerm_;
}

void ViewArea::showGalleryPage() {
    if (!view_ || !galleryShown_) return;
    const std::vector<int> numbers = pages_.pageTerms();
    std::vector<const Term*> terms;
    int current = -1;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        terms.push_back(&galleryTerms_[std::size_t(numbers[i])]);
        if (numbers[i] == galleryHighlight()) current = int(i);
    }
    view_->setGalleryPage(gallerySize_, galleryField_, terms, numbers, current, pages_.slots());
    galleryBar_->showPages(pages_, galleryHighlight());
}

void ViewArea::showPreviousGalleryPage() {
    if (!galleryShown_ || !pages_.hasPrevious()) return;
    pages_.setPage(pages_.page() - 1);
    showGalleryPage();
}

void ViewArea::showNextGalleryPage() {
    if (!galleryShown_ || !pages_.hasNext()) return;
    pages_.setPage(pages_.page() + 1);
    showGalleryPage();
}

void ViewArea::goToGalleryTerm(int term) {
    if (!galleryShown_ || term < 0 || term >= pages_.termCount()) return;
    if (!pages_.showTerm(term)) {
        galleryBar_->clearFilter();
        pages_.setFilter(std::nullopt);
        pages_.showTerm(term);
    }
    selectedTerm_ = term;
    showGalleryPage();
}

void ViewArea::setGalleryFilter(int wIndex) {
    if (!galleryShown_) return;
    if (wIndex >= 0 && wIndex < gallerySize_.wSize())
        pages_.setFilter(termsWritingEntry(galleryTerms_, wIndex));
    else
        pages_.setFilter(std::nullopt);
    if (galleryHighlight() >= 0) pages_.showTerm(galleryHighlight());
    showGalleryPage();
}

void ViewArea::showUnavailable(const QString& reason) {
    message_->setText(
        QCoreApplication::translate("tg::MainWindow", "3D view unavailable: %1").arg(reason));
    stack_->setCurrentWidget(message_);
    legend_->hide();  // it explains the voxels, which are not shown
}

QString ViewArea::unavailableMessage() const {
    return stack_->currentWidget() == message_ ? message_->text() : QString();
}

}  // namespace tg
