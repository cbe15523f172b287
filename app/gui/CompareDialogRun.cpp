// CompareDialog's run: each listed scheme on the same random matrices, in float then double,
// in the background; each error lands in its row as it is measured.
#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <exception>
#include <stdexcept>

#include "CompareDialog.h"
#include "core/apply/ApplyBench.h"
#include "core/apply/ErrorBound.h"
#include "core/apply/RecursiveProduct.h"
#include "core/io/SchemeSource.h"
#include "core/run/Task.h"
#include "core/tensor/Cost.h"
#include "widgets/EngineBridge.h"

namespace tg {

namespace {

// Measures one scheme in both types, posting each result through `post`.
template <class Post>
void measureScheme(const QString& spec, int n, int levels, const std::atomic<bool>& stop,
                   Post post) {
    CompareDialog::Measurement m;
    m.spec = spec;
    Scheme scheme;
    apply::ApplyPlan plan;
    try {
        const std::vector<LoadedScheme> loaded = loadSchemes(spec.toStdString());
        if (loaded.empty()) throw std::runtime_error("no scheme");
        scheme = loaded.front().scheme;
        m.mod2 = scheme.field == Field::Z2;
        if (!m.mod2) {
            std::optional<apply::ApplyPlan> quick = apply::makePlanWithin(scheme, &stop);
            if (stop) throw apply::ApplyStopped();
            if (quick)
                plan = std::move(*quick);
            else
                m.failure = QCoreApplication::translate(
                    "tg::CompareDialog",
                    "Too many terms to plan the shared additions quickly: not measured here "
                    "(tensorgame-cli bench apply measures it, given minutes).");
        }
    } catch (const apply::ApplyStopped&) {
        throw;
    } catch (const std::exception& e) {
        m.failure = QString::fromStdString(e.what());
    }
    for (const bool useFloat : {true, false}) {
        m.useFloat = useFloat;
        if (m.failure.isEmpty() && !m.mod2) {
            apply::BenchConfig config;
            config.useFloat = useFloat;
            config.stop = &stop;
            const apply::ErrorSample sample = apply::measureError(plan, n, levels, config);
            m.levels = sample.levels;
            m.error = sample.error;
        }
        post(m);
    }
}

}  // namespace

bool CompareDialog::startRun() {
    if (isRunning() || entries_.empty()) return false;
    QStringList specs;
    for (const CompareEntry& e : entries_) specs << e.spec;
    const int n = size_->value();
    const int levels = levels_->value();
    for (const QString& spec : specs)
        for (const Column c : {FloatErrorColumn, DoubleErrorColumn})
            setCell(spec, c, QString(), std::nullopt);
    measured_ = 0;
    progress_->setRange(0, 2 * int(specs.size()));
    progress_->setValue(0);
    status_->setText(tr("Measuring on %1 \u00d7 %1 matrices\u2026").arg(n));
    auto work = [this, specs, n, levels](const std::atomic<bool>& stop) {
        int measured = 0;
        try {
            for (const QString& spec : specs) {
                measureScheme(spec, n, levels, stop, [this](const Measurement& m) {
                    bridge_->post([this, m] { showMeasurement(m); });
                });
                ++measured;
            }
        } catch (const apply::ApplyStopped&) {
            // Stop was asked for: the run ends as stopped, not as failed.
        }
        return measured;
    };
    auto done = [this](std::optional<int>, const std::string& error, run::EndReason why) {
        const bool stopped = why == run::EndReason::Stopped;
        bridge_->postLast(
            [this, error = QString::fromStdString(error), stopped] { onFinished(error, stopped); });
    };
    bridge_->start(std::make_unique<run::Task<int>>(work, done));
    updateButtons();
    return true;
}

void CompareDialog::stopRun() {
    bridge_->stop();
}

bool CompareDialog::isRunning() const {
    return bridge_->isRunning();
}

void CompareDialog::showMeasurement(const Measurement& m) {
    const Column column = m.useFloat ? FloatErrorColumn : DoubleErrorColumn;
    if (m.mod2) {
        setCell(m.spec, column, tr("\u2014"), std::nullopt,
                tr("Valid only modulo 2: over the real numbers this scheme does not compute "
                   "the product, so it has no rounding error to measure."));
    } else if (!m.failure.isEmpty()) {
        setCell(m.spec, column, tr("\u2014"), std::nullopt, m.failure);
    } else {
        const double u = m.useFloat ? apply::kUnitRoundoffFloat : apply::kUnitRoundoffDouble;
        setCell(m.spec, column, QString::number(m.error, 'e', 2), m.error,
                tr("%1 u (u: the unit roundoff of the type); levels L = %2, n = %3")
                    .arg(m.error / u, 0, 'f', 1)
                    .arg(m.levels)
                    .arg(size_->value()));
    }
    progress_->setValue(++measured_);
    if (sortColumn_ >= 0) table_->sortItems(sortColumn_, sortOrder_);
}

void CompareDialog::onFinished(const QString& error, bool stopped) {
    if (stopped)
        status_->setText(tr("Stopped after %n measurement(s).", nullptr, measured_));
    else if (!error.isEmpty())
        status_->setText(tr("The measurement failed: %1").arg(error));
    else
        status_->setText(tr("Done: every scheme measured in float and double."));
    updateButtons();
    Q_EMIT runFinished(!stopped && error.isEmpty());
}

void CompareDialog::updateButtons() {
    const bool running = isRunning();
    start_->setEnabled(!running && !entries_.empty());
    stop_->setEnabled(running);
    size_->setEnabled(!running);
    levels_->setEnabled(!running);
}

}  // namespace tg
