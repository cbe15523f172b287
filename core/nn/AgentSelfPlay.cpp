#include "core/nn/AgentSelfPlay.h"

namespace tg::nn {

std::vector<search::Demonstration> AgentSelfPlay::play(search::Evaluator& current,
                                                       std::uint64_t seed,
                                                       const std::atomic<bool>& stop) {
    search::SelfPlayReport r = search::playForTraining(params_, current, seed, &stop);
    games_ += r.games;
    solved_ += r.solved;
    if (r.bestRank > 0 && (bestRank_.load() == 0 || r.bestRank < bestRank_.load()))
        bestRank_.store(r.bestRank);
    return std::move(r.demonstrations);
}

}  // namespace tg::nn
