#pragma once
// The curve of expert iteration in the Training dock: per generation, the share of evaluation
// games that reached the target (left axis, percent) and the mean rank of the schemes they led
// to (right axis), drawn as generations finish.
#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace tg {

class GenerationChart : public QChartView {
    Q_OBJECT

  public:
    explicit GenerationChart(QWidget* parent = nullptr);

    void clear();
    // `successRate` in [0, 1].
    void addGeneration(int generation, double successRate, double meanRank);
    [[nodiscard]] int points() const;

  private:
    QLineSeries* success_;
    QLineSeries* rank_;
    QValueAxis* xAxis_;
    QValueAxis* successAxis_;
    QValueAxis* rankAxis_;
    double minRank_ = 0;
    double maxRank_ = 1;
};

}  // namespace tg
