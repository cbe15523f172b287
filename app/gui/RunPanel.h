#pragma once
// "Does it pay off?": the scheme on show, applied recursively to random n x n matrices
// (core/apply), timed and checked beside Eigen's product and the classical loop, size after
// size in the background (run::Task through the EngineBridge), with two charts: time against n
// and relative error against n (both on log scales). What `tensorgame-cli bench apply` prints.
#include <QWidget>
#include <optional>
#include <vector>

#include "core/tensor/Scheme.h"

class QChart;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QLogValueAxis;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace tg {

class EngineBridge;

namespace apply {
struct SizeResult;
}

class RunPanel : public QWidget {
    Q_OBJECT

  public:
    enum class Chart { Time, Error };
    enum class Line { Scheme, Eigen, Naive };

    explicit RunPanel(QWidget* parent = nullptr);
    ~RunPanel() override;  // stops a run and joins it

    // The scheme the next run uses (the window passes the one on show).
    void setScheme(const Scheme& scheme);
    // The form, for tests and scripted use: sizes "64,128,256"; cutoff 0 means auto.
    void setSizes(const QString& sizes);
    void setCutoff(int cutoff);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] int pointCount(Chart chart, Line line) const;
    [[nodiscard]] QString statusText() const;

  public Q_SLOTS:
    bool startRun();
    void stopRun();

  Q_SIGNALS:
    void runFinished(bool completed);

  private:
    struct Plot {
        QChart* chart = nullptr;
        QLogValueAxis* x = nullptr;
        QLogValueAxis* y = nullptr;
        std::vector<QLineSeries*> lines;  // by Line
    };
    Plot createPlot(const QString& title, const QString& yTitle);
    [[nodiscard]] std::optional<std::vector<int>> parsedSizes() const;
    void addResult(const apply::SizeResult& r);
    void addPoint(Plot& plot, Line line, double n, double y);
    void onFinished(const QString& error, bool stopped);
    void clearPlots();
    void updateButtons();

    std::optional<Scheme> scheme_;
    QLabel* schemeLabel_;
    QLineEdit* sizes_;
    QSpinBox* cutoff_;
    QComboBox* type_;
    QSpinBox* naiveMax_;
    QPushButton* start_;
    QPushButton* stop_;
    QProgressBar* progress_;
    QLabel* status_;
    Plot time_;
    Plot error_;
    int sizesDone_ = 0;
    double unitRoundoff_ = 1;  // of the running type: the error chart's unit
    EngineBridge* bridge_;
};

}  // namespace tg
