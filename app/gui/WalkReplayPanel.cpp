#include "WalkReplayPanel.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "core/search/SearchTraceRead.h"

namespace tg {

namespace {

// Flips are most of a long walk's steps: past this many, every k-th is marked (the summary
// says so), or the markers would hide the rank line.
constexpr int kMaxFlipMarkers = 1500;

QScatterSeries* markerSeries(const QString& name, const QColor& color, double size,
                             QScatterSeries::MarkerShape shape) {
    auto* s = new QScatterSeries;
    s->setName(name);
    s->setColor(color);
    s->setBorderColor(color.darker(140));
    s->setMarkerSize(size);
    s->setMarkerShape(shape);
    return s;
}

}  // namespace

WalkReplayPanel::WalkReplayPanel(QWidget* parent) : QWidget(parent) {
    summary_ = new QLabel(tr("No path open. Use File > Open Search Path to open one written by "
                             "tensorgame-cli search --path FILE, or walk a flip search on the "
                             "graph."),
                          this);
    summary_->setWordWrap(true);
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setEnabled(false);
    slider_->setAccessibleName(tr("Step of the walk"));
    position_ = new QLabel(this);
    open_ = new QPushButton(tr("Open This Step in the Explorer"), this);
    open_->setEnabled(false);
    connect(slider_, &QSlider::valueChanged, this, &WalkReplayPanel::setStep);
    connect(open_, &QPushButton::clicked, this, &WalkReplayPanel::openCurrent);

    auto* row = new QHBoxLayout;
    row->addWidget(slider_, 1);
    row->addWidget(position_);
    row->addWidget(open_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(createChart(), 1);
    layout->addLayout(row);
}

QChartView* WalkReplayPanel::createChart() {
    chart_ = new QChart;
    rankLine_ = new QLineSeries;
    rankLine_->setName(tr("rank"));
    rankLine_->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
    reductions_ = markerSeries(tr("reduction"), QColor(0x00, 0x9E, 0x73), 9,
                               QScatterSeries::MarkerShapeTriangle);
    pluses_ = markerSeries(tr("plus transition"), QColor(0xE6, 0x9F, 0x00), 9,
                           QScatterSeries::MarkerShapeRectangle);
    flips_ =
        markerSeries(tr("flip"), QColor(0x99, 0x99, 0x99), 4, QScatterSeries::MarkerShapeCircle);
    cursor_ = markerSeries(tr("step on show"), QColor(0xD5, 0x5E, 0x00), 14,
                           QScatterSeries::MarkerShapeCircle);
    stepAxis_ = new QValueAxis;
    stepAxis_->setTitleText(tr("step"));
    stepAxis_->setLabelFormat(QStringLiteral("%d"));
    rankAxis_ = new QValueAxis;
    rankAxis_->setTitleText(tr("rank"));
    rankAxis_->setLabelFormat(QStringLiteral("%d"));
    chart_->addAxis(stepAxis_, Qt::AlignBottom);
    chart_->addAxis(rankAxis_, Qt::AlignLeft);
    for (QXYSeries* s :
         std::initializer_list<QXYSeries*>{flips_, rankLine_, reductions_, pluses_, cursor_}) {
        chart_->addSeries(s);
        s->attachAxis(stepAxis_);
        s->attachAxis(rankAxis_);
    }
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    view_ = new QChartView(chart_, this);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumHeight(220);
    view_->viewport()->installEventFilter(this);
    view_->setToolTip(tr("Click the chart to show that step"));
    return view_;
}

void WalkReplayPanel::setTrace(search::SearchTrace trace, const QString& source) {
    trace_ = std::move(trace);
    source_ = source;
    ranks_ = search::traceRanks(trace_);
    fillSeries();
    const int length = trace_.length();
    const int flips = trace_.count("flip");
    QString text = tr("%1: %2 steps from rank %3 to %4: %5 flips, %6 reductions, %7 plus "
                      "transitions.")
                       .arg(source_)
                       .arg(length)
                       .arg(ranks_.front())
                       .arg(ranks_.back())
                       .arg(flips)
                       .arg(trace_.count("reduction"))
                       .arg(trace_.count("plus"));
    if (flips > kMaxFlipMarkers)
        text +=
            QLatin1Char(' ') +
            tr("One flip in %1 is marked.").arg((flips + kMaxFlipMarkers - 1) / kMaxFlipMarkers);
    summary_->setText(text);
    slider_->blockSignals(true);
    slider_->setRange(0, length);
    slider_->setValue(0);
    slider_->blockSignals(false);
    slider_->setEnabled(true);
    open_->setEnabled(true);
    setStep(0);
}

void WalkReplayPanel::fillSeries() {
    for (QXYSeries* s :
         std::initializer_list<QXYSeries*>{rankLine_, reductions_, pluses_, flips_, cursor_})
        s->clear();
    const int length = trace_.length();
    const int flips = trace_.count("flip");
    const int every = std::max(1, (flips + kMaxFlipMarkers - 1) / kMaxFlipMarkers);
    QList<QPointF> line{{0, double(ranks_.front())}};
    QList<QPointF> red;
    QList<QPointF> plus;
    QList<QPointF> flip;
    int flipIndex = 0;
    for (int k = 1; k <= length; ++k) {
        const double r = ranks_[std::size_t(k)];
        if (ranks_[std::size_t(k)] != ranks_[std::size_t(k - 1)]) {
            line.append({double(k), double(ranks_[std::size_t(k - 1)])});  // a step, not a slope
            line.append({double(k), r});
        }
        const std::string& kind = trace_.steps[std::size_t(k - 1)].kind;
        if (kind == "reduction") red.append({double(k), r});
        if (kind == "plus") plus.append({double(k), r});
        if (kind == "flip" && flipIndex++ % every == 0) flip.append({double(k), r});
    }
    line.append({double(length), double(ranks_.back())});
    rankLine_->replace(line);
    reductions_->replace(red);
    pluses_->replace(plus);
    flips_->replace(flip);
    const auto [lo, hi] = std::minmax_element(ranks_.begin(), ranks_.end());
    stepAxis_->setRange(0, std::max(1, length));
    rankAxis_->setRange(*lo - 1, *hi + 1);
    rankAxis_->setTickCount(std::min(*hi - *lo + 3, 12));
}

int WalkReplayPanel::step() const {
    return slider_->value();
}

QString WalkReplayPanel::summaryText() const {
    return summary_->text();
}

int WalkReplayPanel::markedCount(const QString& kind) const {
    if (kind == QLatin1String("reduction")) return int(reductions_->count());
    if (kind == QLatin1String("plus")) return int(pluses_->count());
    if (kind == QLatin1String("flip")) return int(flips_->count());
    return 0;
}

void WalkReplayPanel::setStep(int step) {
    if (!hasTrace()) return;
    step = std::clamp(step, 0, trace_.length());
    if (slider_->value() != step) {
        slider_->setValue(step);  // comes back here through valueChanged
        return;
    }
    cursor_->replace(QList<QPointF>{{double(step), double(ranks_[std::size_t(step)])}});
    QString kind = tr("start");
    if (step > 0) {
        const std::string& k = trace_.steps[std::size_t(step - 1)].kind;
        kind = k == "flip"        ? tr("flip")
               : k == "reduction" ? tr("reduction")
                                  : tr("plus transition");
    }
    position_->setText(tr("Step %1 of %2 (%3), rank %4")
                           .arg(step)
                           .arg(trace_.length())
                           .arg(kind)
                           .arg(ranks_[std::size_t(step)]));
    Q_EMIT stepChanged(step);
}

void WalkReplayPanel::openCurrent() {
    if (!hasTrace()) return;
    Scheme s = trace_.schemeAt(step());
    s.name = tr("%1, step %2").arg(source_).arg(step()).toStdString();
    Q_EMIT schemeChosen(s, tr("%1, step %2").arg(source_).arg(step()));
}

bool WalkReplayPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport() && event->type() == QEvent::MouseButtonPress && hasTrace()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF inChart =
            chart_->mapFromScene(view_->mapToScene(mouse->position().toPoint()));
        const QPointF value = chart_->mapToValue(inChart, rankLine_);
        setStep(int(std::lround(value.x())));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace tg
