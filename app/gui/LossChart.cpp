#include "LossChart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace tg {

LossChart::LossChart(QWidget* parent) : QChartView(parent) {
    policy_ = new QLineSeries;
    policy_->setName(tr("policy loss"));
    value_ = new QLineSeries;
    value_->setName(tr("value loss"));
    auto* chart = new QChart;
    chart->addSeries(policy_);
    chart->addSeries(value_);
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(tr("step"));
    xAxis_->setLabelFormat(QStringLiteral("%d"));
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(tr("loss"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    for (QLineSeries* s : {policy_, value_}) {
        s->attachAxis(xAxis_);
        s->attachAxis(yAxis_);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    clear();
}

void LossChart::clear() {
    policy_->clear();
    value_->clear();
    maxLoss_ = 1;
    xAxis_->setRange(0, 1);
    yAxis_->setRange(0, 1);
}

void LossChart::addStep(long long step, double policyLoss, double valueLoss) {
    policy_->append(static_cast<double>(step), policyLoss);
    value_->append(static_cast<double>(step), valueLoss);
    maxLoss_ = std::max({maxLoss_, policyLoss, valueLoss});
    xAxis_->setRange(0, std::max<double>(1, static_cast<double>(step)));
    yAxis_->setRange(0, maxLoss_ * 1.05);
}

int LossChart::points() const {
    return static_cast<int>(policy_->count());
}

}  // namespace tg
