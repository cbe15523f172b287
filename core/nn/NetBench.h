#pragma once
// Evaluations per second of the network behind the Evaluator interface, for `bench nn`.
#include <vector>

#include "core/nn/ModelInfo.h"

namespace tg::nn {

struct NetBenchResult {
    NetworkConfig network;
    int batch = 1;    // observations per evaluate() call
    int samples = 0;  // actions sampled per observation
    int threads = 1;
    long long calls = 0;
    double seconds = 0;
    double evaluationsPerSecond = 0;  // observations evaluated per second
    long long parameters = 0;         // network size
};

// Times evaluate() on synthetic states of the network's size (an untrained network: the cost does
// not depend on the weights) for about `seconds`.
[[nodiscard]] NetBenchResult benchmarkNetwork(const NetworkConfig& network, int batch, int samples,
                                              int threads, double seconds);

}  // namespace tg::nn
