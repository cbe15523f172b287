#pragma once
// Games of the agent turned into training data (expert iteration): the agent plays with
// exploration (root noise, sampled moves) on the target, mod 2 in a random basis by default,
// and every solved game yields one demonstration per move: the state before it, the move, and
// the moves the game still needed from there. With a lesson rank, a game that misses the target
// still teaches when the best scheme its tree found (the moves played, then the best completed or
// solved line, Mcts::bestLine) has at most that rank: on sizes where no game reaches the
// target yet, the loop can learn from its best games instead of from none. Other unsolved
// games are dropped. A lesson rank above the target changes the game played (playedGame): not
// told the target, under a step limit of the lesson rank, as the agent plays when it is used
// without a target (completion value, pair moves; MctsParams). Told a target far below what
// the network reaches (<2,3,3> told 15), every game was given up after about 7 moves, when
// the flattening bound exceeded the moves left, and taught nothing. Self-play runs inside a
// trainer's run (core/nn/Trainer.h): `stop` is that run's flag, looked at every simulation.
//
// Runs instead of games (playRunsForTraining): on <3,3,3> no single game reaches a rank worth
// learning from (session 19: none of 200 simulations a move reached 26), while the agent as
// shipped, whose restarts start from part of the best scheme and walk its plateau, reaches 23
// to 25 within a few hundred games. Each self-play item is then such a run, and its best
// scheme is the lesson, taught in several random bases and move orders (one run yields one
// scheme, so the copies are what it has to teach from).
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/search/Demonstration.h"
#include "core/search/Evaluator.h"
#include "core/search/MctsParams.h"

namespace tg::search {

struct SelfPlayParams {
    AgentGame game;
    MctsParams mcts = MctsParams::training();
    int games = 8;  // games per call
    // Mod 2: each game, and each copy of a run's scheme, in its own random basis; off, on the
    // target itself, so that the network learns the lines of the tensor the agent's first game
    // plays (AgentSearch plays its first game in the standard basis), as it does over Z.
    bool randomBasis = true;
    // Games whose best line has at most this rank are learned from too (0: only games that
    // reach the target).
    int lessonRank = 0;
    // playRunsForTraining: games per run (split between its threads, rounded up; 0: self-play
    // plays games), the run's threads, and how many random bases and move orders each run's
    // scheme is taught in.
    int runGames = 0;
    int runThreads = 1;
    int runLessonCopies = 8;
};

struct SelfPlayReport {
    int games = 0;
    int solved = 0;   // games whose scheme (moves or best line) reached the target rank
    int lessons = 0;  // games learned from: the solved ones and those within the lesson rank
    // The lowest rank of the games' schemes, solved or not (0: no game found one): on <3,3,3>,
    // where the loop's evaluation games stay at the naive 27, the runs' 25, 24 and 23 show it.
    int bestRank = 0;
    std::vector<Demonstration> demonstrations;
};

// The game self-play plays: `params.game`, or with a lesson rank above its target, the same
// size not told the target with the lesson rank as its step limit.
[[nodiscard]] AgentGame playedGame(const SelfPlayParams& params);

[[nodiscard]] SelfPlayReport playForTraining(const SelfPlayParams& params, Evaluator& evaluator,
                                             std::uint64_t seed,
                                             const std::atomic<bool>* stop = nullptr);

// `params.games` runs of the agent as shipped (AgentSearch with MctsParams::strong(), restarts
// and plateau walks, not told the target), each of `params.runGames` games on `runThreads`
// threads with evaluators from `evaluators`; a run whose best scheme has at most the target
// rank (or the lesson rank) teaches it. `games` in the report counts runs. With one thread the
// report is a function of the parameters, the evaluator and `seed`. Throws std::runtime_error
// when a run fails (an evaluator threw).
[[nodiscard]] SelfPlayReport playRunsForTraining(
    const SelfPlayParams& params, const std::function<std::unique_ptr<Evaluator>()>& evaluators,
    std::uint64_t seed, const std::atomic<bool>* stop = nullptr);

}  // namespace tg::search
