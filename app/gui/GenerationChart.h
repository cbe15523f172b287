#pragma once
// The curve of expert iteration in the Training dock: per generation, the share of evaluation
// games that reached the target (left axis, percent), the mean rank of the schemes they led to
// and the best rank self-play reached (right axis), drawn as generations finish. The last one
// is what moves on <3,3,3>, where single evaluation games stay at the naive 27 and the runs of
// self-play reach 25 to 23.
#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace tg {

class GenerationChart : public QChartView {
    Q_OBJECT

  public:
    explicit GenerationChart(QWidget* parent = nullptr);

    void clear();
    // `successRate` in [0, 1]; `selfPlayBestRank` 0 when self-play found no scheme (no point).
    void addGeneration(int generation, double successRate, double meanRank, int selfPlayBestRank);
    [[nodiscard]] int points() const;          // generations drawn
    [[nodiscard]] int bestRankPoints() const;  // those with a self-play scheme

  private:
    QLineSeries* success_;
    QLineSeries* rank_;
    QLineSeries* bestRank_;
    QValueAxis* xAxis_;
    QValueAxis* successAxis_;
    QValueAxis* rankAxis_;
    double minRank_ = 0;
    double maxRank_ = 1;
};

}  // namespace tg
