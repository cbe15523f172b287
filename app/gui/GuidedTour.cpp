#include "GuidedTour.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

#include "MainWindow.h"
#include "ManualPlayController.h"

namespace tg {

namespace {
const QString kShownKey = QStringLiteral("tour/shown");
}  // namespace

GuidedTour* GuidedTour::of(MainWindow* window) {
    if (auto* tour = window->findChild<GuidedTour*>(QString(), Qt::FindDirectChildrenOnly))
        return tour;
    return new GuidedTour(window);
}

bool GuidedTour::isFirstRun() {
    return !QSettings().value(kShownKey, false).toBool();
}

bool GuidedTour::startIfFirstRun(MainWindow* window) {
    if (!isFirstRun()) return false;
    of(window)->start();
    return true;
}

// What Strassen's scheme is, told with the views that show it. The numbers (8 entries, 12
// nonzeros after m1, rank 7) are those of builtin:strassen; the tests check them.
std::vector<GuidedTour::Page> GuidedTour::strassenPages() {
    return {
        {tr("The tensor T⟨2,2,2⟩"),
         tr("<p>Multiplying two 2×2 matrices the schoolbook way takes <b>8</b> "
            "multiplications: each entry c<sub>ik</sub> of C = AB is "
            "a<sub>i1</sub>b<sub>1k</sub> + a<sub>i2</sub>b<sub>2k</sub>.</p>"
            "<p>The 3D view shows this as the <b>matrix-multiplication tensor</b>. Its three "
            "axes are the entries of A, B and C; a cube at (a<sub>ij</sub>, b<sub>jk</sub>, "
            "c<sub>ik</sub>) says that the product a<sub>ij</sub>·b<sub>jk</sub> belongs "
            "in c<sub>ik</sub>. There are 8 cubes, one per multiplication.</p>"
            "<p>Point at a cube to read what it means. Drag to rotate the view, use the wheel "
            "to zoom.</p>"),
         ViewMode::Target, 0},
        {tr("One term: m1 = (a11 + a22)(b11 + b22)"),
         tr("<p>A faster algorithm writes the tensor as a sum of <b>rank-1 terms</b> "
            "u⊗v⊗w. Each term is <b>one multiplication</b>: a sum of entries of A "
            "(u) times a sum of entries of B (v), added to some entries of C (w).</p>"
            "<p>Strassen's first term m1 = (a11 + a22)(b11 + b22) goes to c11 and c22. It "
            "touches the 2×2×2 = 8 outlined cells: it removes the cubes "
            "a11·b11→c11 and a22·b22→c22, which it computes correctly, and "
            "leaves −1 where it adds a product that does not belong, such as a11·b22 "
            "in c11. The status bar counts the residual T − m1: 12 nonzero entries.</p>"
            "<p>The Factors panel shows u, v and w as grids shaped like A, B and C.</p>"),
         ViewMode::Overlay, 1, false, true},
        {tr("Step by step"),
         tr("<p>The <b>residual</b> is what is left to compute. Each further term removes "
            "what it can and cancels the extra products that earlier terms brought in.</p>"
            "<p>Press → and ← (the Go menu) to step through the terms, Space to play "
            "them one after another. The status bar shows the step, the nonzero entries of the "
            "residual, and a lower bound on the number of terms still needed.</p>"),
         ViewMode::Residual, 4},
        {tr("Why 7 terms suffice"),
         tr("<p>After the seventh term the residual is <b>zero</b>: the seven products add up "
            "to exactly T⟨2,2,2⟩, so they compute every entry of C. That is Strassen's "
            "algorithm: 7 multiplications instead of 8.</p>"
            "<p>One multiplication saved looks small, but the entries may themselves be "
            "matrices: applied to blocks, again and again, the scheme multiplies n×n "
            "matrices in about n<sup>2.81</sup> operations instead of n<sup>3</sup>. Six terms "
            "are not enough: the rank of T⟨2,2,2⟩ is 7 (Winograd, 1971).</p>"),
         ViewMode::Residual, 7},
        {tr("Reading off C"),
         tr("<p>The Formulas panel lists the seven products and how C is assembled from "
            "them:</p>"
            "<p>c11 = m1 + m4 − m5 + m7<br>c12 = m3 + m5<br>c21 = m2 + m4<br>"
            "c22 = m1 − m2 + m3 + m6</p>"
            "<p>The coefficients are the entries of w: term m<sub>r</sub> adds "
            "w<sub>r</sub>[c<sub>ik</sub>]·m<sub>r</sub> to c<sub>ik</sub>. Click a "
            "product in the panel to go to its step; the panel marks the entries of C that are "
            "already complete. Edit > Copy Scheme As gives the formulas as text, LaTeX or "
            "code.</p>"),
         ViewMode::Overlay, 7, true},
        {tr("Your turn"),
         tr("<p><b>Game > Play From This Step</b> (Ctrl+P) lets you compose your own moves: "
            "click the coefficients of u, v and w, watch the preview, apply, undo. Reaching zero "
            "in R moves is an algorithm with R multiplications.</p>"
            "<p>The Library opens Laderman's 23 products for 3×3 matrices and the schemes "
            "AlphaTensor found; the Transform menu makes new schemes from old ones; File > "
            "Export writes pictures, formulas and code.</p>"
            "<p>Help > User Guide explains every view and command; Help > Guided Tour brings "
            "this tour back.</p>"),
         ViewMode::Gallery, 7},
    };
}

GuidedTour::GuidedTour(MainWindow* window) : QDialog(window, Qt::Tool), window_(window) {
    setObjectName(QStringLiteral("guidedTour"));
    setWindowTitle(tr("Guided Tour: Strassen's Algorithm"));
    setModal(false);

    pages_ = strassenPages();
    const std::vector<Page> flips = flipPages();
    pages_.insert(pages_.end() - 1, flips.begin(), flips.end());

    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("tourTitle"));
    title_->setWordWrap(true);
    progress_ = new QLabel(this);
    progress_->setObjectName(QStringLiteral("tourProgress"));
    text_ = new QLabel(this);
    text_->setObjectName(QStringLiteral("tourText"));
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    back_ = new QPushButton(tr("&Back"), this);
    back_->setObjectName(QStringLiteral("tourBack"));
    next_ = new QPushButton(this);
    next_->setObjectName(QStringLiteral("tourNext"));
    next_->setDefault(true);
    skip_ = new QPushButton(tr("&Skip Tour"), this);
    skip_->setObjectName(QStringLiteral("tourSkip"));
    connect(back_, &QPushButton::clicked, this, &GuidedTour::back);
    connect(next_, &QPushButton::clicked, this, &GuidedTour::next);
    connect(skip_, &QPushButton::clicked, this, &GuidedTour::skip);

    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(progress_, 0, Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(skip_);
    buttons->addStretch(1);
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(text_, 1);
    layout->addLayout(buttons);
    // Narrow, and as tall as the page needs: the views it talks about stay in sight.
    setFixedWidth(360);
}

void GuidedTour::start() {
    QSettings().setValue(kShownKey, true);
    if (!isVisible()) {
        saved_.reset();
        if (const ReplayCursor* cursor = window_->cursor())
            saved_ = Saved{window_->currentSource(), window_->scheme(), cursor->position(),
                           window_->viewMode()};
    }
    showPage(0);
    placeBesideView();
    show();
    raise();
    activateWindow();
    next_->setFocus();
}

void GuidedTour::placeBesideView() {
    // Over the Library panel (not needed during the tour) and the left edge of the 3D view, where
    // it hides the least of the tensor, the formulas and the factors.
    const auto* library = window_->findChild<QDockWidget*>(QStringLiteral("libraryDock"));
    const QWidget* anchor = library && library->isVisible() ? static_cast<const QWidget*>(library)
                                                            : window_->centralWidget();
    if (anchor) move(anchor->mapToGlobal(QPoint(8, 28)));
}

void GuidedTour::showPage(int index) {
    page_ = std::clamp(index, 0, pageCount() - 1);
    const Page& page = pages_[std::size_t(page_)];
    if (window_->manualPlay()->isActive()) window_->stopManualPlay();
    if (window_->currentSource() != page.source) window_->openSource(page.source);
    window_->setViewMode(page.view);
    window_->seek(page.step);
    const auto raiseDock = [this](const char* name) {
        if (auto* dock = window_->findChild<QDockWidget*>(QString::fromLatin1(name))) {
            dock->show();
            dock->raise();
        }
    };
    if (page.showFormulas) raiseDock("formulaDock");
    if (page.showFactors) raiseDock("factorDock");

    title_->setText(QStringLiteral("<h3>%1</h3>").arg(page.title.toHtmlEscaped()));
    progress_->setText(tr("%1 of %2").arg(page_ + 1).arg(pageCount()));
    text_->setText(page.text);
    back_->setEnabled(page_ > 0);
    next_->setText(page_ + 1 < pageCount() ? tr("&Next") : tr("&Finish"));
    adjustSize();
    Q_EMIT pageChanged(page_);
}

void GuidedTour::next() {
    if (page_ + 1 < pageCount())
        showPage(page_ + 1);
    else
        accept();
}

void GuidedTour::back() {
    if (page_ > 0) showPage(page_ - 1);
}

void GuidedTour::skip() {
    reject();
}

void GuidedTour::done(int result) {
    restoreWindow();
    QDialog::done(result);
}

void GuidedTour::restoreWindow() {
    if (!saved_) return;
    const Saved saved = std::move(*saved_);
    saved_.reset();
    // Reopen by name where that works (files, built-ins, npz keys), so that the recent files
    // and the window title are as before; a transform's result exists only as its scheme.
    if (saved.source != window_->currentSource() && !window_->openSource(saved.source))
        window_->openScheme(saved.scheme, saved.source);
    window_->setViewMode(saved.view);
    window_->seek(saved.position);
}

}  // namespace tg
