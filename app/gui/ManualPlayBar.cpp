#include "ManualPlayBar.h"

#include <QAction>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

#include "ManualPlayController.h"

namespace tg {

ManualPlayBar::ManualPlayBar(ManualPlayController* play, QWidget* parent)
    : QWidget(parent), play_(play) {
    createActions();
    createControls();
    connect(play_, &ManualPlayController::changed, this, &ManualPlayBar::sync);
    sync();
}

void ManualPlayBar::createActions() {
    start_ =
        new QAction(QCoreApplication::translate("tg::MainWindow", "&Play From This Step"), this);
    start_->setShortcut(QKeySequence(QCoreApplication::translate("tg::MainWindow", "Ctrl+P")));
    start_->setStatusTip(QCoreApplication::translate(
        "tg::MainWindow", "Compose your own moves from the residual on show"));
    connect(start_, &QAction::triggered, this, &ManualPlayBar::startRequested);
    apply_ = new QAction(QCoreApplication::translate("tg::MainWindow", "&Apply Move"), this);
    apply_->setShortcut(QKeySequence(QCoreApplication::translate("tg::MainWindow", "Ctrl+Return")));
    connect(apply_, &QAction::triggered, this, &ManualPlayBar::applyMove);
    clear_ = new QAction(QCoreApplication::translate("tg::MainWindow", "&Clear Move"), this);
    clear_->setShortcut(
        QKeySequence(QCoreApplication::translate("tg::MainWindow", "Ctrl+Backspace")));
    connect(clear_, &QAction::triggered, play_, &ManualPlayController::clearDraft);
    stop_ = new QAction(QCoreApplication::translate("tg::MainWindow", "&Stop Playing"), this);
    connect(stop_, &QAction::triggered, this, &ManualPlayBar::stopRequested);
}

void ManualPlayBar::createControls() {
    auto* apply =
        new QPushButton(QCoreApplication::translate("tg::MainWindow", "&Apply Move"), this);
    apply->setObjectName(QStringLiteral("applyMove"));
    auto* clear = new QPushButton(QCoreApplication::translate("tg::MainWindow", "C&lear"), this);
    clear->setObjectName(QStringLiteral("clearMove"));
    auto* stop =
        new QPushButton(QCoreApplication::translate("tg::MainWindow", "&Stop Playing"), this);
    stop->setObjectName(QStringLiteral("stopPlaying"));
    connect(apply, &QPushButton::clicked, this, &ManualPlayBar::applyMove);
    connect(clear, &QPushButton::clicked, play_, &ManualPlayController::clearDraft);
    connect(stop, &QPushButton::clicked, this, &ManualPlayBar::stopRequested);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("moveMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(apply, 0, 0, 1, 2);
    buttons->addWidget(clear, 1, 0);
    buttons->addWidget(stop, 1, 1);
    auto* hint = new QLabel(
        QCoreApplication::translate("tg::MainWindow",
                                    "Click a coefficient (or Space on it) to cycle its value; "
                                    "the 3D view previews the move."),
        this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(message_);
    setMaximumWidth(260);
}

void ManualPlayBar::addMenuActions(QMenu* menu) const {
    for (QAction* action : {start_, apply_, clear_, stop_}) menu->addAction(action);
}

void ManualPlayBar::addToolBarActions(QToolBar* toolbar) const {
    toolbar->addAction(start_);
    toolbar->addAction(apply_);
}

QString ManualPlayBar::moveMessage() const {
    return message_->text();
}

bool ManualPlayBar::applyMove() {
    if (!play_->isActive()) return false;
    QString reason;
    if (!play_->applyDraft(&reason)) {
        message_->setText(
            QCoreApplication::translate("tg::MainWindow", "Not applied: %1").arg(reason));
        Q_EMIT statusMessage(message_->text(), 6000);
        return false;
    }
    message_->clear();
    const GameState& game = play_->game();
    if (game.isSolved())
        Q_EMIT statusMessage(QCoreApplication::translate(
                                 "tg::MainWindow", "Solved with %n products", nullptr, game.step()),
                             6000);
    return true;
}

void ManualPlayBar::sync() {
    const bool active = play_->isActive();
    if (active == shownActive_) return;
    shownActive_ = active;
    if (active) message_->clear();  // a new game starts without a refusal
    setVisible(active);
    for (QAction* action : {apply_, clear_, stop_}) action->setEnabled(active);
    start_->setEnabled(!active);
}

}  // namespace tg
