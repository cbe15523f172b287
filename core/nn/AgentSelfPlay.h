#pragma once
// Expert iteration for the trainer: every so often the agent plays games on the target with the
// network being trained (plus exploration), and its solved games become demonstrations.
// Torch-free: it drives the tree search through the Evaluator the trainer hands over.
#include <atomic>

#include "core/nn/Trainer.h"
#include "core/search/SelfPlay.h"

namespace tg::nn {

class AgentSelfPlay final : public SelfPlaySource {
  public:
    explicit AgentSelfPlay(search::SelfPlayParams params) : params_(params) {}

    std::vector<search::Demonstration> play(search::Evaluator& current, std::uint64_t seed,
                                            const std::atomic<bool>& stop) override;

    // Totals over all calls (read after training, or from the trainer's thread).
    [[nodiscard]] int games() const { return games_.load(); }
    [[nodiscard]] int solved() const { return solved_.load(); }
    [[nodiscard]] int bestRank() const { return bestRank_.load(); }

  private:
    search::SelfPlayParams params_;
    std::atomic<int> games_{0}, solved_{0}, bestRank_{0};
};

}  // namespace tg::nn
