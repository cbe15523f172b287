#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <exception>

#include "RecentFiles.h"
#include "core/catalog/Catalog.h"
#include "core/io/SchemeFormat.h"
#include "core/io/SchemeSource.h"
#include "widgets/FormulaPanel.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"
#include "widgets/VoxelPalette.h"

namespace tg {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastDirectoryKey = QStringLiteral("lastDirectory");
}  // namespace

MainWindow::MainWindow(Rendering rendering, QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(QApplication::applicationDisplayName());
    createCentralArea(rendering);
    createDock();
    createMenus();
    facts_ = new QLabel(this);
    facts_->setObjectName(QStringLiteral("facts"));
    statusBar()->addWidget(facts_, 1);
    resize(1100, 720);
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

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

void MainWindow::createDock() {
    formulas_ = new FormulaPanel(this);
    connect(formulas_, &FormulaPanel::productActivated, this,
            [this](int index) { seek(index + 1); });
    formulaDock_ = new QDockWidget(tr("Formulas"), this);
    formulaDock_->setObjectName(QStringLiteral("formulaDock"));
    formulaDock_->setWidget(formulas_);
    addDockWidget(Qt::RightDockWidgetArea, formulaDock_);
    // Wide enough for most products on one line; restoreSettings() may change it.
    resizeDocks({formulaDock_}, {340}, Qt::Horizontal);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open\u2026"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* builtin = file->addMenu(tr("Open &Built-in"));
    for (const CatalogEntry& entry : catalogEntries()) {
        const QString key = QString::fromStdString(entry.key);
        QAction* action = builtin->addAction(
            tr("%1 (%2, rank %3)")
                .arg(QString::fromStdString(entry.title),
                     QString::fromStdString(entry.size.toString()))
                .arg(entry.rank),
            this, [this, key] { openInteractive(QStringLiteral("builtin:") + key); });
        action->setStatusTip(QString::fromStdString(entry.summary));
    }
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reset = view->addAction(tr("&Reset View"));
    reset->setShortcut(tr("Ctrl+R"));
    reset->setEnabled(view_ != nullptr);
    if (view_) connect(reset, &QAction::triggered, view_, &TensorView::resetView);
    highlightAction_ = view->addAction(tr("&Highlight Current Product"));
    highlightAction_->setCheckable(true);
    highlightAction_->setChecked(true);
    highlightAction_->setStatusTip(tr("Outline the cells the product of the current step touches"));
    connect(highlightAction_, &QAction::toggled, this, &MainWindow::showStep);
    view->addSeparator();
    QAction* toggleDock = formulaDock_->toggleViewAction();
    view->addAction(toggleDock);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const auto addGo = [&](const QString& text, Qt::Key key, auto slot) {
        QAction* action = go->addAction(text, steps_, slot);
        action->setShortcut(QKeySequence(key));
        return action;
    };
    addGo(tr("&First Step"), Qt::Key_Home, &StepControl::first);
    addGo(tr("&Previous Step"), Qt::Key_Left, &StepControl::previous);
    addGo(tr("&Next Step"), Qt::Key_Right, &StepControl::next);
    addGo(tr("&Last Step"), Qt::Key_End, &StepControl::last);
    go->addSeparator();
    addGo(tr("Play/&Pause"), Qt::Key_Space, &StepControl::togglePlay);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TensorGame Explorer"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = RecentFiles::load();
    for (const QString& path : files)
        recentMenu_
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openInteractive(path); })
            ->setStatusTip(path);
    recentMenu_->setEnabled(!files.isEmpty());
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
    steps_->setLength(cursor_->length());
    updateLegend();
    showStep();
    if (!spec.startsWith(QStringLiteral("builtin:"))) {
        RecentFiles::add(QFileInfo(spec).absoluteFilePath());
        rebuildRecentMenu();
    }
    return true;
}

bool MainWindow::openSource(const QString& spec, QString* error) {
    auto loaded = load(spec, error);
    return loaded && display(std::move(loaded->front()), spec, error);
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
            this, tr("Choose a Scheme"), tr("%1 holds %2 schemes:").arg(spec).arg(loaded->size()),
            items, 0, false, &ok);
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
    if (!cursor_) return;
    cursor_->seek(position);
    showStep();
}

void MainWindow::showStep() {
    if (!cursor_) return;
    const StepFacts facts = cursor_->facts();
    const int position = cursor_->position();
    steps_->setPosition(position);
    formulas_->setStep(position, facts.completeC);
    if (view_) {
        view_->setTensor(cursor_->residual());
        const bool highlight = highlightAction_->isChecked() && position > 0;
        view_->setHighlight(highlight ? &cursor_->episode().moves[std::size_t(position - 1)].term
                                      : nullptr);
    }
    QString text = tr("Step %1 of %2 \u00b7 residual nonzeros %3 \u00b7 rank \u2265 %4")
                       .arg(facts.step)
                       .arg(cursor_->length())
                       .arg(facts.residualNonZeros)
                       .arg(facts.rankLowerBound);
    if (facts.solved) text += tr(" \u00b7 solved");
    facts_->setText(text);
}

QString MainWindow::factsText() const {
    return facts_->text();
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
    legend_->setText(QStringLiteral("&nbsp;") + tr("Residual entries:") + QStringLiteral(" ") +
                     parts.join(QStringLiteral(" &nbsp; ")) + QStringLiteral(" &nbsp; ") +
                     tr("\u25a1 cells of the product just applied"));
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

void MainWindow::showAbout() {
    QString text = tr("<h3>TensorGame Explorer %1</h3>"
                      "<p>Matrix-multiplication tensors and the fast schemes that decompose "
                      "them, step by step.</p>"
                      "<p>Qt %2 &middot; VTK %3</p>")
                       .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                            TensorView::vtkVersion());
    if (view_ && !view_->openGLDescription().isEmpty())
        text += tr("<p>OpenGL: %1</p>").arg(view_->openGLDescription().toHtmlEscaped());
    QMessageBox::about(this, tr("About TensorGame Explorer"), text);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    steps_->pause();
    QMainWindow::closeEvent(event);
}

}  // namespace tg
