#include "LaunchModes.h"

#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QTimer>

#include "CompareDialog.h"
#include "FlipGraphWindow.h"
#include "MainWindow.h"
#include "RunPanel.h"
#include "WindowBenchmarks.h"

namespace tg {

namespace {

// Waits (up to two minutes) for `signal`, which the flip-graph window sends when its background
// work is done.
template <class Signal>
bool waitFor(FlipGraphWindow* window, Signal signal) {
    QEventLoop loop;
    bool arrived = false;
    QObject::connect(window, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return arrived;
}

// --flip-graph: Search > Flip Graph with a walk on it. Returns the window, or null (the error
// printed) when the graph or the walk failed.
FlipGraphWindow* showFlipGraphWalk(MainWindow& window, const Launch& launch) {
    FlipGraphWindow* graph = window.flipGraph();
    if (launch.size) graph->resize(*launch.size);
    window.showFlipGraph();
    if (!graph->isGraphReady() && !waitFor(graph, &FlipGraphWindow::graphReady)) {
        printError(QApplication::translate("main", "the flip graph was not built"));
        return nullptr;
    }
    graph->walkFlipSearch();
    if (!waitFor(graph, &FlipGraphWindow::walkShown)) {
        printError(QApplication::translate("main", "the flip search's walk did not finish"));
        return nullptr;
    }
    return graph;
}

// --search-path FILE: the flip-graph window's Walk page replaying FILE; null (the error printed)
// when it cannot be read.
FlipGraphWindow* showSearchPath(MainWindow& window, const Launch& launch) {
    FlipGraphWindow* graph = window.flipGraph();
    if (launch.size) graph->resize(*launch.size);
    graph->show();
    QString failure;
    QObject::connect(graph, &FlipGraphWindow::pathFailed, graph,
                     [&failure](const QString& message) { failure = message; });
    graph->openPath(launch.searchPath);
    if (!waitFor(graph, &FlipGraphWindow::pathOpened)) {
        printError(failure.isEmpty()
                       ? QApplication::translate("main", "cannot read %1").arg(launch.searchPath)
                       : failure);
        return nullptr;
    }
    return graph;
}

// --run: the Run panel in front, its run started on the scheme on show and waited for.
bool runOnPanel(MainWindow& window, const QString& sizes) {
    RunPanel* panel = window.runPanel();
    panel->setSizes(sizes);
    QEventLoop loop;
    bool completed = false;
    QObject::connect(panel, &RunPanel::runFinished, &loop, [&](bool ok) {
        completed = ok;
        loop.quit();
    });
    MainWindow::bringForward(panel);
    if (!panel->startRun()) {
        printError(panel->statusText());
        return false;
    }
    loop.exec();
    return completed;
}

// --compare: View > Compare Schemes, its measurements waited for; null (the reason printed)
// when they did not complete.
CompareDialog* compareOnDialog(MainWindow& window, const Launch& launch) {
    CompareDialog* dialog = window.compareDialog();
    if (launch.size) dialog->resize(*launch.size);
    QEventLoop loop;
    bool completed = false;
    QObject::connect(dialog, &CompareDialog::runFinished, &loop, [&](bool ok) {
        completed = ok;
        loop.quit();
    });
    window.compareSchemes();
    if (dialog->isRunning()) loop.exec();
    if (!completed) printError(dialog->statusText());
    return completed ? dialog : nullptr;
}

}  // namespace

// Opens the window on the launch's scheme; the exit status when it must end at once.
std::optional<int> showWindow(MainWindow& window, const Launch& launch) {
    if (!launch.pictureOnly()) window.restoreSettings();
    if (launch.size) window.resize(*launch.size);
    QString error;
    if (!window.openSource(launch.spec, &error)) {
        if (launch.pictureOnly()) {
            printError(error);
            return 1;
        }
        QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open"), error);
        window.openSource(QStringLiteral("builtin:strassen"));
    }
    if (launch.step) window.seek(*launch.step);
    if (launch.view) window.setViewMode(*launch.view);
    window.show();
    return std::nullopt;
}

std::optional<int> runLaunchModes(MainWindow& window, const Launch& launch,
                                  const QElapsedTimer& sinceStart) {
    if (launch.bench) return benchRender(window, sinceStart, launch.frames);
    if (launch.benchMemory) return benchMemory(window);
    if (!launch.runSizes.isEmpty() && !runOnPanel(window, launch.runSizes)) return 1;
    if (launch.flipGraph || !launch.searchPath.isEmpty()) {
        FlipGraphWindow* graph = launch.searchPath.isEmpty() ? showFlipGraphWalk(window, launch)
                                                             : showSearchPath(window, launch);
        if (!graph) return 1;
        if (!launch.screenshot.isEmpty()) return saveScreenshot(*graph, launch.screenshot);
    }
    if (launch.compare) {
        CompareDialog* dialog = compareOnDialog(window, launch);
        if (!dialog) return 1;
        if (!launch.screenshot.isEmpty()) return saveScreenshot(*dialog, launch.screenshot);
    }
    if (!launch.screenshot.isEmpty()) return saveScreenshot(window, launch.screenshot);
    return std::nullopt;
}

}  // namespace tg
