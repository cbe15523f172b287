#pragma once
// The explorer's main window. It composes the parts and wires them; each part owns one job:
// - SchemeDocument: the scheme on show, its replay cursor and the undo stack of its edits;
// - ViewArea: the 3D view (or why there is none), its legend and the View menu's choices;
// - StepControl beneath it, the docks (formulas, factors with the ManualPlayBar, library,
//   agent, training, search) and StatusReadout's facts in the status bar;
// - ManualPlayController (the game and its moves' undo stack) and ManualPlayBar (its controls);
// - TransformActions (the Transform menu, edits of the document), ExportActions, HelpActions.
// Edit > Undo and Redo act on the game's moves while one is played, else on the document's
// edits (a QUndoGroup with both stacks). Every control asks the window to seek and the window
// shows the result. Menus and the toolbar are built in MainWindowMenus.cpp.

#include <QMainWindow>

#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Scheme.h"
#include "widgets/SceneContent.h"

class QDockWidget;
class QToolBar;
class QUndoGroup;

namespace tg {

class AgentPanel;
class CompareDialog;
class ExportActions;
class FlipGraphWindow;
class FactorPanel;
class FormulaPanel;
class LibraryDock;
class ManualPlayBar;
class ManualPlayController;
class RecentFilesMenu;
class SchemeDocument;
class SearchDock;
class StatusReadout;
class StepControl;
class TensorView;
class TrainingPanel;
class RunPanel;
class TransformActions;
class ViewArea;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    // Disabled: never create the OpenGL view (no usable OpenGL, or a test of the 2D panels).
    enum class Rendering { Auto, Disabled };

    explicit MainWindow(Rendering rendering = Rendering::Auto, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Window geometry, dock layout and preferences of the last session. Not done by the
    // constructor, so that screenshots and tests start from the same layout every time.
    void restoreSettings();

    // Loads the first scheme `spec` names (a file path or builtin:KEY) and shows step 0. On
    // failure returns false with the reason in *error and keeps the current scheme. Never shows
    // a dialog: the interactive paths (openFile, openInteractive) do that.
    bool openSource(const QString& spec, QString* error = nullptr);
    // Shows a scheme made elsewhere (by a test, or the tour putting back what was on show),
    // verified, from step 0.
    bool openScheme(const Scheme& scheme, const QString& source, QString* error = nullptr);

    [[nodiscard]] SchemeDocument* document() const { return document_; }
    [[nodiscard]] const ReplayCursor* cursor() const;
    [[nodiscard]] const Scheme& scheme() const;
    [[nodiscard]] QString currentSource() const;
    // The status bar's facts: "Step k of R · residual nonzeros N · rank ≥ L[ · solved]".
    [[nodiscard]] QString factsText() const;
    // "valid over Z" or why not, for the scheme on show.
    [[nodiscard]] QString verificationText() const;
    [[nodiscard]] ViewMode viewMode() const;
    // nullptr when the 3D view is unavailable.
    [[nodiscard]] TensorView* tensorView() const;
    // The message shown in place of the 3D view (empty while the view works).
    [[nodiscard]] QString viewUnavailableMessage() const;
    [[nodiscard]] StepControl* stepControl() const { return steps_; }
    [[nodiscard]] FormulaPanel* formulaPanel() const { return formulas_; }
    [[nodiscard]] FactorPanel* factorPanel() const { return factors_; }
    [[nodiscard]] LibraryDock* library() const { return library_; }
    [[nodiscard]] ManualPlayController* manualPlay() const { return play_; }
    [[nodiscard]] ManualPlayBar* manualPlayBar() const { return playBar_; }
    [[nodiscard]] ExportActions* exports() const { return exports_; }
    [[nodiscard]] TransformActions* transforms() const { return transforms_; }
    [[nodiscard]] AgentPanel* agentPanel() const { return agent_; }
    [[nodiscard]] TrainingPanel* trainingPanel() const { return training_; }
    [[nodiscard]] RunPanel* runPanel() const { return run_; }
    [[nodiscard]] SearchDock* searchDock() const { return search_; }
    [[nodiscard]] StatusReadout* statusReadout() const { return status_; }
    // Search > Flip Graph's window, made on first use (MainWindowMenus.cpp).
    FlipGraphWindow* flipGraph();
    // View > Compare Schemes' dialog, made on first use (MainWindowMenus.cpp).
    CompareDialog* compareDialog();
    // Every passing message of the status bar goes through here (StatusReadout::showMessage):
    // it takes the place of the step's facts for `timeout` ms (0: until the next message).
    void showStatus(const QString& text, int timeout);
    // Shows and raises the dock that holds `panel` (one the window made): a tab comes forward.
    static void bringForward(QWidget* panel);

  public Q_SLOTS:
    void seek(int position);
    void setViewMode(tg::ViewMode mode);
    void openFile();
    // openSource, with a choice of scheme for archives and a message box on failure.
    bool openInteractive(const QString& spec);
    void showAbout();

    // Manual play from the step on show; back to the replay.
    void startManualPlay();
    void stopManualPlay();
    // The game (while playing) or the loaded episode, as project JSON.
    bool saveEpisode(const QString& path, QString* error = nullptr);
    void saveEpisodeInteractive();
    // Search > Flip Graph (builds the graph on first use) and Search > Open Search Path.
    void showFlipGraph();
    void openSearchPathInteractive();
    // View > Compare Schemes: the Library's selected schemes, or all of the size on show, side
    // by side in the Compare dialog, measured at once.
    void compareSchemes();

  Q_SIGNALS:
    // A new scheme or episode is on show (opened, transformed, or a transform undone).
    void schemeShown();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    // Shows a loaded scheme from step 0; `spec` is what the user named (for the recent files).
    bool display(LoadedScheme loaded, const QString& spec, QString* error);
    void createCentralArea(Rendering rendering);
    void createDocks();
    QWidget* createFactorArea();
    void createSideDocks(QDockWidget* formulaDock);
    QDockWidget* addPanel(QWidget* panel, const QString& title, const char* name,
                          Qt::DockWidgetArea area);
    // The dock that holds `panel`, which the window made.
    static QDockWidget* dockOf(QWidget* panel);
    void connectUndo();
    // Menus and toolbar (MainWindowMenus.cpp).
    void createMenus();
    QAction* createFileMenu();
    QList<QAction*> createEditMenu();
    void createViewMenu(QToolBar* toolbar);
    void createGoMenu();
    void createGameMenu(QToolBar* toolbar);
    // The document's scheme changed: everything shows it, from its step on show.
    void showScheme();
    void showStep();
    void showGame();

    SchemeDocument* document_ = nullptr;
    ManualPlayController* play_ = nullptr;
    QUndoGroup* undo_ = nullptr;
    ViewArea* viewArea_ = nullptr;
    StepControl* steps_ = nullptr;
    StatusReadout* status_ = nullptr;
    FormulaPanel* formulas_ = nullptr;
    FactorPanel* factors_ = nullptr;
    ManualPlayBar* playBar_ = nullptr;
    LibraryDock* library_ = nullptr;
    AgentPanel* agent_ = nullptr;
    TrainingPanel* training_ = nullptr;
    RunPanel* run_ = nullptr;  // the scheme on real matrices (View > Run on Matrices)
    SearchDock* search_ = nullptr;
    ExportActions* exports_ = nullptr;
    TransformActions* transforms_ = nullptr;
    RecentFilesMenu* recentMenu_ = nullptr;
    FlipGraphWindow* flipGraph_ = nullptr;
    CompareDialog* compare_ = nullptr;
};

}  // namespace tg
