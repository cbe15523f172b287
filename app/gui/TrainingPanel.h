#pragma once
// Training the agent's network from the app: a size and coefficient set, a time limit and a
// seed; the trainer runs in its own thread (core/nn/Trainer) and its losses arrive through the
// EngineBridge and are drawn as curves. The model is written to the user's models folder at the
// end (and when stopped); it can be made the agent's default for its game, and any model file
// can be loaded and made the default. The agent then uses it in the Agent and Search docks.
#include <QWidget>
#include <memory>

#include "core/game/CoefficientSet.h"
#include "core/tensor/TensorSize.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QSpinBox;
class QValueAxis;

namespace tg {

class EngineBridge;

class TrainingPanel : public QWidget {
    Q_OBJECT

  public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    // Stops the training and waits for its last step; the model is written before.
    ~TrainingPanel() override;

    // Where new models go (default: AppDataLocation/models).
    void setModelFolder(const QString& folder);
    [[nodiscard]] QString modelFolder() const { return folder_; }
    // Fills the form (tests and scripted use): size "n,m,p", set "mod2" / "-1..1" / "-2..2".
    void setGame(const QString& size, const QString& set);
    void setTimeLimit(int seconds);
    void setSteps(int steps);  // 0: by time only
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
    void trainingFinished(bool ok);

  private:
    QChartView* createLossChart();
    class Listener;
    void onStep(long long step, double policyLoss, double valueLoss, double rate);
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
    QPushButton* start_;
    QPushButton* stop_;
    QPushButton* load_;
    QPushButton* default_;
    QLabel* status_;
    QChart* chart_;
    QLineSeries* policy_;
    QLineSeries* value_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    double maxLoss_ = 1;
    EngineBridge* bridge_;  // owns the trainer; shut down before the listener goes
    std::unique_ptr<Listener> listener_;
};

// The model the user made the agent's default for a game, if any (QSettings; "" when none or
// when the file is gone).
[[nodiscard]] QString userDefaultModel(const TensorSize& size, CoefficientSet set);

}  // namespace tg
