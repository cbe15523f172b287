#pragma once
// Scores for completing a sampled (u, v) with a w, mod 2. The agent offers, for its likeliest
// (u, v), the w that leaves the residual with the lowest sum of flattening ranks (ties: fewest
// entries). Computing three ranks from scratch for each of the 2^n - 1 vectors w took 73% of the
// agent's time on 3x3x3. Subtracting u (x) v (x) w is a rank-one update of each flattening, and
// whether a rank drops, stays or rises depends only on linear functions of w (Meyer 1973, rank
// of M + c d^T over any field), so one elimination per mode scores every w exactly.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/search/Gf2Echelon.h"
#include "core/search/IntResidual.h"

namespace tg::search {

// sum of the three flattening ranks * 1'000'000 + entries left: the completion's ordering.
[[nodiscard]] long long completionScoreBySubtracting(IntResidual& r, const Action& a);

// Of the moves (sampled.u, sampled.v, w) for w in ws, the first with the lowest score, or none
// when ws is empty.
[[nodiscard]] std::optional<Action> bestCompletion(const IntResidual& residual,
                                                   const Action& sampled,
                                                   const std::vector<std::vector<int>>& ws);

// The same over every nonzero w of 0s and 1s, for a mod-2 residual, in the order of w's bits
// counting up (bit k: w[k]; factorTable's mod-2 order): one walk (Gf2Completion::bestW) where the
// flattenings fit the bit rows, the table scored w by w otherwise.
[[nodiscard]] std::optional<Action> bestCompletionMod2(const IntResidual& residual,
                                                       const Action& sampled);

class Gf2Completion {
  public:
    // Bit rows of up to 256 columns, at most 64 rows per flattening.
    using BitRow = gf2::BitRow;

    // Empty unless r is mod 2 and its flattenings fit the bit rows.
    [[nodiscard]] static std::optional<Gf2Completion> make(const IntResidual& r,
                                                           const std::vector<int>& u,
                                                           const std::vector<int>& v);
    // completionScoreBySubtracting(r, {u, v, w}) for w given by its bits (bit k: w[k] odd).
    [[nodiscard]] long long score(std::uint64_t w) const;
    // Of every nonzero w, the one with the lowest score, the lowest bits among equal scores: a
    // Gray-code walk changes one bit of w per step, so each score costs a few xors instead of a
    // sum over w's bits (score() for each w took a tenth of a 3x3x3 run).
    [[nodiscard]] std::uint64_t bestW() const;

  private:
    // A fixed side of the update (u for mode 0, v for mode 1; the row side) and a side that
    // moves with w (the column side): its remainder against the row space and its
    // coordinates, per unit vector e_k, added up by linearity.
    struct MovingColumns {
        int rank = 0;
        bool fixedInColumnSpace = false;
        std::vector<BitRow> remainder;  // per k
        std::vector<bool> pairing;      // per k: z_k . c, meaningful when both sides are in
    };
    struct MovingRows {
        int rank = 0;
        bool fixedInRowSpace = false;
        std::vector<std::uint64_t> leftNull;  // w lies in the column space iff orthogonal to all
        std::uint64_t coordinates = 0;        // z with d = z^T M
    };

    static int delta(bool rowIn, bool colIn, bool pairing);

    MovingColumns modes_[2];
    MovingRows wMode_;
    long long nonZeros_ = 0;
    std::vector<long long> entryChange_;  // per k: entries added minus removed when w_k = 1
};

}  // namespace tg::search
