#pragma once
// Search > Flip Graph: the window that opens the flip search's black box. Its first page draws
// the flip graph of <2,2,2> mod 2 up to symmetry (FlipGraphView over core's FlipGraph), lists
// where the flips of the selected orbit lead, and walks a short flip search on it; its second
// page replays any search's recorded path (WalkReplayPanel). Orbits and steps open in the
// explorer through schemeChosen. The graph, the walk and reading a path each run in the
// background (run::Task through an EngineBridge), so the window never blocks.
#include <QMainWindow>
#include <memory>

#include "core/search/FlipGraph.h"
#include "core/search/SearchTrace.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace tg {

class EngineBridge;
class FlipGraphView;
class WalkReplayPanel;

class FlipGraphWindow : public QMainWindow {
    Q_OBJECT

  public:
    // The BFS bound: the whole graph (263 orbits, tst_flipgraph) fits far below it; a bounded
    // build would say so in the summary.
    static constexpr int kMaxVertices = 20000;

    explicit FlipGraphWindow(QWidget* parent = nullptr);
    ~FlipGraphWindow() override;

    // Builds the graph in the background the first time (graphReady when done).
    void ensureGraph();
    [[nodiscard]] bool isGraphReady() const { return graph_ != nullptr; }
    [[nodiscard]] const search::FlipGraph* graph() const { return graph_.get(); }
    [[nodiscard]] FlipGraphView* graphView() const { return view_; }
    [[nodiscard]] WalkReplayPanel* walkPanel() const { return walk_; }
    [[nodiscard]] QListWidget* flipList() const { return flips_; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] bool isBusy() const;
    void showGraphPage();
    void showWalkPage();

  public Q_SLOTS:
    // Reads a recorded path in the background and shows it on the Walk page (and on the graph
    // when it is a <2,2,2> walk); pathOpened or pathFailed follows.
    void openPath(const QString& file);
    void openPathInteractive();
    // Runs a short flip search from the naive scheme to rank 7 and draws its walk.
    void walkFlipSearch();
    void openSelectedOrbit();

  Q_SIGNALS:
    void graphReady();
    void walkShown();
    void pathOpened();
    void pathFailed(const QString& message);
    void schemeChosen(const tg::Scheme& scheme, const QString& source);

  private:
    QWidget* createGraphPage();
    void createMenus();
    void showGraph(std::shared_ptr<const search::FlipGraph> graph,
                   std::shared_ptr<const search::FlipSymmetries> symmetries);
    void showOrbit(int vertex);
    void showTrace(search::SearchTrace trace, const QString& source);
    // Finds the orbits of the trace on show in the background (a path opened before the graph
    // was ready).
    void mapTraceOnGraph();
    void updateBusy();

    std::shared_ptr<const search::FlipGraph> graph_;
    std::shared_ptr<const search::FlipSymmetries> symmetries_;
    std::vector<int> traceOrbits_;  // the graph's orbit at each step of the trace on show
    EngineBridge* graphBridge_ = nullptr;
    EngineBridge* walkBridge_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    FlipGraphView* view_ = nullptr;
    WalkReplayPanel* walk_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* orbit_ = nullptr;
    QListWidget* flips_ = nullptr;
    QPushButton* openOrbit_ = nullptr;
    QPushButton* walkButton_ = nullptr;
    int walks_ = 0;
};

}  // namespace tg
