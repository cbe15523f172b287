#include "MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <exception>

#include "AgentPanel.h"
#include "ExportActions.h"
#include "LibraryDock.h"
#include "ManualPlayBar.h"
#include "ManualPlayController.h"
#include "RecentFilesMenu.h"
#include "RunPanel.h"
#include "SchemeDocument.h"
#include "SchemeFileFilters.h"
#include "SearchDock.h"
#include "StatusReadout.h"
#include "TrainingPanel.h"
#include "TransformActions.h"
#include "ViewArea.h"
#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"
#include "widgets/FactorPanel.h"
#include "widgets/FormulaPanel.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/StepControl.h"

namespace tg {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kIntervalKey = QStringLiteral("preferences/playInterval");
const QString kLastDirectoryKey = QStringLiteral("lastDirectory");
}  // namespace

QDockWidget* MainWindow::dockOf(QWidget* panel) {
    for (QWidget* w = panel; w; w = w->parentWidget())
        if (auto* dock = qobject_cast<QDockWidget*>(w)) return dock;
    return nullptr;
}

void MainWindow::bringForward(QWidget* panel) {
    if (QDockWidget* dock = dockOf(panel)) {
        dock->show();
        dock->raise();
    }
}

MainWindow::MainWindow(Rendering rendering, QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(QApplication::applicationDisplayName());
    document_ = new SchemeDocument(this);
    play_ = new ManualPlayController(this);
    exports_ = new ExportActions(this);
    transforms_ = new TransformActions(document_, this);
    connectUndo();
    createCentralArea(rendering);
    createDocks();
    createMenus();
    status_ = new StatusReadout(statusBar());
    connect(document_, &SchemeDocument::replaced, this, &MainWindow::showScheme);
    connect(play_, &ManualPlayController::changed, this, &MainWindow::showStep);
    connect(transforms_, &TransformActions::transformed, this, [this](const QString& what) {
        showStatus(tr("%1: %2").arg(what, verificationText()), 6000);
    });
    resize(1180, 760);
    // Once the window has its size: the built-in names read whole (restoreSettings() may change
    // it).
    resizeDocks({dockOf(library_)}, {library_->preferredWidth()}, Qt::Horizontal);
}

MainWindow::~MainWindow() {
    // The play controller's commands refer to its game; it goes with its parent, this window,
    // but the views that its signals reach go first: stop listening now.
    disconnect(play_, nullptr, this, nullptr);
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    viewArea_->restoreSettings(settings);
    const int interval = settings.value(kIntervalKey, 0).toInt();
    if (interval > 0) steps_->setPlayInterval(interval);
}

// One Undo and one Redo for two histories: the moves of the game while one is played, else the
// edits of the document.
void MainWindow::connectUndo() {
    undo_ = new QUndoGroup(this);
    undo_->addStack(document_->undoStack());
    undo_->addStack(play_->undoStack());
    undo_->setActiveStack(document_->undoStack());
    connect(play_, &ManualPlayController::changed, this, [this] {
        undo_->setActiveStack(play_->isActive() ? play_->undoStack() : document_->undoStack());
    });
}

void MainWindow::createCentralArea(Rendering rendering) {
    auto* central = new QWidget(this);
    // Ask before creating the QOpenGLWidget (see ViewArea).
    viewArea_ = new ViewArea(
        rendering == Rendering::Disabled ? tr("no OpenGL context") : openGLProblem(), central);
    connect(viewArea_, &ViewArea::redrawRequested, this, &MainWindow::showStep);
    connect(viewArea_, &ViewArea::statusMessage, this, &MainWindow::showStatus);
    connect(viewArea_, &ViewArea::hovered, this,
            [this](const QString& text) { showStatus(text, 0); });
    steps_ = new StepControl(central);
    connect(steps_, &StepControl::stepRequested, this, &MainWindow::seek);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(viewArea_, 1);
    layout->addWidget(steps_);
    setCentralWidget(central);
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const char* name,
                                  Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(QString::fromLatin1(name));
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks() {
    formulas_ = new FormulaPanel(this);
    connect(formulas_, &FormulaPanel::productActivated, this,
            [this](int index) { seek(index + 1); });
    QDockWidget* formulaDock =
        addPanel(formulas_, tr("Formulas"), "formulaDock", Qt::RightDockWidgetArea);
    QDockWidget* factorDock =
        addPanel(createFactorArea(), tr("Factors"), "factorDock", Qt::BottomDockWidgetArea);
    // Beneath the 3D view only: the side docks keep the full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    createSideDocks(formulaDock);
    // Wide enough for most products on one line; restoreSettings() may change it.
    resizeDocks({formulaDock}, {320}, Qt::Horizontal);
    resizeDocks({factorDock}, {190}, Qt::Vertical);

    search_ = new SearchDock(document_, this);
    addDockWidget(Qt::RightDockWidgetArea, search_);
    // A tab beside the formulas, which stay in front until a search starts.
    tabifyDockWidget(formulaDock, search_);
    formulaDock->raise();
    connect(search_, &SearchDock::resultSaved, library_, &LibraryDock::addResult);
    connect(search_, &SearchDock::resultsFolderChanged, library_, &LibraryDock::rebuildResults);
    connect(search_, &SearchDock::openRequested, this, &MainWindow::openInteractive);
    connect(search_, &SearchDock::statusMessage, this, &MainWindow::showStatus);
}

// The factors of the current term, and beside them the controls of manual play.
QWidget* MainWindow::createFactorArea() {
    auto* area = new QWidget(this);
    factors_ = new FactorPanel(area);
    connect(factors_, &FactorPanel::termEdited, play_, &ManualPlayController::setDraft);
    playBar_ = new ManualPlayBar(play_, area);
    connect(playBar_, &ManualPlayBar::startRequested, this, &MainWindow::startManualPlay);
    connect(playBar_, &ManualPlayBar::stopRequested, this, &MainWindow::stopManualPlay);
    connect(playBar_, &ManualPlayBar::statusMessage, this, &MainWindow::showStatus);
    auto* layout = new QHBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(factors_, 1);
    layout->addWidget(playBar_);
    return area;
}

void MainWindow::createSideDocks(QDockWidget* formulaDock) {
    library_ = new LibraryDock(this);
    connect(library_, &LibraryDock::sourceActivated, this, &MainWindow::openInteractive);
    addPanel(library_, tr("Library"), "libraryDock", Qt::LeftDockWidgetArea);
    // The interactive agent, tabbed with the formulas: both are about the moves.
    agent_ = new AgentPanel(this, play_, this);
    QDockWidget* agentDock = addPanel(agent_, tr("Agent"), "agentDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(formulaDock, agentDock);
    connect(agent_, &AgentPanel::thinkingFinished, this, [this] { bringForward(agent_); });
    // Training the agent's network, in the same place. Its settings and chart are taller than
    // the window's minimum leaves the side docks: it scrolls there, as the Search dock does,
    // rather than raise that minimum.
    training_ = new TrainingPanel(this);
    auto* trainingScroll = new QScrollArea(this);
    trainingScroll->setWidgetResizable(true);
    trainingScroll->setFrameShape(QFrame::NoFrame);
    trainingScroll->setWidget(training_);
    tabifyDockWidget(agentDock, addPanel(trainingScroll, tr("Training"), "trainingDock",
                                         Qt::RightDockWidgetArea));
    connect(agent_, &AgentPanel::trainingRequested, this,
            [this](const TensorSize& size, CoefficientSet set) {
                training_->setGame(size, set);
                bringForward(training_);
            });
    // Running the scheme on real matrices, in the same place; hidden until asked for (View >
    // Run on Matrices, F9): a fifth tab would widen the docks and squeeze the view.
    run_ = new RunPanel(this);
    QDockWidget* runDock = addPanel(run_, tr("Run"), "runDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(agentDock, runDock);
    runDock->hide();
    formulaDock->raise();
}

bool MainWindow::display(LoadedScheme loaded, const QString& spec, QString* error) {
    if (!document_->open(std::move(loaded), spec, error)) return false;
    if (!spec.startsWith(QStringLiteral("builtin:")) && QFileInfo::exists(spec)) {
        const QString path = QFileInfo(spec).absoluteFilePath();
        recentMenu_->add(path);
        library_->addOpened(path, scheme().size, scheme().field);
    }
    return true;
}

void MainWindow::showScheme() {
    const ReplayCursor* cursor = document_->cursor();
    if (!cursor) return;
    const Scheme& s = document_->scheme();
    setWindowTitle(
        tr("%1 \u2014 %2").arg(document_->title(), QApplication::applicationDisplayName()));
    viewArea_->setScheme(s);
    formulas_->setScheme(s);
    run_->setScheme(s);
    factors_->setSize(s.size);
    steps_->setLength(cursor->length());
    status_->showVerification(s);
    play_->stop();  // a game on the scheme that went ends with it
    showStep();
    Q_EMIT schemeShown();
}

bool MainWindow::openSource(const QString& spec, QString* error) {
    auto loaded = SchemeDocument::load(spec, error);
    return loaded && display(std::move(loaded->front()), spec, error);
}

bool MainWindow::openScheme(const Scheme& scheme, const QString& source, QString* error) {
    LoadedScheme loaded;
    loaded.source = source.toStdString();
    loaded.scheme = scheme;
    return display(std::move(loaded), source, error);
}

bool MainWindow::openInteractive(const QString& spec) {
    QString error;
    auto loaded = SchemeDocument::load(spec, &error);
    std::size_t choice = 0;
    if (loaded && loaded->size() > 1) {
        // An archive (AlphaTensor's npz) holds many schemes: let the user pick one.
        QStringList items;
        for (const LoadedScheme& l : *loaded)
            items << tr("%1 \u2014 %2, rank %3")
                         .arg(QString::fromStdString(l.scheme.name.empty() ? l.source
                                                                           : l.scheme.name),
                              QString::fromStdString(l.scheme.size.toString()))
                         .arg(l.scheme.rank());
        bool ok = false;
        const QString picked = QInputDialog::getItem(
            this, tr("Choose a Scheme"),
            tr("%1 holds %n schemes:", nullptr, int(loaded->size())).arg(spec), items, 0, false,
            &ok);
        if (!ok) return false;
        choice = std::size_t(items.indexOf(picked));
    }
    if (loaded && display(std::move((*loaded)[choice]), spec, &error)) return true;
    QMessageBox::warning(this, tr("Cannot Open"), error);
    if (!spec.startsWith(QStringLiteral("builtin:")) && !QFileInfo::exists(spec))
        recentMenu_->remove(QFileInfo(spec).absoluteFilePath());
    return false;
}

void MainWindow::openFile() {
    QStringList filters = schemeFileFilters();
    filters << tr("Search checkpoints (*.tgck)") << tr("All files (*)");

    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scheme or Episode"),
                                                      settings.value(kLastDirectoryKey).toString(),
                                                      filters.join(QStringLiteral(";;")));
    if (path.isEmpty()) return;
    settings.setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    openInteractive(path);
}

const ReplayCursor* MainWindow::cursor() const {
    return document_->cursor();
}

const Scheme& MainWindow::scheme() const {
    return document_->scheme();
}

QString MainWindow::currentSource() const {
    return document_->source();
}

QString MainWindow::factsText() const {
    return status_->factsText();
}

QString MainWindow::verificationText() const {
    return status_->verificationText();
}

ViewMode MainWindow::viewMode() const {
    return viewArea_->viewMode();
}

TensorView* MainWindow::tensorView() const {
    return viewArea_->tensorView();
}

QString MainWindow::viewUnavailableMessage() const {
    return viewArea_->unavailableMessage();
}

void MainWindow::seek(int position) {
    if (!document_->cursor() || play_->isActive()) return;
    document_->seek(position);
    showStep();
}

void MainWindow::setViewMode(ViewMode mode) {
    viewArea_->setViewMode(mode);  // which asks for the step to be drawn again
}

void MainWindow::showStep() {
    if (play_->isActive()) return showGame();
    const ReplayCursor* cursor = document_->cursor();
    if (!cursor) return;
    const StepFacts facts = cursor->facts();
    const int position = cursor->position();
    steps_->setEnabled(true);
    steps_->setPosition(position);
    formulas_->setStep(position, facts.completeC);
    const int termIndex = currentTermIndex(*cursor);
    const Term* term =
        termIndex >= 0 ? &cursor->episode().moves[std::size_t(termIndex)].term : nullptr;
    factors_->setCycle({});
    factors_->setTerm(
        term, term ? tr("m%1 \u2014 the product %2")
                         .arg(termIndex + 1)
                         .arg(position > 0 ? tr("just applied") : tr("the first step applies"))
                   : QString());
    viewArea_->showStep(*cursor);
    status_->showFacts(facts, cursor->length());
}

void MainWindow::showGame() {
    const GameState& game = play_->game();
    const StepFacts facts = game.facts();
    steps_->setLength(game.step());
    steps_->setPosition(game.step());
    steps_->setEnabled(false);
    Scheme played;
    played.size = game.config().size;
    played.field = game.config().field;
    played.terms = game.moves();
    formulas_->setScheme(played);
    formulas_->setStep(game.step(), facts.completeC);
    factors_->setCycle(play_->cycle());
    factors_->setTerm(&play_->draft(), tr("Composing m%1 (%2 so far by hand)")
                                           .arg(game.step() + 1)
                                           .arg(game.step() - play_->replayedMoves()));
    viewArea_->showGame(game, play_->draft());
    status_->showFacts(facts, game.step());
}

void MainWindow::showStatus(const QString& text, int timeout) {
    status_->showMessage(text, timeout);
}

void MainWindow::startManualPlay() {
    const ReplayCursor* cursor = document_->cursor();
    if (!cursor) return;
    try {
        play_->start(cursor->episode(), cursor->position());  // its changed() shows the game
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot Play"), QString::fromStdString(e.what()));
        return;
    }
    bringForward(factors_);
    showStatus(tr("Manual play: compose a move in the Factors panel"), 4000);
}

void MainWindow::stopManualPlay() {
    if (!play_->isActive()) return;
    play_->stop();
    formulas_->setScheme(scheme());
    steps_->setLength(cursor()->length());
    steps_->setPosition(cursor()->position());
    viewArea_->restart();
    showStep();
}

bool MainWindow::saveEpisode(const QString& path, QString* error) {
    const ReplayCursor* cursor = document_->cursor();
    if (!cursor) return false;
    const Episode episode = play_->isActive() ? play_->episode() : cursor->episode();
    try {
        writeFileAtomic(path.toStdString(), episodeToProjectJson(episode));
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    library_->addOpened(QFileInfo(path).absoluteFilePath(), episode.size, episode.field);
    return true;
}

void MainWindow::saveEpisodeInteractive() {
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Episode"),
                                                      settings.value(kLastDirectoryKey).toString(),
                                                      tr("TensorGame project (*.json)"));
    if (path.isEmpty()) return;
    QString error;
    if (!saveEpisode(path, &error))
        return (void)QMessageBox::warning(this, tr("Cannot Save"), error);
    showStatus(tr("Saved %1").arg(path), 4000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Closing the window stops a search; what it found is on disk already.
    search_->stopSearch();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    viewArea_->saveSettings(settings);
    settings.setValue(kIntervalKey, steps_->playInterval());
    steps_->pause();
    QMainWindow::closeEvent(event);
}

}  // namespace tg
