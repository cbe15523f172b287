#include "GenerationChart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace tg {

GenerationChart::GenerationChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("generationChart"));
    success_ = new QLineSeries;
    success_->setName(tr("success rate (%)"));
    rank_ = new QLineSeries;
    rank_->setName(tr("mean rank"));
    bestRank_ = new QLineSeries;
    bestRank_->setName(tr("self-play's best rank"));
    auto* chart = new QChart;
    chart->addSeries(success_);
    chart->addSeries(rank_);
    chart->addSeries(bestRank_);
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(tr("generation"));
    xAxis_->setLabelFormat(QStringLiteral("%d"));
    successAxis_ = new QValueAxis;
    successAxis_->setTitleText(tr("success (%)"));
    successAxis_->setRange(0, 100);
    successAxis_->setLabelFormat(QStringLiteral("%d"));
    rankAxis_ = new QValueAxis;
    rankAxis_->setTitleText(tr("rank"));
    rankAxis_->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(successAxis_, Qt::AlignLeft);
    chart->addAxis(rankAxis_, Qt::AlignRight);
    success_->attachAxis(xAxis_);
    success_->attachAxis(successAxis_);
    rank_->attachAxis(xAxis_);
    rank_->attachAxis(rankAxis_);
    bestRank_->attachAxis(xAxis_);
    bestRank_->attachAxis(rankAxis_);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
    clear();
}

void GenerationChart::clear() {
    success_->clear();
    rank_->clear();
    bestRank_->clear();
    xAxis_->setRange(1, 2);
    rankAxis_->setRange(0, 1);
    minRank_ = 0;
    maxRank_ = 1;
}

void GenerationChart::addGeneration(int generation, double successRate, double meanRank,
                                    int selfPlayBestRank) {
    const bool first = rank_->count() == 0;
    success_->append(generation, 100.0 * successRate);
    rank_->append(generation, meanRank);
    minRank_ = first ? meanRank : std::min(minRank_, meanRank);
    maxRank_ = first ? meanRank : std::max(maxRank_, meanRank);
    if (selfPlayBestRank > 0) {
        bestRank_->append(generation, selfPlayBestRank);
        minRank_ = std::min(minRank_, static_cast<double>(selfPlayBestRank));
        maxRank_ = std::max(maxRank_, static_cast<double>(selfPlayBestRank));
    }
    // Whole ranks around the values, so that a flat curve is not drawn on the frame.
    rankAxis_->setRange(std::floor(minRank_) - 1, std::ceil(maxRank_) + 1);
    rankAxis_->applyNiceNumbers();  // ticks on round ranks, not 11.3 and 13.8
    const auto firstGeneration = static_cast<int>(rank_->at(0).x());
    xAxis_->setRange(firstGeneration, std::max(generation, firstGeneration + 1));
}

int GenerationChart::points() const {
    return static_cast<int>(rank_->count());
}

int GenerationChart::bestRankPoints() const {
    return static_cast<int>(bestRank_->count());
}

}  // namespace tg
