#pragma once
// Runs body(0) .. body(count-1) on `threads` workers of a run::BackgroundRun (the project's one
// way to use threads, core/run): worker w takes indices w, w + threads, ... Returns when all
// are done; rethrows the first failure as std::runtime_error with its message.
#include <functional>

namespace tg::apply {

void parallelFor(int count, int threads, const std::function<void(int index)>& body);

}  // namespace tg::apply
