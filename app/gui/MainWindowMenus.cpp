// MainWindow's menus, toolbar and transforms: every command has a menu entry (most with a
// shortcut), so the explorer can be used from the keyboard alone.

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <exception>

#include "AboutDialog.h"
#include "AgentPanel.h"
#include "ExportActions.h"
#include "HelpActions.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "ManualPlayController.h"
#include "RecentFiles.h"
#include "SearchDock.h"
#include "core/catalog/Catalog.h"
#include "core/tensor/Composition.h"
#include "core/tensor/Symmetry.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"

namespace tg {

void MainWindow::createMenus() {
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open\u2026"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* builtin = file->addMenu(tr("Open &Built-in"));
    for (const CatalogEntry& entry : catalogEntries()) {
        const QString key = QString::fromStdString(entry.key);
        QAction* action = builtin->addAction(
            tr("%1 (%2, rank %3)")
                .arg(QString::fromStdString(entry.title),
                     QString::fromStdString(entry.size.toString()))
                .arg(entry.rank),
            this, [this, key] { openInteractive(QStringLiteral("builtin:") + key); });
        action->setStatusTip(QString::fromStdString(entry.summary));
    }
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* save =
        file->addAction(tr("&Save Episode As\u2026"), this, &MainWindow::saveEpisodeInteractive);
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Save the game being played, or the episode on show, as project JSON"));
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exports_->addActions(exportMenu);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = play_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction* redo = play_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence(tr("Ctrl+Shift+Z")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    exports_->addCopyActions(edit->addMenu(tr("&Copy Scheme As")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    viewModes_ = new QActionGroup(this);
    int key = 1;
    for (ViewMode mode : {ViewMode::Target, ViewMode::Residual, ViewMode::Term, ViewMode::Overlay,
                          ViewMode::Gallery}) {
        QAction* action = view->addAction(viewModeTitle(mode));
        action->setCheckable(true);
        action->setData(viewModeName(mode));
        action->setChecked(mode == viewMode_);
        action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(key++)));
        viewModes_->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setViewMode(mode); });
    }
    view->addSeparator();
    QAction* reset = view->addAction(tr("&Reset View"));
    reset->setShortcut(tr("Ctrl+R"));
    reset->setEnabled(view_ != nullptr);
    if (view_) connect(reset, &QAction::triggered, view_, &TensorView::resetView);
    highlightAction_ = view->addAction(tr("&Highlight Current Product"));
    highlightAction_->setCheckable(true);
    highlightAction_->setChecked(true);
    highlightAction_->setStatusTip(tr("Outline the cells the product of the current step touches"));
    connect(highlightAction_, &QAction::toggled, this, &MainWindow::showStep);
    smoothAction_ = view->addAction(tr("&Smooth Transitions"));
    smoothAction_->setCheckable(true);
    smoothAction_->setChecked(true);
    smoothAction_->setStatusTip(tr("Fade out what a step removes instead of cutting"));
    view->addSeparator();
    for (QDockWidget* dock : {formulaDock_, factorDock_, libraryDock_, agentDock_, trainingDock_})
        view->addAction(dock->toggleViewAction());
    view->addAction(toolbar->toggleViewAction());
    view->addSeparator();
    view->addMenu(new LanguageMenu(this));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const auto addGo = [&](const QString& text, Qt::Key k, auto slot) {
        QAction* action = go->addAction(text, steps_, slot);
        action->setShortcut(QKeySequence(k));
        return action;
    };
    addGo(tr("&First Step"), Qt::Key_Home, &StepControl::first);
    addGo(tr("&Previous Step"), Qt::Key_Left, &StepControl::previous);
    addGo(tr("&Next Step"), Qt::Key_Right, &StepControl::next);
    addGo(tr("&Last Step"), Qt::Key_End, &StepControl::last);
    go->addSeparator();
    addGo(tr("Play/&Pause"), Qt::Key_Space, &StepControl::togglePlay);

    QMenu* game = menuBar()->addMenu(tr("&Game"));
    playAction_ = game->addAction(tr("&Play From This Step"), this, &MainWindow::startManualPlay);
    playAction_->setShortcut(QKeySequence(tr("Ctrl+P")));
    playAction_->setStatusTip(tr("Compose your own moves from the residual on show"));
    applyAction_ = game->addAction(tr("&Apply Move"), this, &MainWindow::applyMove);
    applyAction_->setShortcut(QKeySequence(tr("Ctrl+Return")));
    clearMoveAction_ = game->addAction(tr("&Clear Move"), play_, &ManualPlayController::clearDraft);
    clearMoveAction_->setShortcut(QKeySequence(tr("Ctrl+Backspace")));
    stopPlayAction_ = game->addAction(tr("&Stop Playing"), this, &MainWindow::stopManualPlay);
    for (QAction* a : {applyAction_, clearMoveAction_, stopPlayAction_}) a->setEnabled(false);
    // The agent's moves belong to the same game: its commands sit in the Game menu, and Think
    // brings its panel forward.
    game->addSeparator();
    agent_->addActions(game);
    connect(agent_, &AgentPanel::thinkingFinished, this, [this] {
        agentDock_->show();
        agentDock_->raise();
    });

    QMenu* transform = menuBar()->addMenu(tr("&Transform"));
    transform->addAction(tr("&Rotate <n,m,p> \u2192 <m,p,n>"), this, &MainWindow::rotateScheme)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    transform
        ->addAction(tr("&Transpose <n,m,p> \u2192 <p,m,n>"), this, &MainWindow::transposeScheme)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    transform->addAction(tr("Random &Change of Basis"), this, &MainWindow::randomBasisChange)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    transform
        ->addAction(tr("&Kronecker Product With\u2026"), this, &MainWindow::kroneckerInteractive)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));

    search_->addMenuActions(menuBar()->addMenu(tr("&Search")));

    (new HelpActions(this))->addActions(menuBar()->addMenu(tr("&Help")));

    toolbar->addAction(open);
    toolbar->addSeparator();
    toolbar->addActions(viewModes_->actions());
    toolbar->addSeparator();
    toolbar->addAction(playAction_);
    toolbar->addAction(applyAction_);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = RecentFiles::load();
    for (const QString& path : files)
        recentMenu_
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openInteractive(path); })
            ->setStatusTip(path);
    recentMenu_->setEnabled(!files.isEmpty());
}

void MainWindow::transformed(const Scheme& result, const QString& what) {
    QString error;
    if (!openScheme(result, what, &error))
        QMessageBox::warning(this, tr("Transform Failed"), error);
    else
        statusBar()->showMessage(tr("%1: %2").arg(what, verificationText()), 6000);
}

void MainWindow::rotateScheme() {
    if (!cursor_) return;
    Scheme s = rotate(scheme_);
    s.name = tr("%1, rotated").arg(QString::fromStdString(scheme_.name)).toStdString();
    transformed(s, tr("rotated"));
}

void MainWindow::transposeScheme() {
    if (!cursor_) return;
    Scheme s = transpose(scheme_);
    s.name = tr("%1, transposed").arg(QString::fromStdString(scheme_.name)).toStdString();
    transformed(s, tr("transposed"));
}

void MainWindow::randomBasisChange() {
    if (!cursor_) return;
    const std::uint64_t seed = QRandomGenerator::global()->generate64();
    try {
        Scheme s = randomChangeOfBasis(scheme_, seed);
        s.name = tr("%1, random basis").arg(QString::fromStdString(scheme_.name)).toStdString();
        transformed(s, tr("change of basis (seed %1)").arg(seed));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Transform Failed"), QString::fromStdString(e.what()));
    }
}

bool MainWindow::kroneckerWith(const QString& spec, QString* error) {
    if (!cursor_) return false;
    auto other = load(spec, error);
    if (!other) return false;
    const Scheme& b = other->front().scheme;
    Scheme product;
    try {
        const TensorSize size{scheme_.size.n * b.size.n, scheme_.size.m * b.size.m,
                              scheme_.size.p * b.size.p};
        if (!size.isValid())
            throw std::invalid_argument(tr("the product %1 is too large")
                                            .arg(QString::fromStdString(size.toString()))
                                            .toStdString());
        product = kroneckerProduct(scheme_, b);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    product.name = tr("%1 \u2297 %2")
                       .arg(QString::fromStdString(scheme_.name), QString::fromStdString(b.name))
                       .toStdString();
    return openScheme(product, tr("Kronecker product"), error);
}

void MainWindow::kroneckerInteractive() {
    if (!cursor_) return;
    QStringList items, specs;
    for (const CatalogEntry& entry : catalogEntries()) {
        items << tr("%1 (%2, rank %3)")
                     .arg(QString::fromStdString(entry.title),
                          QString::fromStdString(entry.size.toString()))
                     .arg(entry.rank);
        specs << QStringLiteral("builtin:") + QString::fromStdString(entry.key);
    }
    bool ok = false;
    const QString picked =
        QInputDialog::getItem(this, tr("Kronecker Product"),
                              tr("Multiply the scheme on show with:"), items, 0, false, &ok);
    if (!ok) return;
    QString error;
    if (!kroneckerWith(specs.value(items.indexOf(picked)), &error))
        QMessageBox::warning(this, tr("Transform Failed"), error);
}

void MainWindow::showAbout() {
    AboutDialog about(view_ ? view_->openGLDescription() : QString(), this);
    about.exec();
}

}  // namespace tg
