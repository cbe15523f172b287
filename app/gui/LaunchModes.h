#pragma once
// What a launch (LaunchOptions.h) asks of the open window besides an interactive session: the
// Run panel's run (--run), the flip graph with a walk (--flip-graph) or a recorded path
// (--search-path), Compare Schemes (--compare), a picture (--screenshot) and the benchmarks of
// WindowBenchmarks.h.
#include <QElapsedTimer>
#include <optional>

#include "LaunchOptions.h"

namespace tg {

class MainWindow;

// Opens the window on the launch's scheme; the exit status when it must end at once.
[[nodiscard]] std::optional<int> showWindow(MainWindow& window, const Launch& launch);
// Once shown: does what the launch asks and returns the exit status, or none when an
// interactive session follows.
[[nodiscard]] std::optional<int> runLaunchModes(MainWindow& window, const Launch& launch,
                                                const QElapsedTimer& sinceStart);

}  // namespace tg
