#pragma once
// The explorer's main window: the 3D tensor view in the centre with the step controls beneath,
// docks for the formulas, the factors of the current term (where manual play composes moves)
// and the library, and the facts of the current step in the status bar. It owns the replay
// cursor of the loaded scheme; every control asks to seek and the window shows the result.
// Menus and toolbars are built in MainWindowMenus.cpp, exports in ExportActions.

#include <QMainWindow>
#include <memory>
#include <optional>
#include <vector>

#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Scheme.h"
#include "widgets/SceneContent.h"

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace tg {

class AgentPanel;
class TrainingPanel;
class ExportActions;
class FactorPanel;
class FormulaPanel;
class LibraryDock;
class ManualPlayController;
class SearchDock;
class StepControl;
class TensorView;

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
    // Shows a scheme made here (a transform's result), verified, from step 0.
    bool openScheme(const Scheme& scheme, const QString& source, QString* error = nullptr);

    [[nodiscard]] const ReplayCursor* cursor() const { return cursor_.get(); }
    [[nodiscard]] const Scheme& scheme() const { return scheme_; }
    [[nodiscard]] QString currentSource() const { return source_; }
    // The status bar's facts: "Step k of R · residual nonzeros N · rank ≥ L[ · solved]".
    [[nodiscard]] QString factsText() const;
    // "valid over Z" or why not, for the scheme on show.
    [[nodiscard]] QString verificationText() const;
    [[nodiscard]] ViewMode viewMode() const { return viewMode_; }
    // nullptr when the 3D view is unavailable.
    [[nodiscard]] TensorView* tensorView() const { return view_; }
    [[nodiscard]] StepControl* stepControl() const { return steps_; }
    [[nodiscard]] FormulaPanel* formulaPanel() const { return formulas_; }
    [[nodiscard]] FactorPanel* factorPanel() const { return factors_; }
    [[nodiscard]] LibraryDock* library() const { return library_; }
    [[nodiscard]] ManualPlayController* manualPlay() const { return play_; }
    [[nodiscard]] ExportActions* exports() const { return exports_; }
    [[nodiscard]] AgentPanel* agentPanel() const { return agent_; }
    [[nodiscard]] TrainingPanel* trainingPanel() const { return training_; }
    [[nodiscard]] SearchDock* searchDock() const { return search_; }
    // Why the last move was refused (empty after a move was applied).
    [[nodiscard]] QString moveMessage() const;
    // The message shown in place of the 3D view (empty while the view works).
    [[nodiscard]] QString viewUnavailableMessage() const;

  public Q_SLOTS:
    void seek(int position);
    void setViewMode(tg::ViewMode mode);
    void openFile();
    // openSource, with a message box on failure.
    bool openInteractive(const QString& spec);
    void showAbout();

    // Manual play from the step on show; applying the composed move; back to the replay.
    void startManualPlay();
    bool applyMove();
    void stopManualPlay();
    // The game (while playing) or the loaded episode, as project JSON.
    bool saveEpisode(const QString& path, QString* error = nullptr);
    void saveEpisodeInteractive();

    // Transforms of the scheme on show; each result opens verified.
    void rotateScheme();
    void transposeScheme();
    void randomBasisChange();
    bool kroneckerWith(const QString& spec, QString* error = nullptr);
    void kroneckerInteractive();

  Q_SIGNALS:
    // A new scheme or episode is on show (scheme() and cursor() tell which).
    void schemeShown();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    std::optional<std::vector<LoadedScheme>> load(const QString& spec, QString* error);
    // Shows a loaded scheme from step 0; `spec` is what the user named (for the recent files).
    bool display(LoadedScheme loaded, const QString& spec, QString* error);
    void createCentralArea(Rendering rendering);
    void createDocks();
    void createMenus();
    void rebuildRecentMenu();
    void showViewUnavailable(const QString& reason);
    void showStep();
    void showGame();
    void updateLegend();
    void updateVerification();
    void transformed(const Scheme& result, const QString& what);
    // Shows the gallery of `terms` in gallery mode (built once per scheme), else leaves it.
    void updateGallery(const TensorSize& size, Field field, const std::vector<Term>& terms,
                       int current, bool rebuild);

    std::unique_ptr<ReplayCursor> cursor_;
    Scheme scheme_;
    QString source_;
    ViewMode viewMode_ = ViewMode::Residual;
    bool galleryShown_ = false;

    QStackedWidget* viewStack_ = nullptr;
    TensorView* view_ = nullptr;
    QLabel* viewMessage_ = nullptr;
    QLabel* legend_ = nullptr;
    StepControl* steps_ = nullptr;
    FormulaPanel* formulas_ = nullptr;
    FactorPanel* factors_ = nullptr;
    LibraryDock* library_ = nullptr;
    ManualPlayController* play_ = nullptr;
    ExportActions* exports_ = nullptr;
    SearchDock* search_ = nullptr;
    QDockWidget* formulaDock_ = nullptr;
    QDockWidget* factorDock_ = nullptr;
    QDockWidget* libraryDock_ = nullptr;
    AgentPanel* agent_ = nullptr;
    QDockWidget* agentDock_ = nullptr;
    TrainingPanel* training_ = nullptr;
    QDockWidget* trainingDock_ = nullptr;
    QWidget* playControls_ = nullptr;
    QLabel* moveMessage_ = nullptr;
    QLabel* facts_ = nullptr;
    QLabel* verification_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* highlightAction_ = nullptr;
    QAction* smoothAction_ = nullptr;
    int shownPosition_ = -1;  // the step last drawn: a step of one animates
    QActionGroup* viewModes_ = nullptr;
    QAction* playAction_ = nullptr;
    QAction* applyAction_ = nullptr;
    QAction* clearMoveAction_ = nullptr;
    QAction* stopPlayAction_ = nullptr;
};

}  // namespace tg
