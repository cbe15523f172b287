// Search > Flip Graph: the graph view navigates by mouse and keyboard, a clicked orbit opens in
// the explorer, a flip search's walk is drawn on the graph, and a recorded path (written here
// by a real search through core) replays as rank against step, any step opening in the
// explorer.
#include <QAction>
#include <QChartView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "FlipGraphWindow.h"
#include "MainWindow.h"
#include "WalkReplayPanel.h"
#include "core/io/FileIO.h"
#include "core/search/FlipGraph.h"
#include "core/search/FlipSearch.h"
#include "core/search/SearchTraceJson.h"
#include "core/tensor/Verification.h"
#include "support/GuiTestMain.h"
#include "support/Hover.h"
#include "widgets/FlipGraphView.h"

using namespace tg;
using namespace tg::search;

namespace {

QAction* findAction(const QMenu* menu, const QString& text) {
    for (QAction* action : menu->actions())
        if (action->text() == text) return action;
    return nullptr;
}

QMenu* topMenu(const QMainWindow& w, const QString& title) {
    for (QAction* top : w.menuBar()->actions())
        if (top->text() == title) return top->menu();
    return nullptr;
}

// Every action of a window with a shortcut, through its menus.
void collectShortcuts(const QMenu* menu, QStringList& out) {
    for (QAction* a : menu->actions()) {
        if (a->menu()) collectShortcuts(a->menu(), out);
        if (!a->shortcut().isEmpty()) out << a->shortcut().toString();
    }
}

// The window with its graph built (in the background, as a user would get it).
FlipGraphWindow* openGraph(MainWindow& w) {
    QAction* action =
        findAction(topMenu(w, QStringLiteral("&Search")), QStringLiteral("Flip &Graph\u2026"));
    if (!action) return nullptr;
    action->trigger();
    FlipGraphWindow* window = w.flipGraph();
    if (!window->isGraphReady()) {
        QSignalSpy ready(window, &FlipGraphWindow::graphReady);
        if (!ready.wait(120000)) return nullptr;
    }
    return window;
}

}  // namespace

class TestFlipGraphGui : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void menuActionsHaveFreeShortcuts() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QAction* graph =
            findAction(topMenu(w, QStringLiteral("&Search")), QStringLiteral("Flip &Graph\u2026"));
        QAction* path = findAction(topMenu(w, QStringLiteral("&Search")),
                                   QStringLiteral("Open Search &Path\u2026"));
        QVERIFY(graph && path);
        QCOMPARE(graph->shortcut(), QKeySequence(QStringLiteral("Ctrl+G")));
        QCOMPARE(path->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
        QStringList all;
        for (QAction* top : w.menuBar()->actions())
            if (top->menu()) collectShortcuts(top->menu(), all);
        QCOMPARE(all.count(QStringLiteral("Ctrl+G")), 1);
        QCOMPARE(all.count(QStringLiteral("Ctrl+Shift+O")), 1);
    }

    void viewNavigatesAndHighlights() {
        const FlipSymmetries symmetries;
        const FlipGraph graph = buildFlipGraph(symmetries);
        FlipGraphView view;
        view.resize(900, 600);
        view.setGraph(graph);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.vertexCount(), int(graph.vertices.size()));
        QCOMPARE(view.edgeCount(), int(graph.edges.size()));
        // Keyboard: zoom, fit, step through the orbits, open with Return.
        const double fitted = view.zoom();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.zoom() > fitted);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoom(), fitted);
        QSignalSpy activated(&view, &FlipGraphView::vertexActivated);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(view.selectedVertex(), 0);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(view.selectedVertex(), 1);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 1);
        // The selection lights its edges: exactly those that touch it.
        int touching = 0;
        for (const auto& e : graph.edges) touching += (e.from == 1 || e.to == 1) ? 1 : 0;
        QCOMPARE(int(view.highlightedEdges().size()), touching);
        // Hovering the naive scheme's dot lights its flips instead; a click opens it.
        QTest::keyClick(&view, Qt::Key_0);
        QVERIFY(tg::testing::hover(view.viewport(), view.viewPosition(0)));
        int fromNaive = 0;
        for (const auto& e : graph.edges) fromNaive += (e.from == 0 || e.to == 0) ? 1 : 0;
        QTRY_COMPARE(int(view.highlightedEdges().size()), fromNaive);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.viewPosition(0));
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toInt(), 0);
    }

    void clickedOrbitOpensInTheExplorer() {
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        FlipGraphWindow* window = openGraph(w);
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QVERIFY(window->graph()->complete);
        QVERIFY(window->summaryText().contains(QString::number(window->graph()->countOfRank(8))));
        FlipGraphView* view = window->graphView();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The rank-7 orbit: a click opens Strassen's class, valid mod 2, in the explorer.
        int seven = -1;
        for (int v = 0; v < view->vertexCount(); ++v)
            if (window->graph()->vertices[std::size_t(v)].rank() == 7) seven = v;
        QVERIFY(seven > 0);
        view->fitGraph();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->viewPosition(seven));
        QCOMPARE(view->selectedVertex(), seven);
        QCOMPARE(w.scheme().rank(), 7);
        QVERIFY(sameTerms(w.scheme(),
                          schemeFromCode(window->graph()->vertices[std::size_t(seven)].code)));
        QVERIFY(verify(w.scheme(), Field::Z2).valid);
        // The list says where its flips lead; activating an entry moves the selection there.
        QVERIFY(window->flipList()->count() > 0);
        QListWidgetItem* first = window->flipList()->item(0);
        const int target = first->data(Qt::UserRole).toInt();
        Q_EMIT window->flipList()->itemActivated(first);
        QCOMPARE(view->selectedVertex(), target);
    }

    void walkIsDrawnOnTheGraph() {
        MainWindow w(MainWindow::Rendering::Disabled);
        FlipGraphWindow* window = openGraph(w);
        QVERIFY(window);
        QSignalSpy shown(window, &FlipGraphWindow::walkShown);
        window->walkFlipSearch();
        QVERIFY(shown.wait(120000));
        const WalkReplayPanel* walk = window->walkPanel();
        QVERIFY(walk->hasTrace());
        const SearchTrace& trace = walk->trace();
        QCOMPARE(trace.start.rank(), 8);
        QCOMPARE(trace.schemeAt(trace.length()).rank(), 7);
        FlipGraphView* view = window->graphView();
        QVERIFY(view->isOnWalk(0));
        QVERIFY(view->walkVertexCount() >= 2);
        int seven = -1;
        for (int v = 0; v < view->vertexCount(); ++v)
            if (window->graph()->vertices[std::size_t(v)].rank() == 7) seven = v;
        QVERIFY(view->isOnWalk(seven));
        // The path drawn is the walk's end: its last orbit is Strassen's, reached by a reduction
        // edge from the one before.
        QVERIFY(view->walkTail().size() >= 2);
        QCOMPARE(view->walkTail().back(), seven);
        const int before = view->walkTail()[view->walkTail().size() - 2];
        bool reductionEdge = false;
        for (const auto& e : window->graph()->edges)
            reductionEdge = reductionEdge || (e.reduction && e.from == before && e.to == seven);
        QVERIFY(reductionEdge);
        QCOMPARE(walk->markedCount(QStringLiteral("reduction")), trace.count("reduction"));
        QCOMPARE(walk->markedCount(QStringLiteral("plus")), trace.count("plus"));
    }

    void recordedPathReplays() {
        // A real recorded path: <3,3,3> over Z from 27 to 25, written as `search --path` does.
        FlipSearchParams p = FlipSearchParams::quick({3, 3, 3}, Field::Z, 25);
        p.recordTrace = true;
        p.seed = 5;
        const SearchResult r = runFlipSearch(p);
        QVERIFY(r.trace.has_value());
        const SearchTrace& trace = *r.trace;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("walk.json"));
        writeFileAtomic(file.toStdString(), searchTraceToJson(trace));

        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        FlipGraphWindow* window = w.flipGraph();
        window->show();
        QSignalSpy opened(window, &FlipGraphWindow::pathOpened);
        window->openPath(file);
        QVERIFY(opened.wait(60000));
        WalkReplayPanel* walk = window->walkPanel();
        QCOMPARE(walk->trace().length(), trace.length());
        QVERIFY2(walk->summaryText().contains(
                     QStringLiteral("%1 steps from rank 27 to 25").arg(trace.length())),
                 qPrintable(walk->summaryText()));
        QCOMPARE(walk->markedCount(QStringLiteral("reduction")), trace.count("reduction"));
        QCOMPARE(walk->markedCount(QStringLiteral("plus")), trace.count("plus"));
        QVERIFY(walk->markedCount(QStringLiteral("flip")) > 0);
        // Clicking the middle of the chart moves to a step inside the walk.
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QChartView* chart = walk->chartView();
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
                          chart->viewport()->rect().center());
        QVERIFY(walk->step() > 0 && walk->step() < trace.length());
        // Any step opens in the explorer: the scheme the path had there, valid over Z.
        const int k = trace.length() / 2;
        walk->slider()->setValue(k);
        QCOMPARE(walk->step(), k);
        walk->openCurrent();
        QVERIFY(sameTerms(w.scheme(), trace.schemeAt(k)));
        QVERIFY(verify(w.scheme(), Field::Z).valid);
    }

    // A <2,2,2> path opened before the graph is built is drawn on it once the graph is there.
    void earlyPathGoesOntoTheGraph() {
        FlipSearchParams p = FlipSearchParams::quick({2, 2, 2}, Field::Z2, 7);
        p.recordTrace = true;
        p.seed = 2;
        const SearchResult r = runFlipSearch(p);
        QVERIFY(r.trace.has_value());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("walk222.json"));
        writeFileAtomic(file.toStdString(), searchTraceToJson(*r.trace));
        MainWindow w(MainWindow::Rendering::Disabled);
        FlipGraphWindow* window = w.flipGraph();
        QSignalSpy opened(window, &FlipGraphWindow::pathOpened);
        window->openPath(file);
        window->ensureGraph();
        QVERIFY(opened.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(window->isGraphReady(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(window->graphView()->isOnWalk(0), 60000);
        QVERIFY(window->graphView()->walkVertexCount() >= 2);
    }

    void damagedPathIsRefused() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        writeFileAtomic(file.toStdString(),
                        "{\"format\": \"tensorgame-search-trace\", \"version\": 1}");
        MainWindow w(MainWindow::Rendering::Disabled);
        FlipGraphWindow* window = w.flipGraph();
        QSignalSpy failed(window, &FlipGraphWindow::pathFailed);
        window->openPath(file);
        QVERIFY(failed.wait(60000));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("broken.json")));
        QVERIFY(!window->walkPanel()->hasTrace());
    }
};

TG_GUI_TEST_MAIN(TestFlipGraphGui, "tst_flipgraph_gui")
#include "tst_flipgraph_gui.moc"
