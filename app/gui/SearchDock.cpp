#include "SearchDock.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "LibraryDock.h"
#include "MainWindow.h"
#include "SearchEngines.h"
#include "core/catalog/BestKnownRanks.h"

namespace tg {

namespace {

constexpr int kPathRole = Qt::UserRole;
const QString kTargetKey = QStringLiteral("search/target");
const QString kEngineKey = QStringLiteral("search/engine");
const QString kFieldKey = QStringLiteral("search/field");
const QString kSizeKey = QStringLiteral("search/size");
const QString kFromSchemeKey = QStringLiteral("search/fromScheme");
const QString kTimeLimitKey = QStringLiteral("search/timeLimit");
const QString kThreadsKey = QStringLiteral("search/threads");
const QString kSeedKey = QStringLiteral("search/seed");
const QString kModelKey = QStringLiteral("search/model");

QString sizeText(const TensorSize& s) {
    return QStringLiteral("<%1,%2,%3>").arg(s.n).arg(s.m).arg(s.p);
}

QString secondsText(double seconds) {
    return QCoreApplication::translate("SearchDock", "%1 s")
        .arg(seconds, 0, 'f', seconds < 10 ? 2 : 1);
}

}  // namespace

SearchDock* SearchDock::install(MainWindow* window) {
    auto* search = new SearchDock(window);
    auto* dock = new QDockWidget(tr("Search"), window);
    dock->setObjectName(QStringLiteral("searchDock"));
    auto* scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(search);
    dock->setWidget(scroll);
    search->dock_ = dock;
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    // A tab beside the formulas, which stay in front until a search starts.
    if (auto* formulas = window->findChild<QDockWidget*>(QStringLiteral("formulaDock"))) {
        window->tabifyDockWidget(formulas, dock);
        formulas->raise();
    }
    connect(search, &SearchDock::resultSaved, window->library(), &LibraryDock::addResult);
    connect(search, &SearchDock::openRequested, window, &MainWindow::openInteractive);
    connect(window, &MainWindow::schemeShown, search, &SearchDock::schemeShown);
    window->installEventFilter(search);
    return search;
}

SearchDock::SearchDock(MainWindow* window)
    : QWidget(window), window_(window), resultsFolder_(ResultStore::defaultFolder()) {
    setObjectName(QStringLiteral("searchPanel"));
    startAction_ = new QAction(tr("&Start Search"), this);
    startAction_->setObjectName(QStringLiteral("startSearch"));
    startAction_->setShortcut(QKeySequence(Qt::Key_F5));
    startAction_->setStatusTip(tr("Run the search set up in the Search panel in the background"));
    connect(startAction_, &QAction::triggered, this, [this] {
        if (dock_) {
            dock_->show();
            dock_->raise();
        }
        startSearch();
    });
    stopAction_ = new QAction(tr("S&top Search"), this);
    stopAction_->setObjectName(QStringLiteral("stopSearch"));
    stopAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    stopAction_->setEnabled(false);
    connect(stopAction_, &QAction::triggered, this, &SearchDock::stopSearch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createSettings());
    layout->addWidget(createProgress(), 1);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("searchStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);
    restoreSettings();
    schemeShown();
    updateEngineControls();
    setRunning(false);
}

// The set-up of the last search started, so that the next session starts from it.
void SearchDock::restoreSettings() {
    const QSettings settings;
    const auto restoreCombo = [&settings](QComboBox* box, const QString& key) {
        const int index = box->findData(settings.value(key));
        if (index >= 0) box->setCurrentIndex(index);
    };
    restoreCombo(target_, kTargetKey);
    restoreCombo(engine_, kEngineKey);
    restoreCombo(field_, kFieldKey);
    const QStringList size = settings.value(kSizeKey).toString().split(QLatin1Char(','));
    if (size.size() == 3)
        for (int k = 0; k < 3; ++k) size_[k]->setValue(size[k].toInt());
    fromScheme_->setChecked(settings.value(kFromSchemeKey, false).toBool());
    timeLimit_->setValue(settings.value(kTimeLimitKey, timeLimit_->value()).toInt());
    threads_->setValue(settings.value(kThreadsKey, threads_->value()).toInt());
    seed_->setValue(settings.value(kSeedKey, seed_->value()).toInt());
    model_->setText(settings.value(kModelKey).toString());
}

void SearchDock::saveSettings() const {
    QSettings settings;
    settings.setValue(kTargetKey, target_->currentData());
    settings.setValue(kEngineKey, engine_->currentData());
    settings.setValue(kFieldKey, field_->currentData());
    settings.setValue(kSizeKey, QStringLiteral("%1,%2,%3")
                                    .arg(size_[0]->value())
                                    .arg(size_[1]->value())
                                    .arg(size_[2]->value()));
    settings.setValue(kFromSchemeKey, fromScheme_->isChecked());
    settings.setValue(kTimeLimitKey, timeLimit_->value());
    settings.setValue(kThreadsKey, threads_->value());
    settings.setValue(kSeedKey, seed_->value());
    settings.setValue(kModelKey, model_->text());
}

SearchDock::~SearchDock() {
    // The runner joins its engine (a few milliseconds); its reports to us stop with it.
    if (runner_) runner_->disconnect(this);
    runner_.reset();
}

QWidget* SearchDock::createSettings() {
    settings_ = new QWidget(this);
    auto* form = new QFormLayout(settings_);
    form->setContentsMargins(0, 0, 0, 0);

    target_ = new QComboBox(settings_);
    target_->setObjectName(QStringLiteral("searchTarget"));
    target_->addItem(tr("Scheme on show"), static_cast<int>(Target::SchemeOnShow));
    target_->addItem(tr("Size"), static_cast<int>(Target::Size));
    form->addRow(tr("&Target:"), target_);

    auto* sizes = new QHBoxLayout;
    for (int k = 0; k < 3; ++k) {
        size_[k] = new QSpinBox(settings_);
        // The flip search packs each factor into 64 bits: n*m, m*p, p*n <= 64.
        size_[k]->setRange(1, 8);
        size_[k]->setValue(2);
        size_[k]->setAccessibleName(tr("Size %1").arg(QLatin1Char("nmp"[k])));
        sizes->addWidget(size_[k]);
        if (k < 2) sizes->addWidget(new QLabel(QStringLiteral("\u00d7"), settings_));
        connect(size_[k], &QSpinBox::valueChanged, this, &SearchDock::updateTargetControls);
    }
    sizes->addStretch(1);
    // Rows that hold a layout get their label's buddy by hand, so that the mnemonic works.
    auto* sizeLabel = new QLabel(tr("Si&ze:"), settings_);
    sizeLabel->setBuddy(size_[0]);
    form->addRow(sizeLabel, sizes);
    fromScheme_ = new QCheckBox(tr("Start from the scheme on show"), settings_);
    fromScheme_->setToolTip(
        tr("Walk from the scheme on show instead of the naive scheme; it must be valid in the "
           "chosen field"));
    form->addRow(QString(), fromScheme_);

    engine_ = new QComboBox(settings_);
    engine_->setObjectName(QStringLiteral("searchEngine"));
    for (const SearchEngine& e : searchEngines()) {
        engine_->addItem(e.title, e.id);
        engine_->setItemData(engine_->count() - 1, e.toolTip, Qt::ToolTipRole);
    }
    form->addRow(tr("&Engine:"), engine_);

    modelRow_ = new QWidget(settings_);
    model_ = new QLineEdit(modelRow_);
    model_->setObjectName(QStringLiteral("searchModel"));
    model_->setPlaceholderText(tr("the default model for the size"));
    auto* browse = new QPushButton(tr("Browse\u2026"), modelRow_);
    connect(browse, &QPushButton::clicked, this, &SearchDock::browseModel);
    auto* modelLayout = new QHBoxLayout(modelRow_);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    modelLayout->addWidget(model_, 1);
    modelLayout->addWidget(browse);
    auto* modelLabel = new QLabel(tr("&Model:"), settings_);
    modelLabel->setBuddy(model_);
    form->addRow(modelLabel, modelRow_);
    connect(engine_, &QComboBox::currentIndexChanged, this, &SearchDock::updateEngineControls);

    field_ = new QComboBox(settings_);
    field_->setObjectName(QStringLiteral("searchField"));
    field_->addItem(tr("Z2 (mod 2)"), QStringLiteral("Z2"));
    field_->addItem(tr("Z, coefficients \u2212"
                       "1, 0, 1"),
                    QStringLiteral("Z"));
    form->addRow(tr("&Field:"), field_);

    targetRank_ = new QSpinBox(settings_);
    targetRank_->setObjectName(QStringLiteral("targetRank"));
    targetRank_->setRange(0, 4096);
    targetRank_->setSpecialValueText(tr("none"));
    targetRank_->setToolTip(tr("Stop when this rank is reached; none: improve until stopped"));
    bestKnown_ = new QLabel(settings_);
    auto* rankRow = new QHBoxLayout;
    rankRow->addWidget(targetRank_);
    rankRow->addWidget(bestKnown_, 1);
    auto* rankLabel = new QLabel(tr("Target &rank:"), settings_);
    rankLabel->setBuddy(targetRank_);
    form->addRow(rankLabel, rankRow);

    timeLimit_ = new QSpinBox(settings_);
    timeLimit_->setObjectName(QStringLiteral("timeLimit"));
    timeLimit_->setRange(0, 7 * 24 * 3600);
    timeLimit_->setValue(60);
    timeLimit_->setSuffix(tr(" s"));
    timeLimit_->setSpecialValueText(tr("none"));
    form->addRow(tr("Time &limit:"), timeLimit_);

    threads_ = new QSpinBox(settings_);
    threads_->setObjectName(QStringLiteral("threads"));
    threads_->setRange(1, 256);
    threads_->setValue(std::max(1, QThread::idealThreadCount()));
    form->addRow(tr("T&hreads:"), threads_);

    seed_ = new QSpinBox(settings_);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(1);
    form->addRow(tr("See&d:"), seed_);

    connect(target_, &QComboBox::currentIndexChanged, this, &SearchDock::updateTargetControls);
    connect(field_, &QComboBox::currentIndexChanged, this, &SearchDock::updateTargetControls);
    connect(fromScheme_, &QCheckBox::toggled, this, &SearchDock::updateTargetControls);

    auto* box = new QWidget(this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(settings_);
    auto* buttons = new QHBoxLayout;
    startButton_ = new QPushButton(tr("Start"), box);
    startButton_->setObjectName(QStringLiteral("startSearchButton"));
    startButton_->setToolTip(tr("Start the search (F5)"));
    stopButton_ = new QPushButton(tr("Stop"), box);
    stopButton_->setObjectName(QStringLiteral("stopSearchButton"));
    stopButton_->setToolTip(tr("Stop the search; what it found is kept (Shift+F5)"));
    connect(startButton_, &QPushButton::clicked, this, &SearchDock::startSearch);
    connect(stopButton_, &QPushButton::clicked, this, &SearchDock::stopSearch);
    buttons->addWidget(startButton_);
    buttons->addWidget(stopButton_);
    boxLayout->addLayout(buttons);
    return box;
}

QWidget* SearchDock::createProgress() {
    auto* area = new QWidget(this);
    auto* grid = new QGridLayout;
    best_ = new QLabel(area);
    best_->setObjectName(QStringLiteral("bestRank"));
    elapsed_ = new QLabel(area);
    elapsed_->setObjectName(QStringLiteral("elapsed"));
    rate_ = new QLabel(area);
    rate_->setObjectName(QStringLiteral("rate"));
    detail_ = new QLabel(area);
    detail_->setWordWrap(true);
    grid->addWidget(new QLabel(tr("Best rank:"), area), 0, 0);
    grid->addWidget(best_, 0, 1);
    grid->addWidget(new QLabel(tr("Elapsed:"), area), 1, 0);
    grid->addWidget(elapsed_, 1, 1);
    grid->addWidget(new QLabel(tr("Speed:"), area), 2, 0);
    grid->addWidget(rate_, 2, 1);
    grid->addWidget(detail_, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    series_ = new QLineSeries;
    series_->setName(tr("best rank"));
    auto* chart = new QChart;
    chart->addSeries(series_);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    timeAxis_ = new QValueAxis;
    timeAxis_->setTitleText(tr("seconds"));
    timeAxis_->setLabelFormat(QStringLiteral("%.3g"));
    rankAxis_ = new QValueAxis;
    rankAxis_->setTitleText(tr("rank"));
    rankAxis_->setLabelFormat(QStringLiteral("%d"));
    rankAxis_->setTickType(QValueAxis::TicksDynamic);
    rankAxis_->setTickAnchor(0);
    chart->addAxis(timeAxis_, Qt::AlignBottom);
    chart->addAxis(rankAxis_, Qt::AlignLeft);
    series_->attachAxis(timeAxis_);
    series_->attachAxis(rankAxis_);
    auto* view = new QChartView(chart, area);
    view->setObjectName(QStringLiteral("rankChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(170);

    log_ = new QTreeWidget(area);
    log_->setObjectName(QStringLiteral("searchLog"));
    log_->setColumnCount(3);
    log_->setHeaderLabels({tr("Time"), tr("Rank"), tr("Saved to")});
    log_->setRootIsDecorated(false);
    log_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    log_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    log_->setToolTip(tr("Click a result to open it in the explorer"));
    log_->setMinimumHeight(100);
    connect(log_, &QTreeWidget::itemClicked, this, &SearchDock::openLogEntry);
    connect(log_, &QTreeWidget::itemActivated, this, &SearchDock::openLogEntry);

    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(view, 2);
    layout->addWidget(new QLabel(tr("Improvements:"), area));
    layout->addWidget(log_, 1);
    return area;
}

void SearchDock::addMenuActions(QMenu* menu) {
    menu->addAction(startAction_);
    menu->addAction(stopAction_);
    menu->addSeparator();
    if (dock_) {
        QAction* toggle = dock_->toggleViewAction();
        toggle->setText(tr("Search &Panel"));
        menu->addAction(toggle);
    }
}

bool SearchDock::isRunning() const {
    return runner_ && runner_->isRunning();
}

bool SearchDock::setResultsFolder(const QString& folder) {
    if (isRunning()) return false;
    resultsFolder_ = folder;
    window_->library()->rebuildResults(folder);
    return true;
}

void SearchDock::setTarget(Target target) {
    target_->setCurrentIndex(target_->findData(static_cast<int>(target)));
}

void SearchDock::setSize(const TensorSize& size) {
    setTarget(Target::Size);
    size_[0]->setValue(size.n);
    size_[1]->setValue(size.m);
    size_[2]->setValue(size.p);
}

void SearchDock::setField(Field field) {
    field_->setCurrentIndex(field_->findData(QString::fromStdString(fieldName(field))));
}

void SearchDock::setEngine(const QString& id) {
    engine_->setCurrentIndex(engine_->findData(id));
}

QString SearchDock::statusText() const {
    return status_->text();
}

QString SearchDock::bestRankText() const {
    return best_->text();
}

SearchRequest SearchDock::request() const {
    SearchRequest r;
    r.size = {size_[0]->value(), size_[1]->value(), size_[2]->value()};
    r.field = field_->currentData().toString() == QStringLiteral("Z") ? Field::Z : Field::Z2;
    if (fromScheme_->isEnabled() && fromScheme_->isChecked()) r.start = window_->scheme();
    r.targetRank = targetRank_->value();
    r.timeLimitSeconds = timeLimit_->value();
    r.threads = threads_->value();
    r.seed = static_cast<std::uint64_t>(seed_->value());
    if (modelRow_->isVisibleTo(settings_)) r.model = model_->text().trimmed();
    return r;
}

void SearchDock::schemeShown() {
    const bool shown = window_->cursor() != nullptr;
    const Scheme& s = window_->scheme();
    target_->setItemText(
        0, shown ? tr("Scheme on show: %1, rank %2").arg(sizeText(s.size)).arg(s.rank())
                 : tr("Scheme on show (none)"));
    if (!shown && target_->currentIndex() == 0) target_->setCurrentIndex(1);
    updateTargetControls();
}

void SearchDock::updateEngineControls() {
    bool usesModel = false;
    for (const SearchEngine& e : searchEngines())
        if (e.id == engine_->currentData().toString()) usesModel = e.usesModel;
    // The label of the form row goes with its field.
    if (auto* form = qobject_cast<QFormLayout*>(settings_->layout())) {
        form->setRowVisible(modelRow_, usesModel);
    }
}

void SearchDock::browseModel() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Model"), model_->text(),
                                                      tr("Models (*.tgm);;All files (*)"));
    if (!path.isEmpty()) model_->setText(path);
}

void SearchDock::updateTargetControls() {
    if (isRunning()) {
        targetStale_ = true;
        return;
    }
    targetStale_ = false;
    const bool shown = window_->cursor() != nullptr;
    const bool onShow = shown && target_->currentData().toInt() == int(Target::SchemeOnShow);
    if (onShow) {
        const TensorSize& s = window_->scheme().size;
        const int dims[3] = {s.n, s.m, s.p};
        for (int k = 0; k < 3; ++k) {
            const QSignalBlocker block(size_[k]);
            size_[k]->setValue(dims[k]);
        }
    }
    for (QSpinBox* box : size_) box->setEnabled(!onShow);
    fromScheme_->setEnabled(onShow);
    const SearchRequest r = request();
    startRank_ = r.start ? r.start->rank() : r.size.n * r.size.m * r.size.p;
    const auto best = bestKnownRank(r.size, r.field);
    bestKnown_->setText(best ? tr("best known: %1").arg(*best) : tr("best known: unknown"));
    // The best known rank where one is known below the start, else one better than the start.
    targetRank_->setValue(best && *best < startRank_ ? *best : std::max(1, startRank_ - 1));
}

bool SearchDock::startSearch() {
    if (isRunning()) {
        showStatus(tr("A search is already running: stop it first (Shift+F5)."));
        return false;
    }
    const QString engineId = engine_->currentData().toString();
    if (!runner_ || runner_->engineId() != engineId) {
        runner_.reset();
        for (SearchEngine& e : searchEngines())
            if (e.id == engineId) runner_ = e.create();
        if (!runner_) {
            showStatus(tr("No such engine: %1").arg(engineId));
            return false;
        }
        connect(runner_.get(), &SearchRunner::started, this, &SearchDock::onStarted);
        connect(runner_.get(), &SearchRunner::progress, this, &SearchDock::onProgress);
        connect(runner_.get(), &SearchRunner::improved, this, &SearchDock::onImproved);
        connect(runner_.get(), &SearchRunner::finished, this, &SearchDock::onFinished);
    }
    runner_->setResultsFolder(resultsFolder_);
    const SearchRequest r = request();
    startRank_ = r.start ? r.start->rank() : r.size.n * r.size.m * r.size.p;
    QString error;
    if (!runner_->start(r, &error)) {
        showStatus(tr("Cannot start: %1").arg(error));
        return false;
    }
    saveSettings();
    return true;
}

void SearchDock::stopSearch() {
    if (!isRunning()) return;
    showStatus(tr("Stopping\u2026"));
    runner_->stop();
}

bool SearchDock::eventFilter(QObject* watched, QEvent* event) {
    // Closing the window stops the run; its results are on disk already.
    if (watched == window_ && event->type() == QEvent::Close) stopSearch();
    return QWidget::eventFilter(watched, event);
}

void SearchDock::setRunning(bool running) {
    settings_->setEnabled(!running);
    startButton_->setEnabled(!running);
    stopButton_->setEnabled(running);
    stopAction_->setEnabled(running);
}

void SearchDock::showStatus(const QString& text) {
    status_->setText(text);
    window_->statusBar()->showMessage(text, 8000);
}

void SearchDock::onStarted() {
    const SearchRequest& r = runner_->request();
    setRunning(true);
    if (dock_) dock_->raise();
    log_->clear();
    series_->clear();
    shownBest_ = startRank_;
    plot(0, startRank_);
    timeAxis_->setRange(0, 1);
    const int low =
        std::max(0, std::min(startRank_, r.targetRank > 0 ? r.targetRank : startRank_) - 1);
    rankAxis_->setRange(low, startRank_ + 1);
    best_->setText(QString::number(startRank_));
    elapsed_->setText(secondsText(0));
    rate_->clear();
    detail_->clear();
    showStatus(
        tr("Searching %1 over %2 for rank %3\u2026")
            .arg(sizeText(r.size), QString::fromStdString(fieldName(r.field)))
            .arg(r.targetRank > 0 ? QString::number(r.targetRank) : tr("as low as it goes")));
}

void SearchDock::plot(double seconds, int rank) {
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

void SearchDock::onProgress(const SearchProgressInfo& info) {
    best_->setText(QString::number(info.bestRank));
    elapsed_->setText(secondsText(info.elapsedSeconds));
    rate_->setText(
        info.rate >= 1e6
            ? tr("%1 M %2").arg(info.rate / 1e6, 0, 'f', 2).arg(runner_->rateUnit())
            : tr("%1 %2").arg(QLocale().toString(qRound64(info.rate)), runner_->rateUnit()));
    detail_->setText(info.detail);
    if (info.bestRank <= shownBest_) plot(info.elapsedSeconds, info.bestRank);
}

void SearchDock::onImproved(const SearchImprovement& imp) {
    const int rank = imp.scheme.rank();
    best_->setText(QString::number(rank));
    if (rank < shownBest_) plot(imp.seconds, rank);
    addLogEntry(imp.seconds, rank, imp.path,
                imp.path.isEmpty() ? tr("not saved: %1").arg(imp.error) : imp.description);
    if (!imp.path.isEmpty()) Q_EMIT resultSaved(imp.path);
}

void SearchDock::onFinished(const SearchOutcome& out) {
    setRunning(false);
    if (targetStale_) updateTargetControls();
    if (!out.path.isEmpty()) {
        bool logged = false;
        for (int i = 0; i < log_->topLevelItemCount(); ++i)
            logged |= log_->topLevelItem(i)->data(0, kPathRole).toString() == out.path;
        if (!logged) {
            addLogEntry(out.seconds, out.bestRank, out.path, tr("final choice"));
            Q_EMIT resultSaved(out.path);
        }
    }
    if (out.found) {
        best_->setText(QString::number(out.bestRank));
        plot(out.seconds, std::min(out.bestRank, shownBest_));
    }
    elapsed_->setText(secondsText(out.seconds));
    QString text;
    const QString rank = out.found ? tr("best rank %1").arg(out.bestRank) : tr("nothing found");
    switch (out.end) {
        case SearchOutcome::End::ReachedTarget:
            text = tr("Reached the target: %1 after %2.").arg(rank, secondsText(out.seconds));
            break;
        case SearchOutcome::End::Stopped:
            text = tr("Stopped after %1: %2.").arg(secondsText(out.seconds), rank);
            break;
        case SearchOutcome::End::TimeLimit:
            text = tr("Time limit reached after %1: %2.").arg(secondsText(out.seconds), rank);
            break;
        case SearchOutcome::End::Exhausted:
            text = tr("Finished after %1: %2.").arg(secondsText(out.seconds), rank);
            break;
        case SearchOutcome::End::Failed:
            text = tr("The search failed: %1").arg(out.error);
            break;
    }
    if (!out.note.isEmpty()) text += QLatin1Char(' ') + out.note;
    if (out.end != SearchOutcome::End::Failed && !out.error.isEmpty())
        text += QLatin1Char(' ') + tr("Not saved: %1").arg(out.error);
    showStatus(text);
}

QTreeWidgetItem* SearchDock::addLogEntry(double seconds, int rank, const QString& path,
                                         const QString& what) {
    auto* item = new QTreeWidgetItem(log_, {secondsText(seconds), QString::number(rank),
                                            path.isEmpty() ? what : QFileInfo(path).fileName()});
    item->setData(0, kPathRole, path);
    item->setToolTip(2, path.isEmpty() ? what : tr("%1\n%2").arg(path, what));
    log_->scrollToItem(item);
    return item;
}

void SearchDock::openLogEntry(QTreeWidgetItem* item) {
    const QString path = item ? item->data(0, kPathRole).toString() : QString();
    if (path.isEmpty() || window_->currentSource() == path) return;
    Q_EMIT openRequested(path);
}

}  // namespace tg
