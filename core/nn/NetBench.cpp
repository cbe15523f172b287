#include "core/nn/NetBench.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/nn/NetworkEvaluator.h"
#include "core/nn/SyntheticDemos.h"
#include "core/nn/detail/PolicyValueNet.h"

namespace tg::nn {

namespace {

constexpr int kStates = 16;

// Calls `work(i)` for i = 0, 1, ... until `seconds` have passed; returns the calls per second.
template <typename Work>
double callsPerSecond(double seconds, Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    long long calls = 0;
    double elapsed = 0;
    do {
        work(calls);
        ++calls;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (elapsed < seconds);
    return static_cast<double>(calls) / elapsed;
}

// `count` moves: the candidates in turn (each sampled move is one decoder row to score).
std::vector<search::Action> movesOf(const search::Evaluation& e, int count) {
    std::vector<search::Action> out;
    for (int i = 0; i < count && !e.candidates.empty(); ++i)
        out.push_back(e.candidates[static_cast<std::size_t>(i) % e.candidates.size()].action);
    return out;
}

}  // namespace

NetBenchResult benchmarkNetwork(const NetworkEvaluator& network, int samples, int threads,
                                double seconds) {
    const auto evaluator = network.share();  // evaluate() is not const; the network is shared
    const NetworkConfig& config = network.info().network;
    search::Rng rng(7);
    const auto synthetic = SyntheticParams::forSize(config.size, config.coefficients);
    std::vector<search::Observation> states;
    states.reserve(kStates);
    for (int i = 0; i < kStates; ++i) states.push_back(sampleDemonstration(synthetic, rng).state);
    std::vector<std::vector<search::Action>> moves;
    moves.reserve(kStates);
    for (const auto& state : states)
        moves.push_back(movesOf(evaluator->evaluate({&state, 1}, samples, 0).front(), samples));

    NetBenchResult r{config, samples, threads, evaluator->parameterCount()};
    const auto state = [&](long long call) { return static_cast<std::size_t>(call % kStates); };
    r.evaluationsPerSecond = callsPerSecond(seconds, [&](long long call) {
        (void)evaluator->evaluate({&states[state(call)], 1}, samples,
                                  static_cast<std::uint64_t>(call));
    });
    using Pass = NetworkEvaluator::ForwardPass;
    detail::useThreads(threads);
    r.libTorchPerSecond = callsPerSecond(seconds, [&](long long call) {
        (void)evaluator->outputs(states[state(call)], moves[state(call)], Pass::LibTorch);
    });
    for (std::size_t i = 0; i < states.size(); ++i) {
        const auto fast = evaluator->outputs(states[i], moves[i], Pass::Inference);
        const auto torch = evaluator->outputs(states[i], moves[i], Pass::LibTorch);
        r.valueDifference = std::max(r.valueDifference, std::abs(fast.movesLeft - torch.movesLeft));
        for (std::size_t m = 0; m < moves[i].size(); ++m)
            r.probabilityDifference = std::max(
                r.probabilityDifference, std::abs(fast.probabilities[m] - torch.probabilities[m]));
    }
    return r;
}

}  // namespace tg::nn
