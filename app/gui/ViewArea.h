#pragma once
// The centre of the window: the 3D view of the step on show (or, where OpenGL is missing, why
// not) with the colour legend beneath, and the View menu's choices of how it draws: the view
// mode, the outline of the current product, smooth transitions, the camera reset. It draws what
// it is given, a step of a replay or the game being played, and asks for a redraw when a choice
// changes what it should show.
//
// Its strings keep the translation context of MainWindow, where they were first written, so
// that the existing translations still find them.

#include <QWidget>

#include "core/tensor/Scheme.h"
#include "widgets/SceneContent.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;
class QToolBar;

namespace tg {

class GameState;
class ReplayCursor;
class TensorView;

class ViewArea : public QWidget {
    Q_OBJECT

  public:
    // `openGLProblem` empty: the 3D view is made; else the area shows that reason instead.
    explicit ViewArea(const QString& openGLProblem, QWidget* parent = nullptr);

    // nullptr when the 3D view is unavailable.
    [[nodiscard]] TensorView* tensorView() const { return view_; }
    // The message shown in place of the 3D view (empty while the view works).
    [[nodiscard]] QString unavailableMessage() const;
    [[nodiscard]] ViewMode viewMode() const { return mode_; }

    // The view modes, then Reset View, Highlight Current Product and Smooth Transitions.
    void addMenuActions(QMenu* menu) const;
    // The view modes.
    void addToolBarActions(QToolBar* toolbar) const;
    void restoreSettings(const QSettings& settings);
    void saveSettings(QSettings& settings) const;

    // A new scheme: its legend, and the next drawing cuts and builds its gallery.
    void setScheme(const Scheme& scheme);
    // The next drawing cuts and builds the gallery again (the replay is back after a game).
    void restart();
    void showStep(const ReplayCursor& cursor);
    // The game with `draft`, the move being composed, previewed on the residual.
    void showGame(const GameState& game, const Term& draft);

  public Q_SLOTS:
    void setViewMode(tg::ViewMode mode);

  Q_SIGNALS:
    // A choice changed what the view should show: draw the step on show again.
    void redrawRequested();
    // What the pointer is over (empty when nothing).
    void hovered(const QString& text);
    void statusMessage(const QString& text, int timeout);

  private:
    void createActions();
    void showUnavailable(const QString& reason);
    // Shows the gallery of `terms` in gallery mode (built once per scheme), else leaves it.
    void updateGallery(const TensorSize& size, Field field, const std::vector<Term>& terms,
                       int current, bool rebuild);

    ViewMode mode_ = ViewMode::Residual;
    QStackedWidget* stack_ = nullptr;
    TensorView* view_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* legend_ = nullptr;
    QActionGroup* modes_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* highlight_ = nullptr;
    QAction* smooth_ = nullptr;
    bool galleryShown_ = false;
    int shownPosition_ = -1;  // the step last drawn: a step of one animates
};

}  // namespace tg
