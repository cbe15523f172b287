// libtensorgame-nn.so: the network's services (core/nn/NnServices.h) for the app, which loads
// this module the first time the agent or the Training dock needs a network (NetworkServices.h).
#include "core/nn/NnServices.h"

extern "C" __attribute__((visibility("default"))) const tg::nn::Services* tgNnServices() {
    return &tg::nn::services();
}
