#include "core/nn/NetBench.h"

#include <chrono>

#include "core/nn/NetworkEvaluator.h"
#include "core/nn/SyntheticDemos.h"

namespace tg::nn {

NetBenchResult benchmarkNetwork(const NetworkConfig& network, int batch, int samples, int threads,
                                double seconds) {
    auto evaluator = NetworkEvaluator::untrained(network, 1);
    evaluator->setThreads(threads);
    search::Rng rng(7);
    const auto synthetic = SyntheticParams::forSize(network.size, network.coefficients);
    std::vector<search::Observation> states;
    states.reserve(static_cast<std::size_t>(batch));
    for (int i = 0; i < batch; ++i) states.push_back(sampleDemonstration(synthetic, rng).state);
    (void)evaluator->evaluate(states, samples, 0);  // warm-up: first-call allocations
    NetBenchResult r;
    r.network = network;
    r.batch = batch;
    r.samples = samples;
    r.threads = threads;
    r.parameters = evaluator->parameterCount();
    const auto start = std::chrono::steady_clock::now();
    do {
        (void)evaluator->evaluate(states, samples, static_cast<std::uint64_t>(r.calls));
        ++r.calls;
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (r.seconds < seconds);
    r.evaluationsPerSecond = static_cast<double>(r.calls * batch) / r.seconds;
    return r;
}

}  // namespace tg::nn
