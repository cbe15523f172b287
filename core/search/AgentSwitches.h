#pragma once
// The agent's hand-made parts as switches, one per part, for ablations and for people who want
// to see what each part adds: the CLI's `bench agent --configs` and `search --engine mcts`
// options (app/cli/AgentConfig.h names them) and the Search dock's "Agent parts" set them.
// The defaults are the agent as shipped (MctsParams::strong()).
#include <optional>

namespace tg::search {

struct AgentSearchParams;

struct AgentSwitches {
    bool uniformModel = false;           // the uniform evaluator instead of the network
    bool endgame = true;                 // the exact endgame solver (MctsParams::endgame)
    bool completion = true;              // completed w for the top sampled (u, v) (completeTop)
    bool boundPruning = true;            // pruning by the flattening-rank bound
    bool randomBasis = true;             // each game in a random basis (AgentSearchParams)
    bool mixtureCorrection = false;      // the sampled-policy correction for the mixture
    bool completionValue = true;         // leaves valued by their span completion rank
    bool completionSpread = false;       // ties of completion ordered by the other modes
    bool restart = true;                 // half the games start from most of the best scheme
    bool restartFocus = true;            // ... less terms that the bound lets be made shorter
    bool plateauWalk = true;             // ... of the best scheme moved by random flips
    bool belowNaive = false;             // (off) the first games aim one below the naive rank
    bool bestLine = true;                // the best scheme any node completes to counts
    bool pairs = true;                   // moves made of pairs of the completion's terms
    bool drops = true;                   // moves that lower a flattening rank
    std::optional<double> uniformShare;  // nullopt: MctsParams' default
    int leafBatch = 1;                   // leaves per network call, with virtual loss
    bool lazyCandidates = true;          // a leaf's candidates at its second visit
    std::optional<int> samples;          // K sampled moves per node; nullopt: MctsParams'
    int networkDepth = 0;                // the network only this near a move's root; 0: all

    friend bool operator==(const AgentSwitches&, const AgentSwitches&) = default;
};

// The parts a person can turn off one at a time (the Search dock's "Agent parts").
enum class AgentPart {
    Endgame,
    Completion,
    Pairs,
    Drops,
    BoundPruning,
    RandomBasis,
    Restart,
    PlateauWalk,  // acts through restarts: where they act, and only while they are on
};

// Whether a part can act at all in a game, by the rule the tree search applies (Mcts,
// AgentSearch), so that the dock greys exactly the switches that would change nothing. Drop
// moves and the random basis use GF(2) algebra (flattening spans, invertible bases mod 2); pair
// moves pair the terms of the residual's span completion, which the search computes only when
// `completes` (not told a target rank: Mcts::completionParts); restarts need a best scheme to
// improve on, which a game told its target rank stops at.
[[nodiscard]] bool agentPartActs(AgentPart part, bool mod2, bool completes);

// Sets the parts of `params` the switches name (not the evaluator: see uniformModel), on top of
// params.mcts as it is (MctsParams::strong() for the agent as shipped).
void applyAgentSwitches(const AgentSwitches& switches, AgentSearchParams& params);

}  // namespace tg::search
