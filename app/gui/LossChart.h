#pragma once
// The Training dock's losses: the policy and value losses against the training step, drawn as
// steps arrive (the generations' curve is GenerationChart's).
#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace tg {

class LossChart : public QChartView {
    Q_OBJECT

  public:
    explicit LossChart(QWidget* parent = nullptr);

    void clear();
    void addStep(long long step, double policyLoss, double valueLoss);
    [[nodiscard]] int points() const;  // steps drawn

  private:
    QLineSeries* policy_;
    QLineSeries* value_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
    double maxLoss_ = 1;
};

}  // namespace tg
