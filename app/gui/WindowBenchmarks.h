#pragma once
// What the command line can ask of an open window instead of a session: a picture of it
// (--screenshot), the cost of drawing it (--bench-render) and the memory it holds
// (--bench-memory). Each returns the program's exit status and prints its numbers to stdout.
#include <QElapsedTimer>
#include <QString>

class QWidget;

namespace tg {

class MainWindow;

// `window`: the main window, or another top-level one (the flip graph).
[[nodiscard]] int saveScreenshot(QWidget& window, const QString& path);
// Orbits the camera through 360 degrees in `frames` frames, each drawn at once and finished
// before the next, and prints the time per frame (median and 95th percentile) while moving
// and at rest, and the time to the first frame after the process started.
[[nodiscard]] int benchRender(MainWindow& window, const QElapsedTimer& sinceStart, int frames);
// Once the window is drawn: peak and current resident memory, what holds it, and whether
// LibTorch is loaded (it should not be until the agent or the Training dock needs a network).
[[nodiscard]] int benchMemory(MainWindow& window);

}  // namespace tg
