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
#include <functional>
#include <vector>

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

class GalleryBar;
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
    // The gallery's pages (which terms pass the filter, the page on show) and the term drawn
    // on a darker background (-1: none).
    [[nodiscard]] const GalleryPages& galleryPages() const { return pages_; }
    [[nodiscard]] int galleryHighlight() const;

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
    // The gallery's pages; no-ops outside the gallery.
    void showPreviousGalleryPage();
    void showNextGalleryPage();
    // The page holding term `term` (0-based), the term highlighted; a filter that leaves it out
    // is cleared.
    void goToGalleryTerm(int term);
    // Only the terms whose w is nonzero at `wIndex` (-1: every term).
    void setGalleryFilter(int wIndex);

  Q_SIGNALS:
    // A choice changed what the view should show: draw the step on show again.
    void redrawRequested();
    // What the pointer is over (empty when nothing).
    void hovered(const QString& text);
    void statusMessage(const QString& text, int timeout);

  private:
    void createActions();
    void showUnavailable(const QString& reason);
    // Shows the gallery of the terms `terms` gives in gallery mode (taken once per scheme, or
    // again with `rebuild`), the page of the current term; else leaves it.
    void updateGallery(const TensorSize& size, Field field,
                       const std::function<std::vector<Term>()>& terms, int current, bool rebuild);
    // Builds the boxes of the page on show (only those) and updates the controls.
    void showGalleryPage();

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
    GalleryBar* galleryBar_ = nullptr;
    QAction* previousPage_ = nullptr;
    QAction* nextPage_ = nullptr;
    std::vector<Term> galleryTerms_;
    TensorSize gallerySize_{};
    Field galleryField_ = Field::Q;
    GalleryPages pages_;
    int currentTerm_ = -1;    // the term of the step on show
    int selectedTerm_ = -1;   // the term "Go to term" chose, until the step changes
    int shownPosition_ = -1;  // the step last drawn: a step of one animates
};

}  // namespace tg
