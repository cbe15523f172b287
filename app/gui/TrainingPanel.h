#pragma once
// Training the agent's network from the app: a size and coefficient set, a time limit and a
// seed; the trainer runs in its own thread (core/nn/Trainer) and its losses arrive through the
// EngineBridge and are drawn as curves. The model is written to the user's models folder at the
// end (and when stopped); it can be made the agent's default for its game, and any model file
// can be loaded and made the default. The agent then uses it in the Agent and Search docks.
// With Generations above 0 it runs expert iteration instead (core/nn/ExpertIteration.h): the
// steps are per generation, and each generation's evaluation is drawn as it finishes
// (GenerationChart), beside the curve files and checkpoint written next to the model. Its
// self-play games can be whole runs of the agent (Runs), as `train --run-games` plays them.
// Either can learn from scheme files besides (Lessons, as `train --lessons`).
#include <QWidget>
#include <memory>
#include <optional>

#include "LessonsPicker.h"
#include "core/game/CoefficientSet.h"
#include "core/tensor/TensorSize.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace tg::nn {
struct Services;
struct TrainingJob;
}  // namespace tg::nn

namespace tg {

class EngineBridge;
class GenerationChart;
class LossChart;

class TrainingPanel : public QWidget {
    Q_OBJECT

  public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    // Stops the training and waits for its last step; the model is written before.
    ~TrainingPanel() override;

    // Where new models go (default: AppDataLocation/models).
    void setModelFolder(const QString& folder);
    [[nodiscard]] QString modelFolder() const { return folder_; }
    // Fills the form (the Agent dock's "Train one…", tests).
    void setGame(const TensorSize& size, CoefficientSet set);
    void setTimeLimit(int seconds);
    void setSteps(int steps);  // 0: by time only (with generations: per generation, 0: default)
    // Expert iteration: generations (0: plain training) and self-play games per generation
    // (evaluation plays half as many, at least 2).
    void setGenerations(int generations);
    void setGamesPerGeneration(int games);
    // Each self-play game a whole run of the agent of this many games (0: single games), and
    // the rank up to which a game that misses the target still teaches (0: none).
    void setRunGames(int games);
    void setLessonRank(int rank);
    // Scheme files the network learns from (LessonsPicker), read when training starts.
    void setLessonFiles(const QStringList& files);
    [[nodiscard]] int generationPointsShown() const;
    [[nodiscard]] int selfPlayBestRanksShown() const;  // generations whose self-play found one
    [[nodiscard]] bool isTraining() const;
    // The model last trained or loaded ("" when none).
    [[nodiscard]] QString currentModel() const { return current_; }
    [[nodiscard]] int pointsShown() const;
    [[nodiscard]] QString statusText() const;

  public Q_SLOTS:
    bool startTraining();
    void stopTraining();
    // Makes `path` (a model file) the panel's current model; false with a message when it is
    // not a model.
    bool loadModel(const QString& path);
    // The current model becomes the agent's default for its game (QSettings).
    bool makeDefault();

  Q_SIGNALS:
    // The job started (after its lessons were read, if any): the status says what it trains.
    void trainingStarted();
    // The start or the run ended; `ok` when a model was written (also when stopped after a step).
    void trainingFinished(bool ok);

  private:
    [[nodiscard]] CoefficientSet currentSet() const;  // the form's
    QFormLayout* createForm();
    QHBoxLayout* createLoopControls();
    void createSelfPlayControls();
    class Listener;
    void onStep(long long step, double policyLoss, double valueLoss, double rate);
    // `selfPlayBestRank`: the lowest rank of the generation's self-play schemes (0: none).
    void onGeneration(int generation, double successRate, double meanRank, int selfPlayBestRank,
                      long long buffer);
    struct Request;
    // The form's values, or nothing with the reason in the status line.
    [[nodiscard]] std::optional<Request> requestFromForm();
    void readLessonsThenTrain(const nn::Services& network, const Request& request);
    void onLessonsRead(const nn::Services& network, const Request& request,
                       const std::shared_ptr<LessonsPicker::Read>& read);
    // Starts the job; false with the reason in the status line.
    bool train(const nn::Services& network, const Request& request, search::FileLessons lessons);
    // The job that trains: a Trainer, or expert iteration with generations; no job with the
    // reason in the status line.
    nn::TrainingJob makeJob(const nn::Services& network, const Request& request,
                            search::FileLessons lessons);
    void onFinished(const QString& out, const QString& error, long long steps, bool stopped);
    void setStatus(const QString& text);
    void updateButtons();

    QString folder_;
    QString current_;
    QLineEdit* size_;
    QComboBox* set_;
    QSpinBox* time_;
    QSpinBox* steps_;
    QSpinBox* seed_;
    QSpinBox* generations_;
    QSpinBox* games_;
    QSpinBox* runGames_;
    QSpinBox* lessonRank_;
    QCheckBox* randomBases_;
    LessonsPicker* lessons_;
    LossChart* lossChart_;
    GenerationChart* generationChart_;
    QStackedWidget* charts_;  // the losses, or the generations when the loop runs
    QPushButton* start_;
    QPushButton* stop_;
    QPushButton* load_;
    QPushButton* default_;
    QLabel* status_;
    EngineBridge* bridge_;    // owns the lessons' reading, then the trainer; shut down first
    bool stopAsked_ = false;  // since the last start
    std::unique_ptr<Listener> listener_;
};

// The model the user made the agent's default for a game, if any (QSettings; "" when none or
// when the file is gone).
[[nodiscard]] QString userDefaultModel(const TensorSize& size, CoefficientSet set);

}  // namespace tg
