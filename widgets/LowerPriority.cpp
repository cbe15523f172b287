#include "LowerPriority.h"

#include <algorithm>
#include <thread>
#ifdef __linux__
#include <sys/resource.h>
#endif

namespace tg {

void startBelowTheGuiThread(const std::function<void()>& start) {
    std::thread starter([&start] {
#ifdef __linux__
        // Failing to lower one's own priority is harmless: the engine starts all the same.
        (void)setpriority(PRIO_PROCESS, 0, std::min(getpriority(PRIO_PROCESS, 0) + 4, 19));
#endif
        start();
    });
    starter.join();
}

}  // namespace tg
