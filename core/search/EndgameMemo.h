#pragma once
// The endgame solver's answers within one tree, by residual and move budget. The tree does not
// merge transpositions (the same moves played in another order reach the same residual as
// different nodes), and the solver's answer depends on the residual and the budget alone (the
// coefficient set and limits are the tree's), so a repeated question is answered from here.
// Measured on <2,2,2> over {-1,0,1} (the ternary agent, one thread, 10 s, seed 1): 4720 solver
// calls, 3423 of them distinct; the flattening-span tests the solver runs took about half of the
// search's time (perf).
#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include "core/search/EndgameSolver.h"
#include "core/search/IntResidual.h"

namespace tg::search {

class EndgameMemo {
  public:
    // The answer stored for (residual, budget), or nullptr.
    [[nodiscard]] const EndgameResult* find(const IntResidual& residual, int budget) const;
    // Keeps an answer. When the residuals kept would exceed kMaxCells entries in all, the memo
    // starts again empty: a bound on its memory (16 MB per tree, per thread), whatever the size
    // (a <2,2,2> residual has 64 entries, a <4,4,4> one 4096).
    void store(const IntResidual& residual, int budget, const EndgameResult& result);
    [[nodiscard]] std::size_t size() const { return entries_.size(); }

    static constexpr std::size_t kMaxCells = std::size_t{1} << 22;

  private:
    struct Entry {
        IntResidual residual;
        int budget = 0;
        EndgameResult result;
    };
    [[nodiscard]] static std::uint64_t key(const IntResidual& residual, int budget);

    // By key; entries of equal keys (hash collisions) are told apart by residual and budget.
    std::unordered_multimap<std::uint64_t, Entry> entries_;
    std::size_t cells_ = 0;  // residual entries kept
};

}  // namespace tg::search
