#pragma once
// The interactive agent: "Think" runs the tree search on the game being played (starting manual
// play at the step on show if need be) and lists the root's candidate moves with the network's
// prior, the visits and the mean value; hovering or selecting a candidate previews its term in
// the 3D view (as the draft of manual play); the agent can play the best or the selected move,
// or play on by itself until the game ends. Its moves go through manual play's undo stack, so
// the person can take over, undo and redo across both.
#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

#include "AgentThinker.h"
#include "core/game/CoefficientSet.h"
#include "core/tensor/TensorSize.h"
#include "core/tensor/Term.h"

class QAction;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QMenu;

namespace tg {

class MainWindow;
class ManualPlayController;

class AgentPanel : public QWidget {
    Q_OBJECT

  public:
    AgentPanel(MainWindow* window, ManualPlayController* play, QWidget* parent = nullptr);
    ~AgentPanel() override;

    // Think, Play Best, Play Selected, Auto-play and Stop, with their shortcuts.
    void addActions(QMenu* menu) const;
    [[nodiscard]] AgentThinker* thinker() const { return thinker_; }
    [[nodiscard]] QTableWidget* candidateTable() const { return table_; }
    [[nodiscard]] const ThinkResult& lastResult() const { return result_; }
    [[nodiscard]] bool isAutoPlaying() const { return autoPlay_; }
    [[nodiscard]] QString statusText() const;
    // What the panel says when no trained network exists for the game ("" when one does).
    [[nodiscard]] QString noNetworkText() const;
    [[nodiscard]] QPushButton* trainButton() const { return train_; }
    void setSimulations(int n);
    void setTargetRank(int rank);  // 0: none

  public Q_SLOTS:
    // Starts thinking about the current game state; false (with a status message) when the
    // agent cannot play it (no scheme open, non-integer residual, already thinking).
    bool think();
    bool playBest();
    bool playSelected();
    void setAutoPlay(bool on);
    void stop();

  Q_SIGNALS:
    void thinkingFinished();
    void movePlayed();
    // "Train one…": a network for this game.
    void trainingRequested(const TensorSize& size, CoefficientSet set);

  private:
    // How the search found a candidate, for its notes ("" for a sampled one).
    [[nodiscard]] QString sourceText(search::CandidateSource source) const;
    void createActions();
    void createCandidateTable();
    void onFinished(const ThinkResult& result);
    void showCandidates();
    void preview(int row);
    bool play(const search::Action& action, const search::CandidateStats* stats);
    void updateActions();
    void setStatus(const QString& text);
    void gameChanged();
    [[nodiscard]] bool sameState() const;
    // Says plainly when the agent has no network for the game and offers to train one.
    void showNetworkNotice(const TensorSize& size, CoefficientSet set, bool uniform);

    MainWindow* window_;
    ManualPlayController* play_;
    AgentThinker* thinker_;
    ThinkResult result_;
    bool resultCurrent_ = false;  // result_ belongs to the game state on show
    std::vector<Term> thoughtMoves_;
    bool autoPlay_ = false;
    bool applying_ = false;  // our own move is being applied: not a foreign change
    QSpinBox* simulations_;
    QSpinBox* target_;
    QLabel* model_;
    QLabel* noNetwork_;
    QPushButton* train_;
    std::pair<TensorSize, CoefficientSet> trainGame_;  // the game without a network
    QLabel* status_;
    QProgressBar* progress_;
    QTableWidget* table_;
    QAction* thinkAction_;
    QAction* playBestAction_;
    QAction* playSelectedAction_;
    QAction* autoAction_;
    QAction* stopAction_;
};

}  // namespace tg
