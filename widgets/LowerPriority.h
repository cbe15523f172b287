#pragma once
// Runs `start` (which starts an engine's threads and returns at once) on a helper thread whose
// nice value is raised: on Linux the nice value belongs to each thread and new threads inherit
// their creator's, so the engine's threads run a little below the GUI thread, which then keeps
// its share of a busy machine (engines default to one thread per core). Elsewhere the threads
// start at normal priority.
#include <functional>

namespace tg {

void startBelowTheGuiThread(const std::function<void()>& start);

}  // namespace tg
