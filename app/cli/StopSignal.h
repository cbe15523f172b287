#pragma once
// Ctrl+C (SIGINT) and SIGTERM for the long commands (train, search): a signal asks the command
// to stop. The handler only sets an atomic flag; the engines' runs watch it as a stopper, and
// the command's other long phases poll it, so a command ends promptly keeping what it wrote.

#include <atomic>

namespace tg::cli {

// Installs the handler for SIGINT and SIGTERM (once; later calls do nothing). Call it first
// thing in a command, before loading or any other long phase.
void installStopSignals();
// Whether SIGINT or SIGTERM arrived since installStopSignals. Lock-free, async-signal-safe.
[[nodiscard]] bool stopSignalled();
// The flag itself, for an engine's external-stop stopper (core/run/Stoppers.h).
[[nodiscard]] const std::atomic<bool>& stopSignalFlag();

}  // namespace tg::cli
