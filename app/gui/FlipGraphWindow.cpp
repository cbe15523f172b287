#include "FlipGraphWindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "WalkReplayPanel.h"
#include "core/io/FileIO.h"
#include "core/run/Task.h"
#include "core/search/FlipSearch.h"
#include "core/search/SearchTraceRead.h"
#include "core/search/Seeds.h"
#include "widgets/EngineBridge.h"
#include "widgets/FlipGraphView.h"

namespace tg {

namespace {

constexpr std::uint64_t kWalkSeed = 0x5eed'f11b;
constexpr long long kWalkFlipBudget = 2'000'000;  // a walk to rank 7 takes a few hundred

struct GraphBuilt {
    std::shared_ptr<const search::FlipGraph> graph;
    std::shared_ptr<const search::FlipSymmetries> symmetries;
};

struct WalkRead {
    search::SearchTrace trace;
    std::vector<int> orbits;  // empty when the trace is not a <2,2,2> walk or no graph yet
};

std::vector<int> orbitsOf(const search::SearchTrace& trace,
                          const std::shared_ptr<const search::FlipGraph>& graph,
                          const std::shared_ptr<const search::FlipSymmetries>& symmetries) {
    if (!graph || !symmetries || !(trace.start.size == TensorSize{2, 2, 2})) return {};
    return search::traceVertices(*graph, *symmetries, trace);
}

QString factorName(int k) {
    return k == 0 ? QStringLiteral("u") : k == 1 ? QStringLiteral("v") : QStringLiteral("w");
}

}  // namespace

FlipGraphWindow::FlipGraphWindow(QWidget* parent) : QMainWindow(parent, Qt::Window) {
    setObjectName(QStringLiteral("flipGraphWindow"));
    setWindowTitle(tr("Flip Graph"));
    graphBridge_ = new EngineBridge(this);
    walkBridge_ = new EngineBridge(this);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(createGraphPage(), tr("Flip Graph of \u27E8"
                                        "2,2,2\u27E9 mod 2"));
    walk_ = new WalkReplayPanel(this);
    tabs_->addTab(walk_, tr("Walk"));
    setCentralWidget(tabs_);
    createMenus();
    connect(walk_, &WalkReplayPanel::schemeChosen, this, &FlipGraphWindow::schemeChosen);
    connect(walk_, &WalkReplayPanel::stepChanged, this, [this](int step) {
        if (step >= 0 && step < int(traceOrbits_.size()) && traceOrbits_[std::size_t(step)] >= 0)
            view_->selectVertex(traceOrbits_[std::size_t(step)]);
    });
    connect(graphBridge_, &EngineBridge::finished, this, &FlipGraphWindow::updateBusy);
    connect(walkBridge_, &EngineBridge::finished, this, &FlipGraphWindow::updateBusy);
    resize(1100, 720);
}

FlipGraphWindow::~FlipGraphWindow() {
    // The tasks' listeners post to this window: stop them before its parts go.
    graphBridge_->shutdown();
    walkBridge_->shutdown();
}

QWidget* FlipGraphWindow::createGraphPage() {
    view_ = new FlipGraphView(this);
    summary_ = new QLabel(tr("Building the flip graph\u2026"), this);
    summary_->setWordWrap(true);
    auto* legend = new QLabel(
        tr("Each dot is an orbit of schemes under the symmetries of the tensor, placed by its "
           "distance in flips from the naive scheme (left). Blue: rank 8; green: rank 7 "
           "(Strassen's orbit); orange: orbits a walk visited, darker the more often, and a "
           "thick orange line for its last moves. Grey lines are flips, dashed green lines "
           "reductions. Hover a dot to light its flips; click it to open it in the "
           "explorer. Wheel or +/\u2212 zoom, drag or the arrow keys pan, 0 fits, PageUp and "
           "PageDown step through the orbits, Return opens the selected one."),
        this);
    legend->setWordWrap(true);
    orbit_ = new QLabel(tr("No orbit selected."), this);
    orbit_->setWordWrap(true);
    flips_ = new QListWidget(this);
    flips_->setAccessibleName(tr("Where the flips lead"));
    flips_->setWordWrap(true);
    openOrbit_ = new QPushButton(tr("Open in the Explorer"), this);
    openOrbit_->setEnabled(false);
    walkButton_ = new QPushButton(tr("Walk a Flip Search"), this);
    walkButton_->setEnabled(false);
    walkButton_->setToolTip(
        tr("Run a short flip search from the naive scheme to rank 7 and draw its walk"));
    connect(openOrbit_, &QPushButton::clicked, this, &FlipGraphWindow::openSelectedOrbit);
    connect(walkButton_, &QPushButton::clicked, this, &FlipGraphWindow::walkFlipSearch);
    connect(view_, &FlipGraphView::vertexSelected, this, &FlipGraphWindow::showOrbit);
    connect(view_, &FlipGraphView::vertexActivated, this, &FlipGraphWindow::openSelectedOrbit);
    connect(flips_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        view_->selectVertex(item->data(Qt::UserRole).toInt());
    });

    auto* side = new QWidget(this);
    auto* column = new QVBoxLayout(side);
    column->addWidget(summary_);
    column->addWidget(walkButton_);
    column->addWidget(orbit_);
    column->addWidget(new QLabel(tr("Where its flips lead:"), side));
    column->addWidget(flips_, 1);
    column->addWidget(openOrbit_);
    column->addWidget(legend);
    auto* split = new QSplitter(this);
    split->addWidget(view_);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    side->setMaximumWidth(400);
    split->setSizes({760, 340});
    return split;
}

void FlipGraphWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Search Path\u2026"), QKeySequence::Open, this,
                    &FlipGraphWindow::openPathInteractive);
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, view_, [this] { view_->zoomBy(1.25); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, view_, [this] { view_->zoomBy(0.8); });
    view->addAction(tr("&Fit the Graph"), QKeySequence(tr("Ctrl+0")), view_,
                    &FlipGraphView::fitGraph);
    view->addSeparator();
    view->addAction(tr("&Graph"), QKeySequence(tr("Ctrl+1")), this,
                    &FlipGraphWindow::showGraphPage);
    view->addAction(tr("W&alk"), QKeySequence(tr("Ctrl+2")), this, &FlipGraphWindow::showWalkPage);
    QMenu* walk = menuBar()->addMenu(tr("&Walk"));
    walk->addAction(tr("&Walk a Flip Search"), QKeySequence(Qt::Key_F5), this,
                    &FlipGraphWindow::walkFlipSearch);
    walk->addAction(tr("&Open Step in the Explorer"), QKeySequence(tr("Ctrl+Return")), walk_,
                    &WalkReplayPanel::openCurrent);
}

QString FlipGraphWindow::summaryText() const {
    return summary_->text();
}

bool FlipGraphWindow::isBusy() const {
    return graphBridge_->isRunning() || walkBridge_->isRunning();
}

void FlipGraphWindow::showGraphPage() {
    tabs_->setCurrentIndex(0);
}
void FlipGraphWindow::showWalkPage() {
    tabs_->setCurrentIndex(1);
}

void FlipGraphWindow::ensureGraph() {
    if (graph_ || graphBridge_->isRunning()) return;
    auto build = [](const std::atomic<bool>& stop) {
        auto symmetries = std::make_shared<const search::FlipSymmetries>();
        auto graph = std::make_shared<const search::FlipGraph>(
            search::buildFlipGraph(*symmetries, {kMaxVertices, 64}, &stop));
        return GraphBuilt{graph, symmetries};
    };
    auto done = [this](const std::optional<GraphBuilt>& built, const std::string& error,
                       run::EndReason) {
        graphBridge_->postLast([this, built, error] {
            if (built && !built->graph->vertices.empty())
                showGraph(built->graph, built->symmetries);
            else
                summary_->setText(
                    tr("The flip graph could not be built: %1").arg(QString::fromStdString(error)));
        });
    };
    graphBridge_->start(std::make_unique<run::Task<GraphBuilt>>(build, done));
    updateBusy();
}

void FlipGraphWindow::showGraph(std::shared_ptr<const search::FlipGraph> graph,
                                std::shared_ptr<const search::FlipSymmetries> symmetries) {
    graph_ = std::move(graph);
    symmetries_ = std::move(symmetries);
    view_->setGraph(*graph_);
    long schemes8 = 0;
    for (const auto& v : graph_->vertices) schemes8 += v.rank() == 8 ? v.orbitSize : 0;
    int reductions = 0;
    for (const auto& e : graph_->edges) reductions += e.reduction ? 1 : 0;
    QString text = tr("%1 orbits of rank 8 (%2 schemes) and %3 of rank 7, joined by %4 flip "
                      "edges and %5 reductions; the farthest orbit is %6 flips from the naive "
                      "scheme.")
                       .arg(graph_->countOfRank(8))
                       .arg(schemes8)
                       .arg(graph_->countOfRank(7))
                       .arg(int(graph_->edges.size()) - reductions)
                       .arg(reductions)
                       .arg(graph_->depthReached);
    text += QLatin1Char(' ') + (graph_->complete
                                    ? tr("This is every orbit the naive scheme reaches by flips.")
                                    : tr("Bounded: only the first %1 orbits in breadth-first order "
                                         "are drawn.")
                                          .arg(graph_->vertices.size()));
    summary_->setText(text);
    updateBusy();
    Q_EMIT graphReady();
    // A <2,2,2> path opened while the graph was being built goes onto it now.
    if (walk_->hasTrace() && traceOrbits_.empty() && !walkBridge_->isRunning()) mapTraceOnGraph();
}

void FlipGraphWindow::mapTraceOnGraph() {
    auto graph = graph_;
    auto symmetries = symmetries_;
    auto trace = walk_->trace();
    auto map = [trace, graph, symmetries](const std::atomic<bool>&) {
        return orbitsOf(trace, graph, symmetries);
    };
    auto done = [this](const std::optional<std::vector<int>>& orbits, const std::string&,
                       run::EndReason) {
        walkBridge_->postLast([this, orbits] {
            if (!orbits || orbits->empty()) return;
            traceOrbits_ = *orbits;
            view_->setWalk(traceOrbits_);
        });
    };
    walkBridge_->start(std::make_unique<run::Task<std::vector<int>>>(map, done));
}

void FlipGraphWindow::showOrbit(int vertex) {
    flips_->clear();
    openOrbit_->setEnabled(vertex >= 0);
    if (!graph_ || vertex < 0) {
        orbit_->setText(tr("No orbit selected."));
        return;
    }
    const auto& v = graph_->vertices[std::size_t(vertex)];
    orbit_->setText(tr("Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes.")
                        .arg(vertex)
                        .arg(v.rank())
                        .arg(v.depth)
                        .arg(v.orbitSize));
    for (const auto& e : graph_->edges) {
        if (e.from != vertex && e.to != vertex) continue;
        const int other = e.from == vertex ? e.to : e.from;
        const auto& o = graph_->vertices[std::size_t(other)];
        QString text;
        if (e.reduction && e.from == vertex)
            text = tr("reduction \u2192 orbit %1 (rank %2)").arg(other).arg(o.rank());
        else if (e.reduction)
            text = tr("reached by a reduction from orbit %1").arg(other);
        else
            text = tr("flip \u2192 orbit %1 (rank %2, %3 from naive)")
                       .arg(other)
                       .arg(o.rank())
                       .arg(o.depth);
        if (e.from == vertex)
            text += QLatin1String("  ") + tr("[terms %1 and %2 share %3; %4 such flips]")
                                              .arg(e.move.i + 1)
                                              .arg(e.move.j + 1)
                                              .arg(factorName(e.move.k))
                                              .arg(e.multiplicity);
        auto* item = new QListWidgetItem(text, flips_);
        item->setData(Qt::UserRole, other);
    }
}

void FlipGraphWindow::openSelectedOrbit() {
    const int v = view_->selectedVertex();
    if (!graph_ || v < 0) return;
    const auto& vx = graph_->vertices[std::size_t(v)];
    Scheme s = search::schemeFromCode(vx.code);
    const QString name = tr("Flip graph orbit %1 (rank %2)").arg(v).arg(vx.rank());
    s.name = name.toStdString();
    s.description = "A representative of an orbit of the flip graph of <2,2,2> mod 2";
    Q_EMIT schemeChosen(s, name);
}

void FlipGraphWindow::walkFlipSearch() {
    if (!graph_) return;
    walkBridge_->shutdown();  // a newer walk makes the last one stale
    const std::uint64_t seed = search::seedFor(kWalkSeed, std::uint64_t(walks_++));
    auto graph = graph_;
    auto symmetries = symmetries_;
    auto walk = [seed, graph, symmetries](const std::atomic<bool>& stop) {
        search::FlipSearchParams p = search::FlipSearchParams::quick({2, 2, 2}, Field::Z2, 7);
        p.recordTrace = true;
        p.seed = seed;
        p.maxFlipsPerWalker = kWalkFlipBudget;
        p.externalStop = &stop;
        const search::SearchResult r = search::runFlipSearch(p);
        if (!r.trace) throw std::runtime_error("the search recorded no path");
        return WalkRead{*r.trace, orbitsOf(*r.trace, graph, symmetries)};
    };
    auto done = [this, seed](const std::optional<WalkRead>& read, const std::string& error,
                             run::EndReason) {
        walkBridge_->postLast([this, read, error, seed] {
            if (!read) {
                summary_->setText(tr("The walk failed: %1").arg(QString::fromStdString(error)));
                return;
            }
            traceOrbits_ = read->orbits;
            showTrace(read->trace, tr("A flip search (seed %1)").arg(seed));
            Q_EMIT walkShown();
        });
    };
    walkBridge_->start(std::make_unique<run::Task<WalkRead>>(walk, done));
    updateBusy();
}

void FlipGraphWindow::openPathInteractive() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Search Path"), QString(),
                                                      tr("Search paths (*.json);;All files (*)"));
    if (!file.isEmpty()) openPath(file);
}

void FlipGraphWindow::openPath(const QString& file) {
    walkBridge_->shutdown();
    auto graph = graph_;
    auto symmetries = symmetries_;
    const std::string path = file.toStdString();
    const std::string origin = QFileInfo(file).fileName().toStdString();
    auto read = [path, origin, graph, symmetries](const std::atomic<bool>&) {
        search::SearchTrace trace = search::searchTraceFromJson(readFileBytes(path), origin);
        std::vector<int> orbits = orbitsOf(trace, graph, symmetries);
        return WalkRead{std::move(trace), std::move(orbits)};
    };
    const QString name = QFileInfo(file).fileName();
    auto done = [this, name](const std::optional<WalkRead>& result, const std::string& error,
                             run::EndReason) {
        walkBridge_->postLast([this, result, error, name] {
            if (!result) {
                const QString message = QString::fromStdString(error);
                statusBar()->showMessage(tr("Cannot open the path: %1").arg(message));
                Q_EMIT pathFailed(message);
                return;
            }
            traceOrbits_ = result->orbits;
            showTrace(result->trace, name);
            showWalkPage();
            // The graph came while the path was read: put the path on it now.
            if (traceOrbits_.empty() && graph_) mapTraceOnGraph();
            Q_EMIT pathOpened();
        });
    };
    walkBridge_->start(std::make_unique<run::Task<WalkRead>>(read, done));
    updateBusy();
}

void FlipGraphWindow::showTrace(search::SearchTrace trace, const QString& source) {
    if (!traceOrbits_.empty())
        view_->setWalk(traceOrbits_);
    else
        view_->clearWalk();
    walk_->setTrace(std::move(trace), source);
}

void FlipGraphWindow::updateBusy() {
    walkButton_->setEnabled(graph_ != nullptr && !walkBridge_->isRunning());
}

}  // namespace tg
