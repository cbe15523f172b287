#include "SearchDock.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

#include "SchemeDocument.h"
#include "SearchEngines.h"
#include "SearchProgressView.h"
#include "core/search/Checkpoint.h"

namespace tg {

SearchDock::SearchDock(const SchemeDocument* document, QWidget* parent)
    : QDockWidget(tr("Search"), parent),
      document_(document),
      resultsFolder_(ResultStore::defaultFolder()) {
    setObjectName(QStringLiteral("searchDock"));
    createActions();
    auto* panel = new QWidget;
    panel->setObjectName(QStringLiteral("searchPanel"));
    form_ = new SearchForm(document_, panel);
    connect(form_, &SearchForm::startClicked, this, &SearchDock::startSearch);
    connect(form_, &SearchForm::stopClicked, this, &SearchDock::stopSearch);
    progress_ = new SearchProgressView(panel);
    connect(progress_, &SearchProgressView::resultActivated, this, &SearchDock::openResult);
    status_ = new QLabel(panel);
    status_->setObjectName(QStringLiteral("searchStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(form_);
    layout->addWidget(progress_, 1);
    layout->addWidget(status_);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    setWidget(scroll);
}

SearchDock::~SearchDock() {
    // The runner joins its engine (a few milliseconds); its reports to us stop with it.
    if (runner_) runner_->disconnect(this);
    runner_.reset();
}

void SearchDock::createActions() {
    startAction_ = new QAction(tr("&Start Search"), this);
    startAction_->setObjectName(QStringLiteral("startSearch"));
    startAction_->setShortcut(QKeySequence(Qt::Key_F5));
    startAction_->setStatusTip(tr("Run the search set up in the Search panel in the background"));
    connect(startAction_, &QAction::triggered, this, [this] {
        show();
        raise();
        startSearch();
    });
    stopAction_ = new QAction(tr("S&top Search"), this);
    stopAction_->setObjectName(QStringLiteral("stopSearch"));
    stopAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    stopAction_->setEnabled(false);
    connect(stopAction_, &QAction::triggered, this, &SearchDock::stopSearch);
    resumeAction_ = new QAction(tr("&Resume Checkpoint\u2026"), this);
    resumeAction_->setObjectName(QStringLiteral("resumeCheckpoint"));
    resumeAction_->setStatusTip(
        tr("Continue a flip search saved with tensorgame-cli search --checkpoint"));
    connect(resumeAction_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Resume Checkpoint"), QString(),
                                                          tr("Search checkpoints (*.tgck)"));
        if (path.isEmpty()) return;
        show();
        raise();
        resumeCheckpoint(path);
    });
}

void SearchDock::addMenuActions(QMenu* menu) {
    menu->addAction(startAction_);
    menu->addAction(stopAction_);
    menu->addAction(resumeAction_);
    menu->addSeparator();
    QAction* toggle = toggleViewAction();
    toggle->setText(tr("Search &Panel"));
    menu->addAction(toggle);
}

bool SearchDock::isRunning() const {
    return runner_ && runner_->isRunning();
}

SearchRequest SearchDock::request() const {
    return form_->request();
}

QString SearchDock::statusText() const {
    return status_->text();
}

bool SearchDock::setResultsFolder(const QString& folder) {
    if (isRunning()) return false;
    resultsFolder_ = folder;
    Q_EMIT resultsFolderChanged(folder);
    return true;
}

bool SearchDock::startSearch() {
    return startRequest(form_->engineId(), request());
}

bool SearchDock::resumeCheckpoint(const QString& path) {
    std::shared_ptr<const search::SearchSnapshot> snap;
    try {
        snap = std::make_shared<const search::SearchSnapshot>(
            search::readCheckpoint(path.toStdString()));
    } catch (const std::exception& e) {
        showStatus(tr("Cannot resume: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    SearchRequest r = request();
    r.size = snap->params.size;
    r.field = snap->params.field;
    r.targetRank = snap->params.targetRank;
    r.threads = snap->params.threads;
    r.seed = snap->params.seed;
    r.start = snap->start;
    r.resume = snap;
    return startRequest(QStringLiteral("flip"), r);
}

bool SearchDock::startRequest(const QString& engineId, const SearchRequest& r) {
    if (isRunning()) {
        showStatus(tr("A search is already running: stop it first (Shift+F5)."));
        return false;
    }
    if (!runner_ || runner_->engineId() != engineId) {
        runner_.reset();
        for (SearchEngine& e : searchEngines())
            if (e.id == engineId) runner_ = e.create();
        if (!runner_) {
            showStatus(tr("No such engine: %1").arg(engineId));
            return false;
        }
        connect(runner_.get(), &SearchRunner::started, this, &SearchDock::onStarted);
        connect(runner_.get(), &SearchRunner::progress, this, [this](const SearchProgressInfo& i) {
            progress_->showProgress(i, runner_->rateUnit());
        });
        connect(runner_.get(), &SearchRunner::improved, this, [this](const SearchImprovement& i) {
            progress_->addImprovement(i);
            if (!i.path.isEmpty()) Q_EMIT resultSaved(i.path);
        });
        connect(runner_.get(), &SearchRunner::finished, this, &SearchDock::onFinished);
    }
    runner_->setResultsFolder(resultsFolder_);
    startRank_ = r.start ? r.start->rank() : r.size.n * r.size.m * r.size.p;
    QString error;
    if (!runner_->start(r, &error)) {
        showStatus(tr("Cannot start: %1").arg(error));
        return false;
    }
    form_->saveSettings();
    return true;
}

void SearchDock::stopSearch() {
    if (!isRunning()) return;
    showStatus(tr("Stopping\u2026"));
    runner_->stop();
}

void SearchDock::showStatus(const QString& text) {
    status_->setText(text);
    Q_EMIT statusMessage(text, 8000);
}

void SearchDock::onStarted() {
    const SearchRequest& r = runner_->request();
    form_->setRunning(true);
    stopAction_->setEnabled(true);
    raise();
    progress_->begin(startRank_, r.targetRank);
    showStatus(
        tr("Searching %1 over %2 for rank %3\u2026")
            .arg(searchSizeText(r.size), QString::fromStdString(fieldName(r.field)))
            .arg(r.targetRank > 0 ? QString::number(r.targetRank) : tr("as low as it goes")));
}

void SearchDock::onFinished(const SearchOutcome& out) {
    form_->setRunning(false);
    stopAction_->setEnabled(false);
    if (!out.path.isEmpty() && !progress_->hasEntry(out.path)) {
        progress_->addEntry(out.seconds, out.bestRank, out.path, tr("final choice"));
        Q_EMIT resultSaved(out.path);
    }
    progress_->finish(out);
    showStatus(outcomeText(out));
}

QString SearchDock::outcomeText(const SearchOutcome& out) {
    QString text;
    const QString seconds = searchSecondsText(out.seconds);
    const QString rank = out.found ? tr("best rank %1").arg(out.bestRank) : tr("nothing found");
    switch (out.end) {
        case SearchOutcome::End::ReachedTarget:
            text = tr("Reached the target: %1 after %2.").arg(rank, seconds);
            break;
        case SearchOutcome::End::Stopped:
            text = tr("Stopped after %1: %2.").arg(seconds, rank);
            break;
        case SearchOutcome::End::TimeLimit:
            text = tr("Time limit reached after %1: %2.").arg(seconds, rank);
            break;
        case SearchOutcome::End::Exhausted:
            text = tr("Finished after %1: %2.").arg(seconds, rank);
            break;
        case SearchOutcome::End::Failed:
            text = tr("The search failed: %1").arg(out.error);
            break;
    }
    if (!out.note.isEmpty()) text += QLatin1Char(' ') + out.note;
    if (out.end != SearchOutcome::End::Failed && !out.error.isEmpty())
        text += QLatin1Char(' ') + tr("Not saved: %1").arg(out.error);
    return text;
}

void SearchDock::openResult(const QString& path) {
    if (document_->source() != path) Q_EMIT openRequested(path);
}

}  // namespace tg
