#pragma once
// A search's recorded path (`tensorgame-cli search --path FILE`, or a walk the flip-graph window
// ran) replayed as the walk it was: a chart of rank against step, with the reductions, plus
// transitions and (on paths short enough to show them) flips marked, a slider over the steps,
// and the scheme at the chosen step opened in the explorer on request.
#include <QWidget>
#include <vector>

#include "core/search/SearchTrace.h"

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSlider;
class QValueAxis;

namespace tg {

class WalkReplayPanel : public QWidget {
    Q_OBJECT

  public:
    explicit WalkReplayPanel(QWidget* parent = nullptr);

    // Shows `trace` from step 0; `source` names it (a file name, "a flip search, seed 3").
    void setTrace(search::SearchTrace trace, const QString& source);
    [[nodiscard]] bool hasTrace() const { return !ranks_.empty(); }
    [[nodiscard]] const search::SearchTrace& trace() const { return trace_; }
    [[nodiscard]] int step() const;
    [[nodiscard]] QString summaryText() const;
    // The chart's marked points, per kind (for tests): reductions, plus transitions, flips.
    [[nodiscard]] int markedCount(const QString& kind) const;
    [[nodiscard]] QChartView* chartView() const { return view_; }
    [[nodiscard]] QSlider* slider() const { return slider_; }

  public Q_SLOTS:
    void setStep(int step);
    // Asks for the scheme at the current step to be opened (schemeChosen).
    void openCurrent();

  Q_SIGNALS:
    void stepChanged(int step);
    void schemeChosen(const tg::Scheme& scheme, const QString& source);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QChartView* createChart();
    void fillSeries();

    search::SearchTrace trace_;
    QString source_;
    std::vector<int> ranks_;
    QChart* chart_ = nullptr;
    QChartView* view_ = nullptr;
    QLineSeries* rankLine_ = nullptr;
    QScatterSeries* reductions_ = nullptr;
    QScatterSeries* pluses_ = nullptr;
    QScatterSeries* flips_ = nullptr;
    QScatterSeries* cursor_ = nullptr;
    QValueAxis* stepAxis_ = nullptr;
    QValueAxis* rankAxis_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* position_ = nullptr;
    QPushButton* open_ = nullptr;
};

}  // namespace tg
