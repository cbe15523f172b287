#pragma once
// The agent at work: games of TensorGame played by the tree search (Mcts), one stream of games
// per thread, each game from the target (mod 2: all but the first thread's first game in a random
// basis), until the target rank is reached, the time runs out or stop() is called. Each finished
// game is an algorithm; the better ones are verified exactly and reported as they are found, with
// the game itself as an episode (every move with the agent's statistics).
//
// Lifecycle: run::BackgroundRun's contract (core/run/BackgroundRun.h), one stream of games per
// worker thread; the games look at the stop request every simulation. Game g of thread k
// depends on (params, seed, k, g) only (and, without a target and with restartShare, on the best
// scheme found before it: with one thread still a function of the parameters), so with maxGames
// and no time limit the result is a function of the parameters. An evaluator (or listener) that
// throws stops every thread, and the result says failed with the first exception's message.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

#include "core/run/Job.h"
#include "core/search/Evaluator.h"
#include "core/search/IntResidual.h"
#include "core/search/MctsParams.h"
#include "core/search/SearchListener.h"

namespace tg::search {

struct AgentSearchParams {
    AgentGame game;
    // Moves already played from the target (a person's game the agent takes over); they count
    // towards the rank and appear in the episode as the person's.
    std::vector<Action> prefix;
    std::uint64_t seed = 1;
    int threads = 1;
    double timeLimitSeconds = 0;  // 0: none
    int maxGamesPerThread = 0;    // 0: none
    MctsParams mcts = MctsParams::strong();
    // Mod 2 only: play every game but the first thread's first on the target in a random basis.
    bool randomBasis = true;
    // Games without a target: once a scheme is found, this share of games starts from part of
    // the best one: all its terms but 4 to len/2 of them, drawn at random (seen in the game's
    // basis), so that the tree searches for fewer moves to make up the terms left out, near the
    // best scheme as well as from the target (a scheme one move shorter usually keeps most of
    // the best one). With it, a run of several threads depends on which thread found what
    // first. 0: every game from the target. The default, half, took the median best rank of
    // <3,3,3> in 300 s from 26 to 25 and changed no other row of the agent benchmarks (README).
    double restartShare = 0.5;
    // A restart tries up to this many draws of the terms to redo for one whose sum has every
    // flattening rank below their count (a shorter way to make them up is not ruled out; the
    // bound prunes the others at once), and keeps the last draw when none has. 1: the first
    // draw, most of whose restarts the bound prunes at once. 256 (the default) with lazy
    // candidates took <3,3,3> in 300 s from 6 to 8 seeds of 10 at rank 25 (README).
    static constexpr int kFocusedRestartDraws = 256;
    int restartDraws = kFocusedRestartDraws;
    // Before each restart, the scheme restarts start from takes up to this many random flips
    // of the flip graph (PlateauWalk.h), walking on from where the last restart left it (back
    // to the best scheme when a better one is found), and stopping one flip before a
    // reduction, so that restarts see the schemes of the best rank around it, and the few
    // terms a shorter way exists for. 0: restarts start from the best scheme itself. The
    // default took <2,3,3> mod 2 from 16 to 15 (README).
    static constexpr int kPlateauFlips = 1000;
    int plateauFlips = kPlateauFlips;
    // Games without a target (or step limit): before any scheme is found, aim one below the
    // naive rank, not at it. The naive algorithm needs no search, and a game allowed its rank
    // ends as soon as its tree completes any line of that length: the shipped <2,2,2> network's
    // first games all end at 8 that way, and reach 7 at the lower aim. A first game that misses
    // the lower aim is finished slice by slice and counts as before. Off by default: it made
    // uniform draws 1.3-1.5 and 1.8-1.9 times as fast to the goal on <2,2,2> and <2,2,3> mod 2
    // and the network 1.4 times as fast on <2,2,2>, but the shipped <2,2,3> network 1.5-1.7
    // times as slow, its first games failing at 11 where uniform draws reach it
    // (docs/agent-benchmarks.md, session 27).
    bool firstAimBelowNaive = false;
    // Makes one evaluator per thread (a network each, or the uniform one when empty).
    std::function<std::unique_ptr<Evaluator>()> evaluatorFactory;
    int progressIntervalMs = 250;
    // Stops the search once set (a signal handler's flag; it must outlive the search).
    const std::atomic<bool>* externalStop = nullptr;
};

class AgentSearch final : public run::BackgroundJob {
  public:
    // Throws std::invalid_argument for an unsupported game (coefficient set "any", sizes whose
    // factors exceed 64 entries, thread counts outside 1..256).
    explicit AgentSearch(AgentSearchParams params, SearchListener* listener = nullptr);
    AgentSearch(const AgentSearch&) = delete;
    AgentSearch& operator=(const AgentSearch&) = delete;

    // start(), stop(), wait(), waitFor() and isFinished(): run::BackgroundJob.
    [[nodiscard]] SearchResult result() const;
    [[nodiscard]] SearchProgress progress() const;
    [[nodiscard]] const AgentSearchParams& params() const;

  private:
    struct Impl;
    Impl* d_ = nullptr;  // owned by run::BackgroundJob
};

// Plays one game to its end with `mcts`'s settings on the calling thread (the unit AgentSearch
// repeats, and what the trainer's self-play uses). The episode's moves are in the target's own
// basis. Returns the finished game; `solved` says whether it reached zero.
struct AgentGameRecord {
    std::vector<Action> moves;      // as played (in the game's basis)
    std::vector<AgentStats> stats;  // one per move
    bool solved = false;
    // With MctsParams::bestLine: the best scheme any state of the game's trees completes to
    // (moves from `start`, the played ones first as far as they agree), else empty.
    std::vector<Action> bestLine;
    long long simulations = 0;
    long long evaluations = 0;
};
// `start` is the residual after `step` moves, the last of which are `history`.
[[nodiscard]] AgentGameRecord playGame(
    const IntResidual& start, int step, std::vector<Action> history, const AgentGame& game,
    Evaluator& evaluator, const MctsParams& params, std::uint64_t seed,
    const std::atomic<bool>* stop = nullptr,
    const std::function<void(long long simulations)>& onSimulations = {});

}  // namespace tg::search
