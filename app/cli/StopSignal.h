#pragma once
// Ctrl+C (SIGINT) and SIGTERM for the long commands (train, search): a signal asks the command
// to stop. The handler only sets an atomic flag; every long phase of the command polls it (at
// least every 100 ms) and ends promptly, keeping what it has written.

namespace tg::cli {

// Installs the handler for SIGINT and SIGTERM (once; later calls do nothing). Call it first
// thing in a command, before loading or any other long phase.
void installStopSignals();
// Whether SIGINT or SIGTERM arrived since installStopSignals. Lock-free, async-signal-safe.
[[nodiscard]] bool stopSignalled();

}  // namespace tg::cli
