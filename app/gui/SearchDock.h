#pragma once
// The Search dock: runs a search engine (flip search, the MCTS agent) in the background on the
// scheme on show or a chosen size, shows its progress live and logs every improvement with the
// file it was saved to. It is made of two parts: the set-up (SearchForm, remembered from one
// start to the next) and the view of the run (SearchProgressView). The scheme on show comes
// from the document; everything else goes out as signals, which the window connects: a result
// saved (for the library), a logged result to open, the results folder, status messages.
//
// The engine runs in a SearchRunner (widgets/SearchRunner.h): nothing here waits for it. Stop
// returns at once and the run ends with the runner's finished() signal; what it found is
// already on disk.

#include <QDockWidget>
#include <memory>

#include "SearchForm.h"
#include "widgets/SearchRunner.h"

class QAction;
class QLabel;
class QMenu;

namespace tg {

class SchemeDocument;
class SearchProgressView;

class SearchDock : public QDockWidget {
    Q_OBJECT

  public:
    using Target = SearchForm::Target;

    // `document`: the scheme on show, which the set-up offers as the target and the start.
    explicit SearchDock(const SchemeDocument* document, QWidget* parent = nullptr);
    ~SearchDock() override;

    // Start (F5), Stop (Shift+F5) and the dock's toggle.
    void addMenuActions(QMenu* menu);

    // The set-up and the view of the run.
    [[nodiscard]] SearchForm* form() const { return form_; }
    [[nodiscard]] SearchProgressView* progress() const { return progress_; }
    // The runner of the current or last run; nullptr before the first start.
    [[nodiscard]] SearchRunner* runner() const { return runner_.get(); }
    [[nodiscard]] bool isRunning() const;
    // The request the set-up describes (what Start would run).
    [[nodiscard]] SearchRequest request() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString resultsFolder() const { return resultsFolder_; }
    // Where results go (and what the library lists under Search results); refused (false)
    // while running.
    bool setResultsFolder(const QString& folder);

  public Q_SLOTS:
    // Starts a run from the set-up; refused (false, with a message) while one runs.
    bool startSearch();
    // Continues the flip search saved in a checkpoint (tensorgame-cli search --checkpoint
    // FILE) with the set-up's time limit; false, with a message, when it cannot.
    bool resumeCheckpoint(const QString& path);
    void stopSearch();

  Q_SIGNALS:
    // A result was written to `path` (an improvement or a run's final choice).
    void resultSaved(const QString& path);
    // A logged result (not the one on show) is to be opened.
    void openRequested(const QString& path);
    void resultsFolderChanged(const QString& folder);
    void statusMessage(const QString& text, int timeout);

  private:
    void createActions();
    bool startRequest(const QString& engineId, const SearchRequest& request);
    void showStatus(const QString& text);
    void onStarted();
    void onFinished(const SearchOutcome& outcome);
    // What the status says when a run ends.
    [[nodiscard]] static QString outcomeText(const SearchOutcome& outcome);
    void openResult(const QString& path);

    const SchemeDocument* document_;
    SearchForm* form_ = nullptr;
    SearchProgressView* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QAction* startAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* resumeAction_ = nullptr;
    std::unique_ptr<SearchRunner> runner_;
    QString resultsFolder_;
    int startRank_ = 0;
};

}  // namespace tg
