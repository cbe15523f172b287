#pragma once
// The Search dock (its set-up is remembered in QSettings from one start to the next): runs a search
// engine (flip search; the MCTS agent later) in the background on the scheme on show or a chosen
// size, shows its progress live (best rank, elapsed time, speed, a chart of the best rank against
// time) and logs every improvement with the file it was saved to. A logged result opens in the
// explorer with a click; the library lists it under Results.
//
// The engine runs in a SearchRunner (widgets/SearchRunner.h): nothing here waits for it. Stop
// returns at once and the run ends with the runner's finished() signal; closing the window
// stops the run, and what it found is already on disk.

#include <QWidget>
#include <memory>

#include "widgets/SearchRunner.h"

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QLineSeries;
class QMenu;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class QValueAxis;

namespace tg {

class MainWindow;

class SearchDock : public QWidget {
    Q_OBJECT

  public:
    enum class Target { SchemeOnShow, Size };

    // Creates the dock in `window`, beside its formulas, wired to its library and explorer.
    static SearchDock* install(MainWindow* window);

    explicit SearchDock(MainWindow* window);
    ~SearchDock() override;

    // Start, Stop and the dock's toggle.
    void addMenuActions(QMenu* menu);

    [[nodiscard]] QDockWidget* dock() const { return dock_; }
    // The runner of the current or last run; nullptr before the first start.
    [[nodiscard]] SearchRunner* runner() const { return runner_.get(); }
    [[nodiscard]] bool isRunning() const;
    // The request the controls describe (what Start would run).
    [[nodiscard]] SearchRequest request() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString resultsFolder() const { return resultsFolder_; }
    // Where results go and what the library lists under Search results; refused (false)
    // while running.
    bool setResultsFolder(const QString& folder);

    void setTarget(Target target);
    void setSize(const TensorSize& size);
    void setField(Field field);
    void setEngine(const QString& id);
    [[nodiscard]] QSpinBox* targetRankBox() const { return targetRank_; }
    [[nodiscard]] QSpinBox* timeLimitBox() const { return timeLimit_; }
    [[nodiscard]] QSpinBox* threadsBox() const { return threads_; }
    [[nodiscard]] QSpinBox* seedBox() const { return seed_; }
    [[nodiscard]] QCheckBox* fromSchemeBox() const { return fromScheme_; }
    [[nodiscard]] QComboBox* engineBox() const { return engine_; }
    // The model file, shown for engines that use one.
    [[nodiscard]] QLineEdit* modelEdit() const { return model_; }
    [[nodiscard]] QPushButton* startButton() const { return startButton_; }
    [[nodiscard]] QPushButton* stopButton() const { return stopButton_; }
    [[nodiscard]] QAction* startAction() const { return startAction_; }
    [[nodiscard]] QAction* stopAction() const { return stopAction_; }
    [[nodiscard]] QTreeWidget* log() const { return log_; }
    [[nodiscard]] QLineSeries* rankSeries() const { return series_; }
    [[nodiscard]] QString bestRankText() const;

  public Q_SLOTS:
    // Starts a run from the controls; refused (false, with a message) while one runs.
    bool startSearch();
    void stopSearch();

  Q_SIGNALS:
    // A result was written to `path` (an improvement or a run's final choice).
    void resultSaved(const QString& path);
    void openRequested(const QString& path);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QWidget* createSettings();
    QWidget* createProgress();
    void restoreSettings();
    void saveSettings() const;
    void schemeShown();
    void updateTargetControls();
    void updateEngineControls();
    void browseModel();
    void setRunning(bool running);
    void showStatus(const QString& text);
    void onStarted();
    void onProgress(const SearchProgressInfo& info);
    void onImproved(const SearchImprovement& improvement);
    void onFinished(const SearchOutcome& outcome);
    void plot(double seconds, int rank);
    QTreeWidgetItem* addLogEntry(double seconds, int rank, const QString& path,
                                 const QString& what);
    void openLogEntry(QTreeWidgetItem* item);

    MainWindow* window_;
    QDockWidget* dock_ = nullptr;
    std::unique_ptr<SearchRunner> runner_;
    QString resultsFolder_;
    int startRank_ = 0;
    int shownBest_ = 0;
    bool targetStale_ = false;  // the scheme on show changed during a run

    QComboBox* target_ = nullptr;
    QSpinBox* size_[3] = {nullptr, nullptr, nullptr};
    QCheckBox* fromScheme_ = nullptr;
    QComboBox* engine_ = nullptr;
    QWidget* modelRow_ = nullptr;
    QLineEdit* model_ = nullptr;
    QComboBox* field_ = nullptr;
    QSpinBox* targetRank_ = nullptr;
    QLabel* bestKnown_ = nullptr;
    QSpinBox* timeLimit_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QWidget* settings_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    QAction* startAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QLabel* best_ = nullptr;
    QLabel* elapsed_ = nullptr;
    QLabel* rate_ = nullptr;
    QLabel* detail_ = nullptr;
    QLineSeries* series_ = nullptr;
    QValueAxis* timeAxis_ = nullptr;
    QValueAxis* rankAxis_ = nullptr;
    QTreeWidget* log_ = nullptr;
    QLabel* status_ = nullptr;
};

}  // namespace tg
