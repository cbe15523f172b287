#include "RunPanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "core/apply/ApplyBench.h"
#include "core/apply/RecursiveProduct.h"
#include "core/run/Task.h"
#include "widgets/EngineBridge.h"

namespace tg {

RunPanel::RunPanel(QWidget* parent) : QWidget(parent), bridge_(new EngineBridge(this)) {
    setObjectName(QStringLiteral("runPanel"));
    schemeLabel_ = new QLabel(tr("No scheme open."), this);
    schemeLabel_->setWordWrap(true);
    sizes_ = new QLineEdit(QStringLiteral("64,128,256,512"), this);
    sizes_->setObjectName(QStringLiteral("runSizes"));
    sizes_->setToolTip(
        tr("Matrix sizes n, comma-separated: the matrices are n x n, with "
           "entries uniform in [-1, 1]"));
    cutoff_ = new QSpinBox(this);
    cutoff_->setObjectName(QStringLiteral("runCutoff"));
    cutoff_->setRange(0, 4096);
    cutoff_->setSpecialValueText(tr("auto"));
    cutoff_->setValue(64);  // recursion visible at small n; "auto" (0) often picks 512 here
    cutoff_->setToolTip(
        tr("Blocks with a dimension at or below this go to Eigen's product; "
           "auto picks the fastest of 16 \u2026 512 by a quick measurement"));
    type_ = new QComboBox(this);
    type_->addItem(tr("double"));
    type_->addItem(tr("float"));
    naiveMax_ = new QSpinBox(this);
    naiveMax_->setRange(0, 1024);  // the loop checks no stop flag: 1 s at 1024, 8 s at 2048
    naiveMax_->setValue(512);
    naiveMax_->setToolTip(tr("The classical triple loop is slow: it runs only up to this n"));
    start_ = new QPushButton(tr("&Run"), this);
    start_->setObjectName(QStringLiteral("runStart"));
    stop_ = new QPushButton(tr("Sto&p"), this);
    stop_->setObjectName(QStringLiteral("runStop"));
    progress_ = new QProgressBar(this);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("runStatus"));
    status_->setWordWrap(true);
    status_->setText(
        tr("Times are wall clock; errors are relative (Frobenius) against a long "
           "double product of the same matrices."));
    time_ = createPlot(tr("Time"), tr("seconds"));
    // Errors in units of the unit roundoff u of the run's type: numbers near 1 to 100, which
    // read at a glance (and Qt Charts treats values below 1e-12 as zero on a log axis).
    error_ = createPlot(tr("Relative error"), tr("relative error / u"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Sizes:"), sizes_);
    form->addRow(tr("&Cutoff:"), cutoff_);
    form->addRow(tr("&Type:"), type_);
    form->addRow(tr("&Naive up to n:"), naiveMax_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(stop_);
    buttons->addWidget(progress_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(schemeLabel_);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    for (QChart* chart : {time_.chart, error_.chart}) {
        auto* view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        // Small at least, so that the dock's tab group (Agent, Training, Run) lets the window be
        // 600 px high; the charts take whatever height the dock has beyond that.
        view->setMinimumHeight(115);
        layout->addWidget(view, 1);
    }
    connect(start_, &QPushButton::clicked, this, [this] { startRun(); });
    connect(stop_, &QPushButton::clicked, this, &RunPanel::stopRun);
    updateButtons();
}

RunPanel::~RunPanel() {
    bridge_->shutdown();
}

RunPanel::Plot RunPanel::createPlot(const QString& title, const QString& yTitle) {
    Plot plot;
    plot.chart = new QChart;
    plot.chart->setTitle(title);
    plot.x = new QLogValueAxis;
    plot.x->setBase(2);
    plot.x->setLabelFormat(QStringLiteral("%d"));
    plot.x->setTitleText(tr("n"));
    plot.y = new QLogValueAxis;
    plot.y->setLabelFormat(QStringLiteral("%g"));
    plot.y->setTitleText(yTitle);
    plot.chart->addAxis(plot.x, Qt::AlignBottom);
    plot.chart->addAxis(plot.y, Qt::AlignLeft);
    for (const QString& name : {tr("scheme"), tr("Eigen"), tr("naive")}) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        plot.chart->addSeries(series);
        series->attachAxis(plot.x);
        series->attachAxis(plot.y);
        plot.lines.push_back(series);
    }
    plot.chart->legend()->setAlignment(Qt::AlignBottom);
    return plot;
}

void RunPanel::setScheme(const Scheme& scheme) {
    scheme_ = scheme;
    const QString name =
        scheme.name.empty() ? tr("the open scheme") : QString::fromStdString(scheme.name);
    schemeLabel_->setText(tr("%1: %2, rank %3")
                              .arg(name, QString::fromStdString(scheme.size.toString()))
                              .arg(scheme.rank()));
    updateButtons();
}

void RunPanel::setSizes(const QString& sizes) {
    sizes_->setText(sizes);
}

void RunPanel::setCutoff(int cutoff) {
    cutoff_->setValue(cutoff);
}

bool RunPanel::isRunning() const {
    return bridge_->isRunning();
}

int RunPanel::pointCount(Chart chart, Line line) const {
    const Plot& plot = chart == Chart::Time ? time_ : error_;
    return static_cast<int>(plot.lines[std::size_t(line)]->count());
}

QString RunPanel::statusText() const {
    return status_->text();
}

std::optional<std::vector<int>> RunPanel::parsedSizes() const {
    std::vector<int> sizes;
    for (const QString& part : sizes_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 4096) return std::nullopt;  // Eigen at 4096: 9 s, not stoppable
        sizes.push_back(n);
    }
    if (sizes.empty()) return std::nullopt;
    return sizes;
}

void RunPanel::clearPlots() {
    for (Plot* plot : {&time_, &error_})
        for (QLineSeries* s : plot->lines) s->clear();
}

}  // namespace tg
