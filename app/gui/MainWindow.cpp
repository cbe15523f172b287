#include "MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <exception>

#include "AgentPanel.h"
#include "ExportActions.h"
#include "LibraryDock.h"
#include "ManualPlayController.h"
#include "RecentFiles.h"
#include "SearchDock.h"
#include "TrainingPanel.h"
#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeFormat.h"
#include "core/tensor/Verification.h"
#include "widgets/FactorPanel.h"
#include "widgets/FormulaPanel.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"
#include "widgets/VoxelPalette.h"

namespace tg {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kViewModeKey = QStringLiteral("preferences/viewMode");
const QString kIntervalKey = QStringLiteral("preferences/playInterval");
const QString kSmoothKey = QStringLiteral("preferences/smoothTransitions");
const QString kLastDirectoryKey = QStringLiteral("lastDirectory");
}  // namespace

MainWindow::MainWindow(Rendering rendering, QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(QApplication::applicationDisplayName());
    play_ = new ManualPlayController(this);
    exports_ = new ExportActions(this);
    createCentralArea(rendering);
    createDocks();
    createMenus();
    facts_ = new QLabel(this);
    facts_->setObjectName(QStringLiteral("facts"));
    statusBar()->addWidget(facts_, 1);
    verification_ = new QLabel(this);
    verification_->setObjectName(QStringLiteral("verification"));
    statusBar()->addPermanentWidget(verification_);
    connect(play_, &ManualPlayController::changed, this, &MainWindow::showStep);
    resize(1180, 760);
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (auto mode = parseViewMode(settings.value(kViewModeKey).toString())) setViewMode(*mode);
    smoothAction_->setChecked(settings.value(kSmoothKey, true).toBool());
    const int interval = settings.value(kIntervalKey, 0).toInt();
    if (interval > 0) steps_->setPlayInterval(interval);
}

MainWindow::~MainWindow() {
    // The play controller's commands refer to its game; it goes with its parent, this window,
    // but the views that its signals reach go first: stop listening now.
    disconnect(play_, nullptr, this, nullptr);
}

void MainWindow::createCentralArea(Rendering rendering) {
    auto* central = new QWidget(this);
    viewStack_ = new QStackedWidget(central);
    viewMessage_ = new QLabel(viewStack_);
    viewMessage_->setObjectName(QStringLiteral("viewMessage"));
    viewMessage_->setAlignment(Qt::AlignCenter);
    viewMessage_->setWordWrap(true);
    viewStack_->addWidget(viewMessage_);
    legend_ = new QLabel(central);
    legend_->setObjectName(QStringLiteral("legend"));
    legend_->setTextFormat(Qt::RichText);

    // Ask before creating the QOpenGLWidget: where no context can be made, the widget would
    // show nothing and VTK would crash on the invalid context.
    const QString problem =
        rendering == Rendering::Disabled ? tr("no OpenGL context") : openGLProblem();
    if (problem.isEmpty()) {
        view_ = new TensorView(viewStack_);
        viewStack_->addWidget(view_);
        viewStack_->setCurrentWidget(view_);
        connect(view_, &TensorView::renderingUnavailable, this, &MainWindow::showViewUnavailable);
        connect(view_, &TensorView::voxelHovered, this, [this](const QString& text) {
            text.isEmpty() ? statusBar()->clearMessage() : statusBar()->showMessage(text);
        });
    } else {
        showViewUnavailable(problem);
    }

    steps_ = new StepControl(central);
    connect(steps_, &StepControl::stepRequested, this, &MainWindow::seek);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(viewStack_, 1);
    layout->addWidget(legend_);
    layout->addWidget(steps_);
    setCentralWidget(central);
}

void MainWindow::createDocks() {
    formulas_ = new FormulaPanel(this);
    connect(formulas_, &FormulaPanel::productActivated, this,
            [this](int index) { seek(index + 1); });
    formulaDock_ = new QDockWidget(tr("Formulas"), this);
    formulaDock_->setObjectName(QStringLiteral("formulaDock"));
    formulaDock_->setWidget(formulas_);
    addDockWidget(Qt::RightDockWidgetArea, formulaDock_);

    // The factors of the current term, and under them the controls of manual play.
    auto* factorArea = new QWidget(this);
    factors_ = new FactorPanel(factorArea);
    connect(factors_, &FactorPanel::termEdited, play_, &ManualPlayController::setDraft);
    playControls_ = new QWidget(factorArea);
    auto* apply = new QPushButton(tr("&Apply Move"), playControls_);
    apply->setObjectName(QStringLiteral("applyMove"));
    auto* clear = new QPushButton(tr("C&lear"), playControls_);
    clear->setObjectName(QStringLiteral("clearMove"));
    auto* stop = new QPushButton(tr("&Stop Playing"), playControls_);
    stop->setObjectName(QStringLiteral("stopPlaying"));
    connect(apply, &QPushButton::clicked, this, &MainWindow::applyMove);
    connect(clear, &QPushButton::clicked, play_, &ManualPlayController::clearDraft);
    connect(stop, &QPushButton::clicked, this, &MainWindow::stopManualPlay);
    moveMessage_ = new QLabel(playControls_);
    moveMessage_->setObjectName(QStringLiteral("moveMessage"));
    moveMessage_->setWordWrap(true);
    moveMessage_->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(apply, 0, 0, 1, 2);
    buttons->addWidget(clear, 1, 0);
    buttons->addWidget(stop, 1, 1);
    auto* playLayout = new QVBoxLayout(playControls_);
    playLayout->setContentsMargins(4, 0, 4, 4);
    auto* hint = new QLabel(tr("Click a coefficient (or Space on it) to cycle its value; "
                               "the 3D view previews the move."),
                            playControls_);
    hint->setWordWrap(true);
    playLayout->addWidget(hint);
    playLayout->addLayout(buttons);
    playLayout->addWidget(moveMessage_);
    playControls_->hide();
    playControls_->setMaximumWidth(260);
    auto* factorLayout = new QHBoxLayout(factorArea);
    factorLayout->setContentsMargins(0, 0, 0, 0);
    factorLayout->addWidget(factors_, 1);
    factorLayout->addWidget(playControls_);
    factorDock_ = new QDockWidget(tr("Factors"), this);
    factorDock_->setObjectName(QStringLiteral("factorDock"));
    factorDock_->setWidget(factorArea);
    // Beneath the 3D view only: the side docks keep the full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, factorDock_);

    library_ = new LibraryDock(this);
    connect(library_, &LibraryDock::sourceActivated, this, &MainWindow::openInteractive);
    libraryDock_ = new QDockWidget(tr("Library"), this);
    libraryDock_->setObjectName(QStringLiteral("libraryDock"));
    libraryDock_->setWidget(library_);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock_);
    // The interactive agent, tabbed with the formulas: both are about the moves.
    agent_ = new AgentPanel(this, play_, this);
    agentDock_ = new QDockWidget(tr("Agent"), this);
    agentDock_->setObjectName(QStringLiteral("agentDock"));
    agentDock_->setWidget(agent_);
    addDockWidget(Qt::RightDockWidgetArea, agentDock_);
    tabifyDockWidget(formulaDock_, agentDock_);
    // Training the agent's network, in the same place.
    training_ = new TrainingPanel(this);
    trainingDock_ = new QDockWidget(tr("Training"), this);
    trainingDock_->setObjectName(QStringLiteral("trainingDock"));
    trainingDock_->setWidget(training_);
    addDockWidget(Qt::RightDockWidgetArea, trainingDock_);
    tabifyDockWidget(agentDock_, trainingDock_);
    formulaDock_->raise();

    // Wide enough for most products on one line; restoreSettings() may change it.
    resizeDocks({formulaDock_, libraryDock_}, {320, 210}, Qt::Horizontal);
    resizeDocks({factorDock_}, {190}, Qt::Vertical);
    search_ = SearchDock::install(this);
}

std::optional<std::vector<LoadedScheme>> MainWindow::load(const QString& spec, QString* error) {
    try {
        std::vector<LoadedScheme> loaded = loadSchemes(spec.toStdString());
        if (!loaded.empty()) return loaded;
        if (error) *error = tr("%1: holds no scheme").arg(spec);
    } catch (const std::exception& e) {
        // LoadError names the source and the problem, fit to show as is.
        if (error) *error = QString::fromStdString(e.what());
    }
    return std::nullopt;
}

bool MainWindow::display(LoadedScheme loaded, const QString& spec, QString* error) {
    std::unique_ptr<ReplayCursor> cursor;
    try {
        cursor = std::make_unique<ReplayCursor>(episodeOf(loaded));
    } catch (const std::exception& e) {
        // A scheme whose factors do not fit its size, or coefficients that overflow.
        if (error) *error = QString::fromStdString(loaded.source + ": " + e.what());
        return false;
    }
    play_->stop();
    galleryShown_ = false;  // the next showStep builds the new scheme's gallery
    shownPosition_ = -1;
    cursor_ = std::move(cursor);
    scheme_ = std::move(loaded.scheme);
    source_ = QString::fromStdString(loaded.source);

    const std::string& name =
        cursor_->episode().name.empty() ? scheme_.name : cursor_->episode().name;
    setWindowTitle(
        tr("%1 \u2014 %2")
            .arg(name.empty() ? QFileInfo(spec).fileName() : QString::fromStdString(name),
                 QApplication::applicationDisplayName()));
    formulas_->setScheme(scheme_);
    factors_->setSize(scheme_.size);
    steps_->setLength(cursor_->length());
    updateLegend();
    updateVerification();
    showStep();
    if (!spec.startsWith(QStringLiteral("builtin:")) && QFileInfo::exists(spec)) {
        RecentFiles::add(QFileInfo(spec).absoluteFilePath());
        rebuildRecentMenu();
        library_->addOpened(QFileInfo(spec).absoluteFilePath(), scheme_.size, scheme_.field);
    }
    Q_EMIT schemeShown();
    return true;
}

bool MainWindow::openSource(const QString& spec, QString* error) {
    auto loaded = load(spec, error);
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
    auto loaded = load(spec, &error);
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
    if (!spec.startsWith(QStringLiteral("builtin:")) && !QFileInfo::exists(spec)) {
        RecentFiles::remove(QFileInfo(spec).absoluteFilePath());
        rebuildRecentMenu();
    }
    return false;
}

void MainWindow::openFile() {
    // One filter per format core reads, after one that takes them all.
    QStringList all, filters;
    for (const FormatInfo& format : allFormats()) {
        if (!format.readable) continue;
        QStringList patterns;
        for (const QString& ext : QString::fromLatin1(format.extensions).split(QLatin1Char(' ')))
            patterns << QStringLiteral("*") + ext;
        filters << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(format.title),
                                                 patterns.join(QLatin1Char(' ')));
        for (const QString& pattern : patterns)
            if (!all.contains(pattern)) all << pattern;
    }
    filters.prepend(tr("Schemes and episodes (%1)").arg(all.join(QLatin1Char(' '))));
    filters << tr("All files (*)");

    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scheme or Episode"),
                                                      settings.value(kLastDirectoryKey).toString(),
                                                      filters.join(QStringLiteral(";;")));
    if (path.isEmpty()) return;
    settings.setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    openInteractive(path);
}

void MainWindow::seek(int position) {
    if (!cursor_ || play_->isActive()) return;
    cursor_->seek(position);
    showStep();
}

void MainWindow::setViewMode(ViewMode mode) {
    viewMode_ = mode;
    for (QAction* action : viewModes_->actions())
        if (action->data().toString() == viewModeName(mode)) action->setChecked(true);
    showStep();
}

void MainWindow::showStep() {
    if (play_->isActive()) return showGame();
    if (!cursor_) return;
    const StepFacts facts = cursor_->facts();
    const int position = cursor_->position();
    const auto& moves = cursor_->episode().moves;
    steps_->setEnabled(true);
    steps_->setPosition(position);
    formulas_->setStep(position, facts.completeC);

    // The current term is the one just applied; before the first step, the first one.
    const int termIndex = position > 0 ? position - 1 : (moves.empty() ? -1 : 0);
    const Term* term = termIndex >= 0 ? &moves[std::size_t(termIndex)].term : nullptr;
    factors_->setCycle({});
    factors_->setTerm(
        term, term ? tr("m%1 \u2014 the product %2")
                         .arg(termIndex + 1)
                         .arg(position > 0 ? tr("just applied") : tr("the first step applies"))
                   : QString());
    if (view_) {
        const ExactTensor& after = cursor_->residual();
        std::optional<ExactTensor> before;
        if (position > 0 && viewMode_ == ViewMode::Overlay) {
            before = after;
            before->addTerm(*term, +1);
        }
        const bool outlineInResidual = highlightAction_->isChecked() && position > 0;
        const SceneContent content =
            sceneContent(viewMode_, cursor_->target(), before ? *before : after, after,
                         (viewMode_ == ViewMode::Residual && !outlineInResidual) ? nullptr : term);
        // One step at a time fades what the move removed; jumps and new schemes cut.
        const bool smooth = smoothAction_->isChecked() && std::abs(position - shownPosition_) == 1;
        shownPosition_ = position;
        view_->setTensor(content.tensor(), smooth);
        view_->setHighlight(content.outline ? &*content.outline : nullptr);
        std::vector<Term> terms;
        if (viewMode_ == ViewMode::Gallery && !galleryShown_)
            for (const Move& m : moves) terms.push_back(m.term);
        updateGallery(scheme_.size, cursor_->episode().field, terms, termIndex, false);
    }
    QString text = tr("Step %1 of %2 \u00b7 residual nonzeros %3 \u00b7 rank \u2265 %4")
                       .arg(facts.step)
                       .arg(cursor_->length())
                       .arg(facts.residualNonZeros)
                       .arg(facts.rankLowerBound);
    if (facts.solved) text += tr(" \u00b7 solved");
    facts_->setText(text);
}

void MainWindow::showGame() {
    const GameState& game = play_->game();
    const StepFacts facts = game.facts();
    const Term& draft = play_->draft();
    const bool complete = !isZero(draft.u) && !isZero(draft.v) && !isZero(draft.w);
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
    factors_->setTerm(&draft, tr("Composing m%1 (%2 so far by hand)")
                                  .arg(game.step() + 1)
                                  .arg(game.step() - play_->replayedMoves()));
    if (view_) {
        // The draft previews what it would remove, outlined on the residual.
        const SceneContent content = sceneContent(viewMode_, game.target(), game.residual(),
                                                  game.residual(), complete ? &draft : nullptr);
        view_->setTensor(content.tensor(), smoothAction_->isChecked());
        view_->setHighlight(content.outline ? &*content.outline : nullptr);
        // The moves played so far, rebuilt on every change (a game is short).
        updateGallery(game.config().size, game.config().field, game.moves(), game.step() - 1, true);
    }
    QString text = tr("Step %1 of %2 \u00b7 residual nonzeros %3 \u00b7 rank \u2265 %4")
                       .arg(facts.step)
                       .arg(game.step())
                       .arg(facts.residualNonZeros)
                       .arg(facts.rankLowerBound);
    if (facts.solved) text += tr(" \u00b7 solved");
    facts_->setText(text);
}

void MainWindow::updateGallery(const TensorSize& size, Field field, const std::vector<Term>& terms,
                               int current, bool rebuild) {
    if (viewMode_ != ViewMode::Gallery) {
        if (galleryShown_) view_->setGallery(size, field, {}, -1);
        galleryShown_ = false;
        return;
    }
    if (galleryShown_ && !rebuild) return view_->setGalleryCurrent(current);
    view_->setGallery(size, field, terms, current);
    galleryShown_ = true;
    if (view_->galleryCount() < int(terms.size()))
        statusBar()->showMessage(
            tr("The gallery shows the first %1 of %n terms", nullptr, int(terms.size()))
                .arg(view_->galleryCount()),
            6000);
}

void MainWindow::startManualPlay() {
    if (!cursor_) return;
    try {
        play_->start(cursor_->episode(), cursor_->position());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot Play"), QString::fromStdString(e.what()));
        return;
    }
    moveMessage_->clear();
    playControls_->show();
    factorDock_->show();
    factorDock_->raise();
    for (QAction* a : {applyAction_, clearMoveAction_, stopPlayAction_}) a->setEnabled(true);
    playAction_->setEnabled(false);
    statusBar()->showMessage(tr("Manual play: compose a move in the Factors panel"), 4000);
    showStep();
}

bool MainWindow::applyMove() {
    if (!play_->isActive()) return false;
    QString reason;
    if (!play_->applyDraft(&reason)) {
        moveMessage_->setText(tr("Not applied: %1").arg(reason));
        statusBar()->showMessage(moveMessage_->text(), 6000);
        return false;
    }
    moveMessage_->clear();
    if (play_->game().isSolved())
        statusBar()->showMessage(tr("Solved with %n products", nullptr, play_->game().step()),
                                 6000);
    return true;
}

void MainWindow::stopManualPlay() {
    if (!play_->isActive()) return;
    play_->stop();
    playControls_->hide();
    for (QAction* a : {applyAction_, clearMoveAction_, stopPlayAction_}) a->setEnabled(false);
    playAction_->setEnabled(true);
    formulas_->setScheme(scheme_);
    steps_->setLength(cursor_->length());
    steps_->setPosition(cursor_->position());
    galleryShown_ = false;
    shownPosition_ = -1;
    showStep();
}

QString MainWindow::moveMessage() const {
    return moveMessage_->text();
}

bool MainWindow::saveEpisode(const QString& path, QString* error) {
    if (!cursor_) return false;
    const Episode episode = play_->isActive() ? play_->episode() : cursor_->episode();
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
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

QString MainWindow::factsText() const {
    return facts_->text();
}

QString MainWindow::verificationText() const {
    return verification_->text();
}

void MainWindow::updateVerification() {
    // Exact verification of the scheme on show, in the field it is meant for.
    const VerifyReport report = verify(scheme_, scheme_.field);
    const QString field = QString::fromStdString(fieldName(scheme_.field));
    if (report.valid) {
        verification_->setText(tr("\u2713 valid over %1").arg(field));
        verification_->setStyleSheet(QStringLiteral("color: #006d2c"));
    } else if (report.tooMuchWork) {
        // A dense scheme whose check would take minutes: unknown, not wrong.
        verification_->setText(tr("not checked over %1 (too dense)").arg(field));
        verification_->setStyleSheet(QString());
    } else {
        verification_->setText(tr("\u2717 not valid over %1").arg(field));
        verification_->setStyleSheet(QStringLiteral("color: #b00020"));
    }
    verification_->setToolTip(QString::fromStdString(describe(scheme_.size, report)));
}

void MainWindow::updateLegend() {
    // Fractions appear only in schemes with rational coefficients; do not explain what
    // cannot occur.
    const bool fractions = !scheme_.isIntegral();
    QStringList parts;
    for (const LegendEntry& entry : VoxelPalette::legend()) {
        if (!fractions && (entry.kind == EntryKind::PositiveFraction ||
                           entry.kind == EntryKind::NegativeFraction))
            continue;
        parts << QStringLiteral("<span style=\"color:%1\">\u25a0</span>&nbsp;%2")
                     .arg(entry.color.name(), entry.text.toHtmlEscaped());
    }
    legend_->setText(QStringLiteral("&nbsp;") + tr("Entries:") + QStringLiteral(" ") +
                     parts.join(QStringLiteral(" &nbsp; ")) + QStringLiteral(" &nbsp; ") +
                     tr("\u25a1 cells of the current product"));
    legend_->setToolTip(
        tr("The C axis runs over C transposed, as w does: w[k\u00b7n+i] is the "
           "coefficient of c_ik, so the labels read c11, c21, \u2026"));
}

void MainWindow::showViewUnavailable(const QString& reason) {
    viewMessage_->setText(tr("3D view unavailable: %1").arg(reason));
    viewStack_->setCurrentWidget(viewMessage_);
    legend_->hide();  // it explains the voxels, which are not shown
}

QString MainWindow::viewUnavailableMessage() const {
    return viewStack_->currentWidget() == viewMessage_ ? viewMessage_->text() : QString();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kViewModeKey, viewModeName(viewMode_));
    settings.setValue(kIntervalKey, steps_->playInterval());
    settings.setValue(kSmoothKey, smoothAction_->isChecked());
    steps_->pause();
    QMainWindow::closeEvent(event);
}

}  // namespace tg
