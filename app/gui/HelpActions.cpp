#include "HelpActions.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>

#include "GuidedTour.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"

namespace tg {

HelpActions::HelpActions(MainWindow* window) : QObject(window), window_(window) {
    setObjectName(QStringLiteral("helpActions"));
}

void HelpActions::addActions(QMenu* menu) {
    QAction* guide = menu->addAction(tr("&User Guide"), this, &HelpActions::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How to open schemes, step through them, play, transform and export"));
    menu->addAction(tr("Guided &Tour"), this, &HelpActions::startTour)
        ->setStatusTip(tr("Walk through Strassen's algorithm step by step"));
    menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpActions::showShortcuts)
        ->setShortcut(QKeySequence(tr("Ctrl+/")));
    menu->addSeparator();
    menu->addAction(tr("&About TensorGame Explorer"), window_, &MainWindow::showAbout);
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void HelpActions::showUserGuide() {
    if (!guide_) {
        guide_ = new UserGuideDialog(window_);
        guide_->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide_->show();
    guide_->raise();
    guide_->activateWindow();
}

void HelpActions::showShortcuts() {
    if (!shortcuts_) {
        shortcuts_ = new ShortcutsDialog(window_->menuBar(), window_);
        shortcuts_->setAttribute(Qt::WA_DeleteOnClose);
    }
    shortcuts_->show();
    shortcuts_->raise();
    shortcuts_->activateWindow();
}

void HelpActions::startTour() {
    GuidedTour::of(window_)->start();
}

}  // namespace tg
