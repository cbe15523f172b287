#pragma once
// Steps through an episode forwards and backwards. The residual after k moves is
// T - (term_1 + ... + term_k). Seeking never replays from the start unless that is the shortest
// way: the cursor moves from where it is, from the start, or back from the end (whose residual
// it computes once), whichever touches the fewest terms.

#include "core/game/Episode.h"
#include "core/game/GameState.h"
#include "core/tensor/ExactTensor.h"

namespace tg {

class ReplayCursor {
  public:
    explicit ReplayCursor(Episode episode);

    [[nodiscard]] const Episode& episode() const { return episode_; }
    [[nodiscard]] int position() const { return position_; }  // moves applied, 0..length
    [[nodiscard]] int length() const { return episode_.length(); }
    [[nodiscard]] const ExactTensor& residual() const { return residual_; }
    [[nodiscard]] const ExactTensor& target() const { return target_; }
    // The move that the next forward step applies (nullptr at the end).
    [[nodiscard]] const Move* nextMove() const;

    bool forward();           // false at the end
    bool backward();          // false at the start
    void seek(int position);  // clamped to 0..length
    // Number of term applications the last seek() cost (what the tests and benchmarks watch).
    [[nodiscard]] int lastSeekCost() const { return lastSeekCost_; }

    [[nodiscard]] StepFacts facts() const { return factsOf(residual_, position_); }

  private:
    Episode episode_;
    ExactTensor target_;
    ExactTensor residual_;
    ExactTensor endResidual_;
    int position_ = 0;
    int lastSeekCost_ = 0;
};

}  // namespace tg
