#pragma once
// TensorGame (Fawzi et al., Nature 2022): start from T<n,m,p>, subtract one rank-1 term per
// move, reach zero in as few moves as possible. Reward -1 per move; a game stopped at the step
// limit is charged an extra penalty equal to an upper bound on the rank of what is left.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/tensor/ExactTensor.h"
#include "core/tensor/Term.h"

namespace tg {

struct GameConfig {
    TensorSize size{2, 2, 2};
    Field field = Field::Z2;
    CoefficientSet coefficients = CoefficientSet::Mod2;
    int stepLimit = 12;  // 0: no limit
};

// Why a move is not allowed (empty when it is). Written for the person composing the move.
struct MoveCheck {
    bool legal = true;
    std::string reason;
};

// What a learner sees after each step.
struct StepFacts {
    int step = 0;
    long long residualNonZeros = 0;
    std::array<int, 3> flatteningRanks{};  // each a lower bound on the rank still needed
    int rankLowerBound = 0;
    // complete[c] is true when entry c of C (transposed index k*n+i, as in w) needs no more
    // products: the residual has no nonzero entry that contributes to it.
    std::vector<bool> completeC;
    bool solved = false;
};

class GameState {
  public:
    explicit GameState(const GameConfig& config);

    [[nodiscard]] const GameConfig& config() const { return config_; }
    [[nodiscard]] const ExactTensor& target() const { return target_; }
    [[nodiscard]] const ExactTensor& residual() const { return residual_; }
    [[nodiscard]] const std::vector<Term>& moves() const { return moves_; }
    [[nodiscard]] int step() const { return static_cast<int>(moves_.size()); }

    [[nodiscard]] MoveCheck check(const Term& move) const;
    // Applies a legal move (throws std::invalid_argument with check()'s reason otherwise) and
    // returns its reward.
    double apply(const Term& move);
    // Takes back the last move; false when there is none.
    bool undo();

    [[nodiscard]] bool isSolved() const { return residual_.isZero(); }
    [[nodiscard]] bool isTerminal() const;
    // -1 per move, and if the game ended at the step limit unsolved, minus rankUpperBound().
    [[nodiscard]] double totalReward() const;
    [[nodiscard]] StepFacts facts() const;

  private:
    GameConfig config_;
    ExactTensor target_;
    ExactTensor residual_;
    std::vector<Term> moves_;
};

// The facts for any residual (shared with the replay cursor).
[[nodiscard]] StepFacts factsOf(const ExactTensor& residual, int step);
// Entries of C that the residual no longer touches.
[[nodiscard]] std::vector<bool> completeCEntries(const ExactTensor& residual);
[[nodiscard]] std::vector<bool> completeCEntries(const ExactTensor& residual,
                                                 const std::vector<long long>& nonZeros);

}  // namespace tg
