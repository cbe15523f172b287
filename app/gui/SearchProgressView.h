#pragma once
// The Search dock's view of a run: the best rank, the time, the speed and the engine's own line,
// a chart of the best rank against time, and the log of the results saved (a click on one asks
// to open it). It shows what it is told; the dock tells it what the runner reports.
//
// Its strings keep the translation context of SearchDock, where they were first written, so
// that the existing translations still find them.

#include <QList>
#include <QPointF>
#include <QWidget>

#include "widgets/SearchRunner.h"

class QAbstractItemModel;
class QLabel;
class QLineSeries;
class QStandardItemModel;
class QTreeView;
class QValueAxis;

namespace tg {

// "1.25 s": the times the dock shows.
[[nodiscard]] QString searchSecondsText(double seconds);

class SearchProgressView : public QWidget {
    Q_OBJECT

  public:
    explicit SearchProgressView(QWidget* parent = nullptr);

    // A run starts from `startRank`, aiming at `targetRank` (0: none): the chart and log restart.
    void begin(int startRank, int targetRank);
    // `rateUnit`: what the engine's rate counts ("flips/s").
    void showProgress(const SearchProgressInfo& info, const QString& rateUnit);
    void addImprovement(const SearchImprovement& improvement);
    // A log row: `path` where the result was saved (empty: not saved), `what` says what it is.
    void addEntry(double seconds, int rank, const QString& path, const QString& what);
    [[nodiscard]] bool hasEntry(const QString& path) const;
    // The run's end: its best rank and time.
    void finish(const SearchOutcome& outcome);

    [[nodiscard]] QString bestRankText() const;
    // The chart's step line: (seconds, best rank) from the start.
    [[nodiscard]] QList<QPointF> rankPoints() const;
    // One row per logged result: time, rank, the file's name (or why it was not saved); the
    // path in Qt::UserRole of column 0.
    [[nodiscard]] const QAbstractItemModel* log() const;

  public Q_SLOTS:
    // What a click on row `row` of the log does: asks to open its result, if it was saved.
    void openEntry(int row);

  Q_SIGNALS:
    void resultActivated(const QString& path);

  private:
    QWidget* createChart();
    QTreeView* createLog();
    void plot(double seconds, int rank);

    int shownBest_ = 0;
    QLabel* best_ = nullptr;
    QLabel* elapsed_ = nullptr;
    QLabel* rate_ = nullptr;
    QLabel* detail_ = nullptr;
    QLineSeries* series_ = nullptr;
    QValueAxis* timeAxis_ = nullptr;
    QValueAxis* rankAxis_ = nullptr;
    QStandardItemModel* log_ = nullptr;
    QTreeView* logView_ = nullptr;
};

}  // namespace tg
