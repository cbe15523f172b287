#pragma once
// The explorer's main window: the 3D tensor view in the centre with the step controls beneath,
// the formulas in a dock, and the facts of the current step in the status bar. It owns the
// replay cursor of the loaded scheme; every control asks to seek and the window shows the result.

#include <QMainWindow>
#include <memory>
#include <optional>
#include <vector>

#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Scheme.h"

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace tg {

class FormulaPanel;
class StepControl;
class TensorView;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    // Disabled: never create the OpenGL view (no usable OpenGL, or a test of the 2D panels).
    enum class Rendering { Auto, Disabled };

    explicit MainWindow(Rendering rendering = Rendering::Auto, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Window geometry and dock layout of the last session. Not done by the constructor, so
    // that screenshots and tests start from the same layout every time.
    void restoreSettings();

    // Loads the first scheme `spec` names (a file path or builtin:KEY) and shows step 0. On
    // failure returns false with the reason in *error and keeps the current scheme. Never shows
    // a dialog: the interactive paths (openFile, openInteractive) do that.
    bool openSource(const QString& spec, QString* error = nullptr);

    [[nodiscard]] const ReplayCursor* cursor() const { return cursor_.get(); }
    [[nodiscard]] const Scheme& scheme() const { return scheme_; }
    [[nodiscard]] QString currentSource() const { return source_; }
    // The status bar's facts: "Step k of R · residual nonzeros N · rank ≥ L[ · solved]".
    [[nodiscard]] QString factsText() const;
    // nullptr when the 3D view is unavailable.
    [[nodiscard]] TensorView* tensorView() const { return view_; }
    [[nodiscard]] StepControl* stepControl() const { return steps_; }
    [[nodiscard]] FormulaPanel* formulaPanel() const { return formulas_; }
    // The message shown in place of the 3D view (empty while the view works).
    [[nodiscard]] QString viewUnavailableMessage() const;

  public Q_SLOTS:
    void seek(int position);
    void openFile();
    // openSource, with a message box on failure.
    bool openInteractive(const QString& spec);
    void showAbout();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    std::optional<std::vector<LoadedScheme>> load(const QString& spec, QString* error);
    // Shows a loaded scheme from step 0; `spec` is what the user named (for the recent files).
    bool display(LoadedScheme loaded, const QString& spec, QString* error);
    void createCentralArea(Rendering rendering);
    void createDock();
    void createMenus();
    void rebuildRecentMenu();
    void showViewUnavailable(const QString& reason);
    void showStep();
    void updateLegend();

    std::unique_ptr<ReplayCursor> cursor_;
    Scheme scheme_;
    QString source_;

    QStackedWidget* viewStack_ = nullptr;
    TensorView* view_ = nullptr;
    QLabel* viewMessage_ = nullptr;
    QLabel* legend_ = nullptr;
    StepControl* steps_ = nullptr;
    FormulaPanel* formulas_ = nullptr;
    QDockWidget* formulaDock_ = nullptr;
    QLabel* facts_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* highlightAction_ = nullptr;
};

}  // namespace tg
