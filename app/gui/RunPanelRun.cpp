// RunPanel's run: the measurements in the background and their points on the charts.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

#include "RunPanel.h"
#include "core/apply/ApplyBench.h"
#include "core/apply/ErrorBound.h"
#include "core/apply/RecursiveProduct.h"
#include "core/run/Task.h"
#include "widgets/EngineBridge.h"

namespace tg {

bool RunPanel::startRun() {
    const auto sizes = parsedSizes();
    if (!scheme_ || !sizes || isRunning()) {
        if (!sizes)
            status_->setText(
                tr("Sizes must be whole numbers from 1 to 4096, "
                   "separated by commas."));
        return false;
    }
    apply::BenchConfig config;
    config.useFloat = type_->currentIndex() == 1;
    unitRoundoff_ = config.useFloat ? apply::kUnitRoundoffFloat : apply::kUnitRoundoffDouble;
    config.naiveMax = naiveMax_->value();
    const int cutoff = cutoff_->value();
    clearPlots();
    sizesDone_ = 0;
    progress_->setRange(0, static_cast<int>(sizes->size()));
    progress_->setValue(0);
    status_->setText(tr("Running\u2026"));
    // The plan is made by the run, not here: a large scheme's takes seconds (and the budget
    // declines the largest, whose plans take minutes and cannot be stopped).
    auto cannotRun = std::make_shared<QString>();
    auto work = [this, scheme = *scheme_, config, cutoff, sizes = *sizes,
                 cannotRun](const std::atomic<bool>& stop) {
        apply::BenchConfig c = config;
        c.stop = &stop;
        int chosen = cutoff;
        try {
            std::optional<apply::ApplyPlan> quick;
            try {
                quick = apply::makePlanWithin(scheme, &stop);
                if (!quick && !stop)
                    *cannotRun =
                        tr("too many terms to plan the shared additions in a few "
                           "seconds (tensorgame-cli bench apply runs it, given minutes)");
            } catch (const std::exception& e) {
                *cannotRun = QString::fromStdString(e.what());
            }
            if (!quick) return 0;
            const apply::ApplyPlan& plan = *quick;
            if (chosen <= 0) chosen = apply::chooseCutoff(plan, sizes.back(), c);
            for (const int n : sizes) {
                const apply::SizeResult r = apply::measureSize(plan, n, chosen, c);
                bridge_->post([this, r] { addResult(r); });
            }
        } catch (const apply::ApplyStopped&) {
            // Stop was asked for: the run ends as stopped (its reason), not as failed.
        }
        return chosen;
    };
    auto done = [this, cannotRun](std::optional<int>, const std::string& error,
                                  run::EndReason why) {
        const bool stopped = why == run::EndReason::Stopped;
        const QString failure = cannotRun->isEmpty() ? QString::fromStdString(error) : *cannotRun;
        bridge_->postLast([this, failure, stopped] { onFinished(failure, stopped); });
    };
    bridge_->start(std::make_unique<run::Task<int>>(work, done));
    updateButtons();
    return true;
}

void RunPanel::stopRun() {
    bridge_->stop();
}

void RunPanel::addPoint(Plot& plot, Line line, double n, double y) {
    if (!(y > 0) || !std::isfinite(y)) return;  // a log axis has no place for 0
    QLineSeries* series = plot.lines[std::size_t(line)];
    series->append(n, y);
    // The axes span every point so far: n with a margin of a factor 2 (a step on its base-2
    // axis), the values to whole decades, so that the log axis always has labelled ticks.
    double lo = y;
    double hi = y;
    double nLo = n;
    double nHi = n;
    for (const QLineSeries* s : plot.lines)
        for (const QPointF& p : s->points()) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
            nLo = std::min(nLo, p.x());
            nHi = std::max(nHi, p.x());
        }
    plot.x->setRange(nLo / 2, nHi * 2);
    plot.y->setRange(std::pow(10.0, std::floor(std::log10(lo))),
                     std::pow(10.0, std::ceil(std::log10(hi * 1.0001))));
}

void RunPanel::addResult(const apply::SizeResult& r) {
    const double n = r.n;
    addPoint(time_, Line::Scheme, n, r.scheme.seconds);
    addPoint(time_, Line::Eigen, n, r.eigen.seconds);
    addPoint(error_, Line::Scheme, n, r.schemeError / unitRoundoff_);
    addPoint(error_, Line::Eigen, n, r.eigenError / unitRoundoff_);
    if (r.naive) {
        addPoint(time_, Line::Naive, n, r.naive->seconds);
        addPoint(error_, Line::Naive, n, *r.naiveError / unitRoundoff_);
    }
    progress_->setValue(++sizesDone_);
    status_->setText(tr("n = %1: scheme %2 s (%n level(s), cutoff %3), Eigen %4 s; relative "
                        "errors %5 and %6",
                        nullptr, r.levels)
                         .arg(r.n)
                         .arg(r.scheme.seconds, 0, 'g', 3)
                         .arg(r.cutoff)
                         .arg(r.eigen.seconds, 0, 'g', 3)
                         .arg(r.schemeError, 0, 'e', 2)
                         .arg(r.eigenError, 0, 'e', 2));
}

void RunPanel::onFinished(const QString& error, bool stopped) {
    if (stopped)
        status_->setText(tr("Stopped after %n size(s).", nullptr, sizesDone_));
    else if (!error.isEmpty())
        status_->setText(tr("The run failed: %1").arg(error));
    updateButtons();
    Q_EMIT runFinished(!stopped && error.isEmpty());
}

void RunPanel::updateButtons() {
    const bool running = isRunning();
    start_->setEnabled(!running && scheme_.has_value());
    stop_->setEnabled(running);
    for (QWidget* w : std::initializer_list<QWidget*>{sizes_, cutoff_, type_, naiveMax_})
        w->setEnabled(!running);
}

}  // namespace tg
