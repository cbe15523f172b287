#pragma once
// What the agent's tree search does per decision, as a value type with named presets.
#include "core/search/EndgameSolver.h"

namespace tg::search {

struct MctsParams {
    int simulations = 200;  // per move played
    int samples = 32;       // K: actions sampled from the policy when a node is expanded
    double cPuct = 1.25;
    // Dirichlet noise mixed into the root's priors (AlphaZero's exploration when training).
    double rootNoise = 0.0;
    double dirichletAlpha = 0.3;
    // 0: play the most visited move; above 0: sample moves in proportion to visits^(1/T).
    double temperature = 0.0;
    // Also offer, for the `completeTop` most likely sampled (u, v), the w that leaves the
    // residual with the smallest flattening ranks (then fewest nonzeros), when the set of w
    // is small enough to enumerate (at most `completeMaxW` vectors: 2x2 mod 2 has 15, over
    // {-1,0,1} 80; 3x3 mod 2 has 511, which costs about a millisecond per expansion but turns
    // the weak 3x3 policy's moves into ones that lower the residual's ranks; 3x3 over Z has
    // 19682, too many).
    int completeTop = 8;  // 0: no completion
    int completeMaxW = 600;
    // Share of each node's candidates drawn uniformly instead of from the policy (with their
    // share of the prior), so that a network's blind spots are still explored. Ignored when the
    // evaluator is the uniform one.
    double uniformShare = 0.25;
    // Sampled MuZero's correction for that mixture: the policy's and the uniform draws are draws
    // from the proposal beta = (1 - s) pi + s U, and each candidate's prior is
    // beta-hat / beta * pi (pi from Evaluator::probabilities: one more network call per
    // expansion). Off: the prior is the mixture's empirical frequency (beta-hat), which aims the
    // search at the mixture rather than at the policy.
    bool mixtureCorrection = false;
    // Leaves evaluated per evaluator call: above 1, each simulation of a batch descends past the
    // virtual losses of the ones before it (AlphaGo's leaf parallelism), and one evaluator call
    // takes the batch (the network evaluator takes its states one by one). 1: sequential.
    int leafBatch = 1;
    // Decide tight states exactly (EndgameSolver) when the game has a move budget.
    bool endgame = true;
    // Answer the solver's repeated questions within a tree from memory (EndgameMemo.h); the
    // answers, hence the search, are the same either way. Off only to measure what it saves.
    bool endgameMemo = true;
    // Give up states whose flattening-rank lower bound exceeds the moves left (off: they are
    // searched until the step limit charges them).
    bool boundPruning = true;
    EndgameLimits endgameLimits;
    // A leaf's value is minus its completion rank (SpanCompletion: moves to zero by the
    // cheapest span basis, a true upper bound), so that the return of a path is minus the rank
    // of the scheme it completes to (AlphaTensor's step-limit penalty at every leaf). Off: minus
    // the larger of the network's estimate and the flattening-rank lower bound.
    bool completionValue = true;
    // With the completion value, a leaf also loses `completionSpread` times the mean excess of
    // its other two modes' span completions over the cheapest (SpanCompletion.h). States of one
    // completion rank are many (about 1,600 of the <3,3,3> target's pair moves keep it at 27);
    // those whose three modes agree are further along (each of Strassen's corner moves keeps
    // them equal; most other moves split them), and the excess is below 1 in practice, so it
    // orders ties without overruling a rank. 0: off, the default: 0.25 did not lower a <3,3,3>
    // game below 27 in 150 s on 4 seeds (README, agent benchmarks).
    double completionSpread = 0.0;
    // Moves made of pairs of the residual's completion terms (PairCandidates.h), this many per
    // expansion (mod 2 only; 0: none), with `pairShare` of the prior among them when they are
    // offered; the drop moves offered after them take their share from every earlier offer, so
    // with both at 0.5 the pairs hold a quarter of a node's prior, the drops half.
    int pairCandidates = 24;
    double pairShare = 0.5;
    // Moves that lower the residual's flattening ranks (DropCandidates.h), this many per
    // expansion (mod 2 only; 0: none), with `dropShare` of the prior among them (offered last);
    // modes whose lowering moves cost more than `dropMaxPairs` span elements to find are skipped.
    int dropCandidates = 24;
    double dropShare = 0.5;
    long long dropMaxPairs = 4096;
    // The pair moves and the completion value serve games without a target rank (find a scheme as
    // small as possible: <3,3,3>, where the policy's moves are worse than slices). With a target
    // the search looks for any way to reach it, steered by the lower bound and the policy, and they
    // are off unless this is set (on <2,2,2> told 7 they halved the network's speed to the target).
    bool completionWithTarget = false;
    // Keep the best scheme any node of the tree completes to (its moves from the start plus its
    // completion or exact endgame), not only the game as played (Mcts::bestLine).
    bool bestLine = true;
    // A node whose every candidate turned out hopeless draws fresh candidates this many times
    // before it is given up.
    int maxReexpansions = 3;
    // When a leaf's value needs no evaluator (the completion value), draw its candidates (the
    // evaluator's samples, completed w, pair and drop moves) when a simulation first passes
    // through it rather than when it is valued: most leaves are never visited again, and their
    // candidates cost a network call and the hand-made moves for nothing. Off: every leaf gets
    // its candidates when it is valued (AlphaZero's expansion; thinks and self-play). On in the
    // agent as shipped (strong()): the small rows of the agent benchmarks reach their goal 3 to
    // 4 times sooner, for the network and uniform draws alike (README, agent benchmarks).
    bool lazyCandidates = false;
    // Draw the evaluator's samples only at nodes fewer than this many moves below the root of
    // the move being decided when they draw (1: the root alone; 2: also the root's children);
    // deeper nodes draw uniformly, as with `--model uniform`, at no evaluator call. A kept node
    // that becomes the root with uniform draws alone gets the evaluator's too, so that every
    // move played is chosen among the network's. A network call costs about as much as the rest
    // of a simulation on <3,3,3>, and the deep nodes, visited a few times each, are most of the
    // calls. 0: everywhere.
    int networkDepth = 0;

    // For a person at the keyboard: quick answers.
    static MctsParams interactive() {
        MctsParams p;
        p.simulations = 100;
        return p;
    }
    // Self-play while training: exploration noise and sampled moves.
    static MctsParams training() {
        MctsParams p;
        p.simulations = 64;
        p.rootNoise = 0.25;
        p.temperature = 1.0;
        return p;
    }
    // Rediscovery runs from the command line.
    static MctsParams strong() {
        MctsParams p;
        p.simulations = 400;
        p.samples = 48;
        p.lazyCandidates = true;
        return p;
    }
};

// The game the agent plays: which tensor, with which coefficients, under which budget.
struct AgentGame {
    TensorSize size{2, 2, 2};
    CoefficientSet coefficients = CoefficientSet::Mod2;
    // Aim: a scheme of at most this rank (0: as low as possible). With a target, states that
    // provably need more moves are pruned, and the game stops at the target.
    int targetRank = 0;
    // Hard limit on moves (0: the target, or the naive rank n*m*p when there is none).
    int stepLimit = 0;
    [[nodiscard]] int effectiveLimit() const {
        if (stepLimit > 0) return stepLimit;
        if (targetRank > 0) return targetRank;
        return size.n * size.m * size.p;
    }
};

}  // namespace tg::search
