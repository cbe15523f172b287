#include "WindowBenchmarks.h"

#include <QApplication>
#include <QWindow>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "LaunchOptions.h"
#include "MainWindow.h"
#include "ProcessMemory.h"
#include "widgets/TensorView.h"

namespace tg {

namespace {

// Waits until the window is on screen, then gives layouts, the first paint and the queued
// signals it causes a few rounds of the event loop.
void waitUntilShown(QWidget& window) {
    QElapsedTimer clock;
    clock.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) &&
           clock.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    for (int i = 0; i < 10; ++i) QApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The view once it has drawn its first frame; nullptr (the reason printed) without one.
TensorView* drawnView(MainWindow& window) {
    TensorView* view = window.tensorView();
    if (!view) {
        printError(window.viewUnavailableMessage());
        return nullptr;
    }
    QElapsedTimer clock;
    clock.start();
    while (view->frameCount() == 0 && clock.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    if (!view->isRenderingAvailable()) {
        printError(view->unavailableReason());
        return nullptr;
    }
    return view;
}

double millisecondsOf(const QElapsedTimer& clock) {
    return double(clock.nsecsElapsed()) / 1e6;
}

// The q-quantile (0..1) of `values`, by the nearest rank.
double quantile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::lround(q * double(values.size() - 1)));
    return values[std::min(rank, values.size() - 1)];
}

// Times `frames` frames drawn at once; `step` runs before each (a camera move, or nothing).
template <class Step>
std::vector<double> timeFrames(TensorView* view, int frames, Step step) {
    std::vector<double> ms;
    ms.reserve(std::size_t(frames));
    for (int i = 0; i < frames; ++i) {
        step();
        QElapsedTimer clock;
        clock.start();
        view->drawNow();
        ms.push_back(millisecondsOf(clock));
    }
    return ms;
}

}  // namespace

int saveScreenshot(QWidget& window, const QString& path) {
    waitUntilShown(window);
    if (!window.grab().save(path, "PNG")) {
        printError(QApplication::translate("main", "cannot write %1").arg(path));
        return 1;
    }
    return 0;
}

int benchRender(MainWindow& window, const QElapsedTimer& sinceStart, int frames) {
    TensorView* view = drawnView(window);
    if (!view) return 1;
    const double firstFrameMs = millisecondsOf(sinceStart);
    // While the camera moves, frames go without multisampling, as they do under the mouse.
    const std::vector<double> moving =
        timeFrames(view, frames, [&] { view->orbit(360.0 / frames); });
    QElapsedTimer settle;
    settle.start();
    while (view->isMoving() && settle.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const std::vector<double> still = timeFrames(view, std::max(5, frames / 10), [] {});
    std::printf("scheme: %s\nvoxels: %d\nview: %dx%d\nOpenGL: %s\n",
                qPrintable(window.currentSource()), view->voxelCount(), view->width(),
                view->height(), qPrintable(view->openGLDescription()));
    std::printf("time to first frame: %.1f ms\n", firstFrameMs);
    std::printf("frame while moving: median %.2f ms, 95th percentile %.2f ms (%d frames)\n",
                quantile(moving, 0.5), quantile(moving, 0.95), int(moving.size()));
    std::printf(
        "frame at rest (multisampled): median %.2f ms, 95th percentile %.2f ms (%d "
        "frames)\n",
        quantile(still, 0.5), quantile(still, 0.95), int(still.size()));
    return 0;
}

int benchMemory(MainWindow& window) {
    waitUntilShown(window);
    if (window.tensorView() && !drawnView(window)) return 1;
    const ProcessMemory memory = processMemory();
    std::printf("scheme: %s\n", qPrintable(window.currentSource()));
    std::printf("peak resident memory: %.1f MB\nresident now: %.1f MB\n",
                double(memory.peakKilobytes) / 1024, double(memory.currentKilobytes) / 1024);
    std::printf("LibTorch loaded: %s\n", memory.libTorchMapped ? "yes" : "no");
    for (const MemoryPart& part : memory.parts)
        std::printf("  %-36s %8.1f MB\n", qPrintable(part.name), double(part.kilobytes) / 1024);
    return 0;
}

}  // namespace tg
