#pragma once
// Sampled AlphaZero tree search for TensorGame (Hubert et al. 2021 "Learning and planning in
// complex action spaces"; Fawzi et al. 2022). The action space (every rank-1 term) is too large
// to enumerate, so each node keeps K actions sampled from the policy, with the empirical
// sampling frequency as prior; selection is PUCT on values normalised over the tree.
//
// Values are returns: minus the moves still needed, so a better state has a value nearer 0.
// In games without a target a leaf's value is minus its span completion rank (a true upper
// bound: MctsParams::completionValue); otherwise minus the larger of the network's moves-left
// estimate and the residual's flattening-rank lower bound (a true lower bound).
// Where the leaf value needs no evaluator, a leaf draws its candidates (the evaluator's call)
// only when a simulation comes back through it (MctsParams::lazyCandidates).
// With a move budget (AgentGame), states whose lower bound exceeds the moves left are pruned,
// and tight states are decided exactly by the EndgameSolver; an exact solution found anywhere
// in the tree is kept and preferred when a move is played.
//
// Not thread-safe: one Mcts per thread (AgentSearch runs several, each with its evaluator).
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "core/search/EndgameMemo.h"
#include "core/search/Evaluator.h"
#include "core/search/Evaluators.h"
#include "core/search/IntResidual.h"
#include "core/search/MctsParams.h"
#include "core/search/Rng.h"

namespace tg::search {

// Where a candidate move came from: how the search found it (the panel shows it).
enum class CandidateSource {
    Sampled,     // drawn from the policy, or uniformly beside it (MctsParams::uniformShare)
    CompletedW,  // a sampled (u, v) with the w that leaves the smallest ranks (completeTop)
    Pair,        // made of two of the residual's span completion terms (pairCandidates)
    Drop,        // lowers a flattening rank, read off its span (dropCandidates)
    Endgame,     // the first move of the endgame solver's exact solution
};

// A root candidate as the interactive panel lists it.
struct CandidateStats {
    Action action;
    double prior = 0;        // PUCT prior (sampling frequency, possibly with completion share)
    double probability = 0;  // the network's probability of the action
    int visits = 0;
    double meanValue = 0;  // mean return after this move (minus moves still needed, incl. it)
    CandidateSource source = CandidateSource::Sampled;
    bool hopeless = false;  // proven or bounded beyond the budget
    int solvedIn = -1;      // moves to zero after this move, when known exactly
};

class Mcts {
  public:
    // Starts at `residual` after `step` moves (history: the last moves, oldest first).
    Mcts(IntResidual residual, AgentGame game, Evaluator& evaluator, MctsParams params,
         std::uint64_t seed, int step = 0, std::vector<Action> history = {});
    ~Mcts();
    Mcts(const Mcts&) = delete;
    Mcts& operator=(const Mcts&) = delete;

    // Runs up to `simulations` simulations from the root. Returns how many ran: fewer when
    // `stop` was set, or when the root is already decided (solved within the budget, hopeless,
    // or terminal).
    int think(int simulations, const std::atomic<bool>* stop = nullptr);

    // The root's candidates, most visited first.
    [[nodiscard]] std::vector<CandidateStats> candidates() const;
    // The move to play: the first move of a known exact solution if there is one, else the
    // most visited (temperature 0) or one sampled by visits^(1/T). nullopt when the root has no
    // candidate (terminal, or nothing legal was sampled).
    [[nodiscard]] std::optional<Action> chooseMove();
    // Plays `move` (any legal move, not only a candidate) and keeps the subtree below it. The
    // kept root gets fresh Dirichlet noise (when MctsParams::rootNoise is on: every move of a
    // self-play game explores, as in AlphaZero), the evaluator's candidates if it had uniform
    // draws alone (MctsParams::networkDepth), and the value normalisation is rebuilt from the
    // kept subtree (returns of the discarded branches no longer stretch it).
    void play(const Action& move);

    [[nodiscard]] const IntResidual& residual() const;
    [[nodiscard]] int step() const;
    [[nodiscard]] bool isSolved() const { return residual().isZero(); }
    // The root can no longer finish within the game's limit.
    [[nodiscard]] bool isHopeless() const;
    // Moves to zero from the root when an exact solution is known (the moves themselves).
    [[nodiscard]] std::optional<std::vector<Action>> knownSolution() const;
    // The best scheme any node of the tree completes to, as moves from the state the Mcts was
    // made with (its moves from there, then its exact endgame or its span completion); nullopt
    // before any node was expanded or when MctsParams::bestLine is off.
    [[nodiscard]] std::optional<std::vector<Action>> bestLine() const;
    // Its rank counted from the start of the game (the Mcts's first step plus its moves).
    [[nodiscard]] std::optional<int> bestLineRank() const;

    [[nodiscard]] long long simulations() const { return simulations_; }
    [[nodiscard]] long long evaluations() const { return evaluations_; }
    // Questions the endgame solver was asked, and how many of them the memo answered.
    [[nodiscard]] long long endgameQuestions() const { return endgameQuestions_; }
    [[nodiscard]] long long endgameRecalled() const { return endgameRecalled_; }
    [[nodiscard]] long long nodeCount() const;
    // Statistics of the root node itself (visits and mean value), for tests and the panel.
    [[nodiscard]] int rootVisits() const;
    [[nodiscard]] double rootValue() const;
    // The returns PUCT normalises with (min, max), or nullopt before any backup.
    [[nodiscard]] std::optional<std::pair<double, double>> valueRange() const;

  private:
    struct Edge;
    struct Node;

    int newNode(IntResidual residual, int step, std::vector<Action> history, int parent = -1,
                Action move = {});
    // Notes the node's rank to zero (step plus exact or completed moves) for bestLine.
    void noteCompletion(int node);
    // Sets the node's completion and spread (MctsParams::completionSpread).
    void measureCompletion(Node& n) const;
    // Whether the completion value and pair moves serve this game (MctsParams).
    [[nodiscard]] bool completionParts() const;
    // One walk from the root to a leaf: the (node, edge) steps taken, and the leaf's return.
    struct Descent {
        std::vector<std::pair<int, int>> path;
        int leaf = -1;
        std::optional<double> value;
    };

    // Expands a leaf and returns its value.
    double expand(int node);
    // An expansion's evaluator call by `sampler` alone, then finishExpansion.
    double expandWith(int node, const Observation& o, Evaluator& sampler);
    // One call of `sampler` for `o`, counted in evaluations() when it is the evaluator.
    std::vector<Evaluation> askOne(Evaluator& sampler, const Observation& o, std::uint64_t seed);
    // The part of an expansion before the evaluator: the value when the leaf is decided without
    // it (solved, at the limit, pruned, endgame), else nullopt with the observation to evaluate.
    std::optional<double> beginExpansion(int node, Observation& o);
    // The rest, given the answer of `sampler` (nullptr: none was asked); returns the leaf's
    // value.
    double finishExpansion(int node, const Observation& o, Evaluation* e, std::uint64_t seed,
                           const Evaluator& sampler);
    // Whether the node, valued as a leaf, gets its candidates at its second visit
    // (MctsParams::lazyCandidates, where the leaf value needs no evaluator; never the root).
    [[nodiscard]] bool drawsLater(int node) const;
    // Draws (more) candidates for a valued node: one evaluator call, then giveCandidates.
    void drawCandidates(int node);
    // The evaluator that draws the node's candidates: evaluator_, or uniform draws below
    // MctsParams::networkDepth.
    [[nodiscard]] Evaluator& samplerAt(const Node& n);
    // The samples of `sampler` (a network's mixed with uniform draws) and the hand-made moves
    // become the node's edges; a node left without any is dead; the root's get Dirichlet noise.
    void giveCandidates(int node, const Observation& o, Evaluation* e, std::uint64_t seed,
                        const Evaluator& sampler);
    [[nodiscard]] Observation observationAt(const Node& n) const;
    // PUCT from the root to a leaf (stops at leaves awaiting the evaluator); a valued node
    // without candidates on the way gets them first (MctsParams::lazyCandidates, redraws).
    Descent descend();
    [[nodiscard]] double leafValueWithoutNetwork(int leaf) const;
    int simulateOne();
    // Up to `count` descents with virtual losses, their new leaves in one evaluator call.
    int simulateBatch(int count);
    [[nodiscard]] bool awaitsEvaluation(int node) const;
    void addVirtualLoss(const std::vector<std::pair<int, int>>& path, double loss, int sign);
    // The endgame solver at a tight node: its value when decided (solved or impossible).
    std::optional<double> solveEndgameAt(int node, int budget);
    // Adds MctsParams::uniformShare of uniformly drawn moves to the policy's candidates, with the
    // mixture's prior (MctsParams::mixtureCorrection).
    void mixUniformDraws(const Observation& o, Evaluation& e, std::uint64_t seed);
    // The value range of the subtree below the root (after the root moved).
    void resetValueRange();
    // Gives the node its candidate moves (each with its CandidateSource): the evaluator's
    // samples, completed w for the likeliest, pair and drop moves, with their shares of the prior.
    void addCandidates(Node& n, const Evaluation& e);
    // Whether sampled (u, v) get a completed w on this residual: completion is on and there are
    // at most MctsParams::completeMaxW w to try.
    [[nodiscard]] bool completesW(const IntResidual& r) const;
    void addDirichletNoise(Node& n);
    int select(Node& n);
    void backup(const std::vector<std::pair<int, int>>& path, int leaf, double value);
    void refreshDeadAndSolved(int node);
    [[nodiscard]] double normalised(double q) const;
    [[nodiscard]] int budgetLeft(const Node& n) const;

    AgentGame game_;
    Evaluator& evaluator_;
    UniformEvaluator uniformDraws_;  // below MctsParams::networkDepth
    MctsParams params_;
    Rng rng_;
    std::vector<Node> nodes_;
    int root_ = 0;
    double minValue_ = 0, maxValue_ = 0;
    bool valueRangeSet_ = false;
    long long simulations_ = 0;
    long long evaluations_ = 0;
    EndgameMemo endgameMemo_;
    long long endgameQuestions_ = 0;
    long long endgameRecalled_ = 0;
    std::vector<int> awaiting_;  // leaves of the current batch waiting for the evaluator
    int bestNode_ = -1;          // the node of bestLine
    int bestRank_ = 0;           // its rank from the start of the game
};

// Mcts::think in chunks of `chunk` simulations up to `total`, calling afterChunk() after each
// (live progress on large sizes); stops early when think() does (decided, or stopped).
void thinkInChunks(Mcts& mcts, long long total, int chunk, const std::atomic<bool>* stop,
                   const std::function<void()>& afterChunk);

}  // namespace tg::search
