#pragma once
// The network's speed behind the Evaluator interface, for `bench nn`: evaluate() (InferenceNet,
// what the search runs) beside the LibTorch module it was copied from doing the same work.
#include "core/nn/ModelInfo.h"

namespace tg::nn {

struct NetBenchResult {
    NetworkConfig network;
    int samples = 0;  // actions sampled per state
    int threads = 1;  // LibTorch's threads
    long long parameters = 0;
    double evaluationsPerSecond = 0;  // states evaluated per second by evaluate()
    // The same states through LibTorch: the value and the probability of `samples` moves (the
    // decoder rows sampling them costs), per second.
    double libTorchPerSecond = 0;
    // The largest differences between the two passes' outputs on those states.
    double valueDifference = 0;
    double probabilityDifference = 0;
};

// Times both passes on synthetic states of the network's size (an untrained network: the cost
// does not depend on the weights) for about `seconds` each, one pass after the other.
[[nodiscard]] NetBenchResult benchmarkNetwork(const NetworkConfig& network, int samples,
                                              int threads, double seconds);

}  // namespace tg::nn
