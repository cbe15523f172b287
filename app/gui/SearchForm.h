#pragma once
// The Search dock's set-up (remembered in QSettings from one start to the next): what to search
// (the scheme on show or a size), from where, with which engine (and model), in which field,
// for which rank, how long and on how many threads, with which symmetry (the flip search on square
// sizes) or which of the agent's hand-made parts (the agent); and the Start and Stop buttons. The
// scheme on show comes from the document; while a search runs the set-up is locked, and a change of
// the scheme on show is taken in when the run ends.
//
// Its strings keep the translation context of SearchDock, where they were first written, so
// that the existing translations still find them.

#include <QWidget>
#include <vector>

#include "widgets/SearchRunner.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tg {

class SchemeDocument;

// "<n,m,p>", as the dock writes sizes.
[[nodiscard]] QString searchSizeText(const TensorSize& size);

class SearchForm : public QWidget {
    Q_OBJECT

  public:
    enum class Target { SchemeOnShow, Size };

    explicit SearchForm(const SchemeDocument* document, QWidget* parent = nullptr);

    // The request the controls describe (what Start would run).
    [[nodiscard]] SearchRequest request() const;
    [[nodiscard]] QString engineId() const;
    // Whether the buttons offer Start (no search runs) and Stop (one does).
    [[nodiscard]] bool canStart() const;
    [[nodiscard]] bool canStop() const;

    // The controls, as a user sets them. A new size or field (or target) proposes its default
    // target rank: the best known one below the start, else one better than the start. A
    // scheme shown afterwards becomes the target, unless the target was chosen while it was on
    // show (the size remembered from the last session is not a choice for it).
    void setTarget(Target target);
    void setSize(const TensorSize& size);
    void setField(Field field);
    void setEngine(const QString& id);
    void setStartFromScheme(bool on);
    void setTargetRank(int rank);    // 0: none
    void setTimeLimit(int seconds);  // 0: none
    void setThreads(int threads);
    void setSeed(int seed);
    // The model file, used by the engines that take one.
    void setModel(const QString& path);
    // The flip search's symmetry; offered for square sizes only (request() says None else).
    void setSymmetry(search::Symmetry symmetry);

    // Locks the set-up while a search runs.
    void setRunning(bool running);
    // The set-up for the next session (saved when a search starts).
    void saveSettings() const;

  Q_SIGNALS:
    void startClicked();
    void stopClicked();

  private:
    void createTargetRows(QFormLayout* form);
    void createEngineRows(QFormLayout* form);
    void createAgentPartsRow(QFormLayout* form);
    void createLimitRows(QFormLayout* form);
    QLayout* createButtons();
    void restoreSettings();
    void schemeShown();
    void noteTargetChosen();
    void updateTargetControls();
    void updateEngineControls();
    void updateSymmetryControl();
    void updateAgentParts();
    // The check box of the part with this id (kAgentParts).
    [[nodiscard]] QCheckBox* agentPartBox(const char* id) const;
    void browseModel();

    const SchemeDocument* document_;
    bool running_ = false;
    bool targetStale_ = false;  // the scheme on show changed during a run
    // The source of the scheme on show when the user last chose the target ("" before any
    // choice): a newly shown scheme is the target unless the choice was made for it.
    QString targetChosenFor_;
    bool targetChosen_ = false;
    QWidget* settings_ = nullptr;
    QComboBox* target_ = nullptr;
    QSpinBox* size_[3] = {nullptr, nullptr, nullptr};
    QCheckBox* fromScheme_ = nullptr;
    QComboBox* engine_ = nullptr;
    QWidget* modelRow_ = nullptr;
    QLineEdit* model_ = nullptr;
    QComboBox* field_ = nullptr;
    QComboBox* symmetry_ = nullptr;
    QWidget* agentParts_ = nullptr;  // the agent's parts, a check box each (MCTS only)
    std::vector<QCheckBox*> agentPartBoxes_;
    QSpinBox* targetRank_ = nullptr;
    QLabel* bestKnown_ = nullptr;
    QSpinBox* timeLimit_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* stop_ = nullptr;
};

}  // namespace tg
