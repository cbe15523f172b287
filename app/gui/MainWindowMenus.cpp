// MainWindow's menus and toolbar: every command has a menu entry (most with a shortcut), so the
// explorer can be used from the keyboard alone. The parts bring their own actions (the view's
// modes, manual play, the agent, transforms, exports, search); this file puts them in order.

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoGroup>

#include "AboutDialog.h"
#include "AgentPanel.h"
#include "BuiltinNames.h"
#include "CompareDialog.h"
#include "ExportActions.h"
#include "FlipGraphWindow.h"
#include "HelpActions.h"
#include "LanguageMenu.h"
#include "LibraryDock.h"
#include "MainWindow.h"
#include "ManualPlayBar.h"
#include "RecentFilesMenu.h"
#include "RunPanel.h"
#include "SearchDock.h"
#include "TrainingPanel.h"
#include "TransformActions.h"
#include "ViewArea.h"
#include "core/catalog/Catalog.h"
#include "widgets/FactorPanel.h"
#include "widgets/FormulaPanel.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"

namespace tg {

void MainWindow::createMenus() {
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(createFileMenu());
    const QList<QAction*> undoRedo = createEditMenu();
    createViewMenu(toolbar);
    createGoMenu();
    createGameMenu(toolbar);
    toolbar->addActions(undoRedo);
    transforms_->addActions(menuBar()->addMenu(tr("&Transform")));
    QMenu* searchMenu = menuBar()->addMenu(tr("&Search"));
    search_->addMenuActions(searchMenu);
    searchMenu->addSeparator();
    searchMenu->addAction(tr("Flip &Graph\u2026"), this, &MainWindow::showFlipGraph)
        ->setShortcut(QKeySequence(tr("Ctrl+G")));
    searchMenu
        ->addAction(tr("Open Search &Path\u2026"), this, &MainWindow::openSearchPathInteractive)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    (new HelpActions(this))->addActions(menuBar()->addMenu(tr("&Help")));
}

// Returns Open, for the toolbar.
QAction* MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open\u2026"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* builtin = file->addMenu(tr("Open &Built-in"));
    for (const CatalogEntry& entry : catalogEntries()) {
        const QString key = QString::fromStdString(entry.key);
        QAction* action = builtin->addAction(
            tr("%1 (%2, rank %3)")
                .arg(builtinTitle(entry), QString::fromStdString(entry.size.toString()))
                .arg(entry.rank),
            this, [this, key] { openInteractive(QStringLiteral("builtin:") + key); });
        action->setStatusTip(builtinSummary(entry));
    }
    recentMenu_ = new RecentFilesMenu(tr("Open &Recent"), file);
    connect(recentMenu_, &RecentFilesMenu::fileChosen, this, &MainWindow::openInteractive);
    file->addMenu(recentMenu_);
    file->addSeparator();
    QAction* save =
        file->addAction(tr("&Save Episode As\u2026"), this, &MainWindow::saveEpisodeInteractive);
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Save the game being played, or the episode on show, as project JSON"));
    exports_->addActions(file->addMenu(tr("&Export")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    return open;
}

// Returns Undo and Redo (of the game's moves or of the document's edits, see connectUndo), for
// the toolbar.
QList<QAction*> MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undo_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction* redo = undo_->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence(tr("Ctrl+Shift+Z")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    exports_->addCopyActions(edit->addMenu(tr("&Copy Scheme As")));
    return {undo, redo};
}

void MainWindow::createViewMenu(QToolBar* toolbar) {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    viewArea_->addMenuActions(view);
    view->addSeparator();
    const QList<QWidget*> panels{formulas_, factors_, library_, agent_, training_, run_};
    for (QWidget* panel : panels) view->addAction(dockOf(panel)->toggleViewAction());
    view->addAction(tr("R&un on Matrices"), this, [this] { bringForward(run_); })
        ->setShortcut(QKeySequence(Qt::Key_F9));
    // Beside the Run panel: F9 runs the scheme on show, Shift+F9 compares it with its peers.
    QAction* compare =
        view->addAction(tr("&Compare Schemes\u2026"), this, &MainWindow::compareSchemes);
    compare->setObjectName(QStringLiteral("compareSchemesAction"));
    compare->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    compare->setStatusTip(
        tr("The Library's selected schemes, or all of the size on show, side "
           "by side: rank, additions, stability factor and measured error"));
    library_->setCompareAction(compare);
    view->addAction(toolbar->toggleViewAction());
    view->addSeparator();
    view->addMenu(new LanguageMenu(this));
    toolbar->addSeparator();
    viewArea_->addToolBarActions(toolbar);
}

void MainWindow::createGoMenu() {
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
}

void MainWindow::createGameMenu(QToolBar* toolbar) {
    QMenu* game = menuBar()->addMenu(tr("&Game"));
    playBar_->addMenuActions(game);
    // The agent's moves belong to the same game: its commands sit in the Game menu.
    game->addSeparator();
    agent_->addActions(game);
    toolbar->addSeparator();
    playBar_->addToolBarActions(toolbar);
}

FlipGraphWindow* MainWindow::flipGraph() {
    if (flipGraph_) return flipGraph_;
    flipGraph_ = new FlipGraphWindow(this);
    connect(flipGraph_, &FlipGraphWindow::schemeChosen, this,
            [this](const Scheme& scheme, const QString& source) {
                QString error;
                if (!openScheme(scheme, source, &error)) showStatus(error, 8000);
            });
    return flipGraph_;
}

void MainWindow::showFlipGraph() {
    FlipGraphWindow* window = flipGraph();
    window->ensureGraph();
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::openSearchPathInteractive() {
    showFlipGraph();
    flipGraph_->openPathInteractive();
}

CompareDialog* MainWindow::compareDialog() {
    if (!compare_) compare_ = new CompareDialog(library_->facts(), this);
    return compare_;
}

void MainWindow::compareSchemes() {
    const TensorSize size = scheme().size;
    bool selected = false;
    const std::vector<CompareEntry> entries = library_->comparisonEntries(size, &selected);
    CompareDialog* dialog = compareDialog();
    dialog->setEntries(
        entries,
        selected
            ? tr("The schemes selected in the Library")
            : tr("The Library's schemes of size %1").arg(QString::fromStdString(size.toString())));
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAbout() {
    AboutDialog about(tensorView() ? tensorView()->openGLDescription() : QString(), this);
    about.exec();
}

}  // namespace tg
