#pragma once
// Manual play's controls: the Game menu's Play From This Step, Apply Move, Clear Move and Stop
// Playing, and (this widget, beside the factor grids) buttons for the same with a hint and the
// reason the last move was refused. They follow the ManualPlayController: shown and enabled
// while a game is played. Applying and clearing a move need only the controller; starting and
// stopping need the step on show, which the window has, so the bar asks for them.
//
// Its strings keep the translation context of MainWindow, where they were first written, so
// that the existing translations still find them.

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace tg {

class ManualPlayController;

class ManualPlayBar : public QWidget {
    Q_OBJECT

  public:
    explicit ManualPlayBar(ManualPlayController* play, QWidget* parent = nullptr);

    // Play From This Step, Apply Move, Clear Move and Stop Playing, with their shortcuts.
    void addMenuActions(QMenu* menu) const;
    // Play From This Step and Apply Move.
    void addToolBarActions(QToolBar* toolbar) const;
    // Why the last move was refused (empty after a move was applied).
    [[nodiscard]] QString moveMessage() const;

  public Q_SLOTS:
    // Applies the move composed in the factor grids; false, saying why, when it is refused.
    bool applyMove();

  Q_SIGNALS:
    void startRequested();
    void stopRequested();
    void statusMessage(const QString& text, int timeout);

  private:
    void createActions();
    void createControls();
    // Follows the controller: a game started or stopped (the draft's changes leave it as it is).
    void sync();

    ManualPlayController* play_;
    QAction* start_ = nullptr;
    QAction* apply_ = nullptr;
    QAction* clear_ = nullptr;
    QAction* stop_ = nullptr;
    QLabel* message_ = nullptr;
    bool shownActive_ = true;  // what sync() last showed; the first sync() hides the controls
};

}  // namespace tg
