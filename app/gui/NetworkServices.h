#pragma once
// The app's way to the network (LibTorch): the services of libtensorgame-nn.so, loaded on first
// use, so that a window that never runs the agent with a network or trains one does not load
// LibTorch (tensorgame --bench-memory shows what that saves).
#include <QString>

#include "core/nn/NnServices.h"

namespace tg {

// The services, loading the module the first time; nullptr with the reason in *error when this
// build has no network or the module cannot be loaded.
[[nodiscard]] const nn::Services* networkServices(QString* error);

}  // namespace tg
