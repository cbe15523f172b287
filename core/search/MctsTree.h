#pragma once
// The tree's nodes and edges, and the helpers the tree and its expansion share (Mcts.cpp walks
// and backs up the tree; MctsExpand.cpp expands leaves). Not for Mcts' users: besides those two,
// only the uniform evaluator (its move probability) and the tree's own tests include it.
#include <array>
#include <optional>
#include <vector>

#include "core/search/Mcts.h"

namespace tg::search {

struct Mcts::Edge {
    Action action;
    double prior = 0;
    double probability = 0;
    CandidateSource source = CandidateSource::Sampled;
    int child = -1;
    int visits = 0;
    double valueSum = 0;  // sum of returns from the parent through this edge (-1 + child's)
};

struct Mcts::Node {
    IntResidual residual;
    int step = 0;
    std::vector<Action> history;
    std::vector<Edge> edges;
    bool expanded = false;  // valued: decided, or given its value (the leaf's return)
    bool drawn = false;     // given its candidates (MctsParams::lazyCandidates: maybe later)
    // Some of them by the evaluator, not only MctsParams::networkDepth's uniform draws.
    bool evaluatorDrew = false;
    bool terminal = false;
    bool dead = false;  // cannot finish within the limit
    int lowerBound = 0;
    double value = 0;  // the leaf value from the expansion (or the exact value)
    int visits = 0;
    double valueSum = 0;
    int expansions = 0;           // times candidates were drawn (MctsParams::maxReexpansions)
    int solvedIn = -1;            // moves to zero, when known exactly
    std::vector<Action> endgame;  // the endgame solver's moves, when it solved this node
    // Moves to zero by spanCompletionRank (an upper bound), -1 until the node is expanded.
    int completion = -1;
    // Sum over the three modes of their span completion's excess over `completion` (mod 2).
    int spread = 0;
    // spanCompletionRanks(residual), measured once when first expanded (pair moves reuse it).
    std::optional<std::array<int, 3>> spanRanks;
    // The node this one was reached from (-1: the state the Mcts was made with) and the move.
    int parent = -1;
    Action move;
};

namespace mcts {

// The history after `move`: the last Observation::kHistory moves.
[[nodiscard]] std::vector<Action> historyAfter(std::vector<Action> history, const Action& move);

// The uniform evaluator's probability of one move (every nonzero factor equally likely).
[[nodiscard]] double uniformMoveProbability(const TensorSize& size, CoefficientSet set);

}  // namespace mcts
}  // namespace tg::search
