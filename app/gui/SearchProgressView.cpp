#include "SearchProgressView.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace tg {

namespace {
constexpr int kPathRole = Qt::UserRole;
}  // namespace

QString searchSecondsText(double seconds) {
    return QCoreApplication::translate("SearchDock", "%1 s")
        .arg(seconds, 0, 'f', seconds < 10 ? 2 : 1);
}

SearchProgressView::SearchProgressView(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout;
    best_ = new QLabel(this);
    best_->setObjectName(QStringLiteral("bestRank"));
    elapsed_ = new QLabel(this);
    elapsed_->setObjectName(QStringLiteral("elapsed"));
    rate_ = new QLabel(this);
    rate_->setObjectName(QStringLiteral("rate"));
    detail_ = new QLabel(this);
    detail_->setWordWrap(true);
    grid->addWidget(new QLabel(QCoreApplication::translate("tg::SearchDock", "Best rank:"), this),
                    0, 0);
    grid->addWidget(best_, 0, 1);
    grid->addWidget(new QLabel(QCoreApplication::translate("tg::SearchDock", "Elapsed:"), this), 1,
                    0);
    grid->addWidget(elapsed_, 1, 1);
    grid->addWidget(new QLabel(QCoreApplication::translate("tg::SearchDock", "Speed:"), this), 2,
                    0);
    grid->addWidget(rate_, 2, 1);
    grid->addWidget(detail_, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(createChart(), 2);
    layout->addWidget(
        new QLabel(QCoreApplication::translate("tg::SearchDock", "Improvements:"), this));
    layout->addWidget(createLog(), 1);
}

QWidget* SearchProgressView::createChart() {
    series_ = new QLineSeries;
    series_->setName(QCoreApplication::translate("tg::SearchDock", "best rank"));
    auto* chart = new QChart;
    chart->addSeries(series_);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    timeAxis_ = new QValueAxis;
    timeAxis_->setTitleText(QCoreApplication::translate("tg::SearchDock", "seconds"));
    timeAxis_->setLabelFormat(QStringLiteral("%.3g"));
    rankAxis_ = new QValueAxis;
    rankAxis_->setTitleText(QCoreApplication::translate("tg::SearchDock", "rank"));
    rankAxis_->setLabelFormat(QStringLiteral("%d"));
    rankAxis_->setTickType(QValueAxis::TicksDynamic);
    rankAxis_->setTickAnchor(0);
    chart->addAxis(timeAxis_, Qt::AlignBottom);
    chart->addAxis(rankAxis_, Qt::AlignLeft);
    series_->attachAxis(timeAxis_);
    series_->attachAxis(rankAxis_);
    auto* view = new QChartView(chart, this);
    view->setObjectName(QStringLiteral("rankChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(170);
    return view;
}

QTreeView* SearchProgressView::createLog() {
    log_ = new QStandardItemModel(0, 3, this);
    log_->setHorizontalHeaderLabels({QCoreApplication::translate("tg::SearchDock", "Time"),
                                     QCoreApplication::translate("tg::SearchDock", "Rank"),
                                     QCoreApplication::translate("tg::SearchDock", "Saved to")});
    logView_ = new QTreeView(this);
    logView_->setObjectName(QStringLiteral("searchLog"));
    logView_->setModel(log_);
    logView_->setRootIsDecorated(false);
    logView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    logView_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    logView_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    logView_->setToolTip(
        QCoreApplication::translate("tg::SearchDock", "Click a result to open it in the explorer"));
    logView_->setMinimumHeight(100);
    const auto open = [this](const QModelIndex& index) { openEntry(index.row()); };
    connect(logView_, &QTreeView::clicked, this, open);
    connect(logView_, &QTreeView::activated, this, open);
    return logView_;
}

void SearchProgressView::begin(int startRank, int targetRank) {
    log_->removeRows(0, log_->rowCount());
    series_->clear();
    shownBest_ = startRank;
    plot(0, startRank);
    timeAxis_->setRange(0, 1);
    const int low = std::max(0, std::min(startRank, targetRank > 0 ? targetRank : startRank) - 1);
    rankAxis_->setRange(low, startRank + 1);
    best_->setText(QString::number(startRank));
    elapsed_->setText(searchSecondsText(0));
    rate_->clear();
    detail_->clear();
}

void SearchProgressView::plot(double seconds, int rank) {
    // A step line: the best rank holds until the moment it drops.
    const int n = series_->count();
    if (n > 0 && rank != shownBest_) series_->append(seconds, shownBest_);
    if (n >= 2 && rank == shownBest_ && series_->at(n - 1).y() == series_->at(n - 2).y())
        series_->replace(n - 1, seconds, rank);
    else
        series_->append(seconds, rank);
    shownBest_ = rank;
    if (seconds > timeAxis_->max()) timeAxis_->setMax(seconds * 1.25);
    if (rank <= rankAxis_->min()) rankAxis_->setMin(rank - 1);
    // Whole ranks only, about five ticks.
    rankAxis_->setTickInterval(std::max(1.0, std::ceil((rankAxis_->max() - rankAxis_->min()) / 5)));
}

void SearchProgressView::showProgress(const SearchProgressInfo& info, const QString& rateUnit) {
    best_->setText(QString::number(info.bestRank));
    elapsed_->setText(searchSecondsText(info.elapsedSeconds));
    rate_->setText(info.rate >= 1e6 ? QCoreApplication::translate("tg::SearchDock", "%1 M %2")
                                          .arg(info.rate / 1e6, 0, 'f', 2)
                                          .arg(rateUnit)
                                    : QCoreApplication::translate("tg::SearchDock", "%1 %2")
                                          .arg(QLocale().toString(qRound64(info.rate)), rateUnit));
    detail_->setText(info.detail);
    if (info.bestRank <= shownBest_) plot(info.elapsedSeconds, info.bestRank);
}

void SearchProgressView::addImprovement(const SearchImprovement& imp) {
    const int rank = imp.scheme.rank();
    best_->setText(QString::number(rank));
    if (rank < shownBest_) plot(imp.seconds, rank);
    addEntry(imp.seconds, rank, imp.path,
             imp.path.isEmpty()
                 ? QCoreApplication::translate("tg::SearchDock", "not saved: %1").arg(imp.error)
                 : imp.description);
}

void SearchProgressView::addEntry(double seconds, int rank, const QString& path,
                                  const QString& what) {
    QList<QStandardItem*> row{
        new QStandardItem(searchSecondsText(seconds)), new QStandardItem(QString::number(rank)),
        new QStandardItem(path.isEmpty() ? what : QFileInfo(path).fileName())};
    row[0]->setData(path, kPathRole);
    row[2]->setToolTip(
        path.isEmpty() ? what
                       : QCoreApplication::translate("tg::SearchDock", "%1\n%2").arg(path, what));
    log_->appendRow(row);
    logView_->scrollTo(row[0]->index());
}

bool SearchProgressView::hasEntry(const QString& path) const {
    for (int i = 0; i < log_->rowCount(); ++i)
        if (log_->index(i, 0).data(kPathRole).toString() == path) return true;
    return false;
}

void SearchProgressView::finish(const SearchOutcome& out) {
    if (out.found) {
        best_->setText(QString::number(out.bestRank));
        plot(out.seconds, std::min(out.bestRank, shownBest_));
    }
    elapsed_->setText(searchSecondsText(out.seconds));
}

QString SearchProgressView::bestRankText() const {
    return best_->text();
}

QList<QPointF> SearchProgressView::rankPoints() const {
    return series_->points();
}

const QAbstractItemModel* SearchProgressView::log() const {
    return log_;
}

void SearchProgressView::openEntry(int row) {
    const QString path = log_->index(row, 0).data(kPathRole).toString();
    if (!path.isEmpty()) Q_EMIT resultActivated(path);
}

}  // namespace tg
