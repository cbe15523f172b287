#pragma once
// The network's speed behind the Evaluator interface, for `bench nn`: evaluate() (InferenceNet,
// what the search runs) beside the LibTorch module it was copied from doing the same work.
#include "core/nn/ModelInfo.h"

namespace tg::nn {

class NetworkEvaluator;

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

// Times both passes of `network` on synthetic states of its size for about `seconds` each, one
// pass after the other. Its weights matter: evaluate() decodes each distinct prefix of the
// sampled moves once, so a peaked (trained) policy costs less than an untrained one.
[[nodiscard]] NetBenchResult benchmarkNetwork(const NetworkEvaluator& network, int samples,
                                              int threads, double seconds);

}  // namespace tg::nn
