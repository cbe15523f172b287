#pragma once
// Games of the agent turned into training data (expert iteration): the agent plays with
// exploration (root noise, sampled moves) on the target, in a random basis for mod 2, and every
// solved game yields one demonstration per move: the state before it, the move, and the moves
// the game still needed from there. With a lesson rank, a game that misses the target still
// teaches when the best scheme its tree found (the moves played, then the best completed or
// solved line, Mcts::bestLine) has at most that rank: on sizes where no game reaches the
// target yet, the loop can learn from its best games instead of from none. Other unsolved
// games are dropped. A lesson rank above the target changes the game played (playedGame): not
// told the target, under a step limit of the lesson rank, as the agent plays when it is used
// without a target (completion value, pair moves; MctsParams). Told a target far below what
// the network reaches (<2,3,3> told 15), every game was given up after about 7 moves, when
// the flattening bound exceeded the moves left, and taught nothing. Self-play runs inside a
// trainer's run (core/nn/Trainer.h): `stop` is that run's flag, looked at every simulation.
#include <atomic>
#include <cstdint>
#include <vector>

#include "core/search/Demonstration.h"
#include "core/search/Evaluator.h"
#include "core/search/MctsParams.h"

namespace tg::search {

struct SelfPlayParams {
    AgentGame game;
    MctsParams mcts = MctsParams::training();
    int games = 8;            // games per call
    bool randomBasis = true;  // mod 2 only
    // Games whose best line has at most this rank are learned from too (0: only games that
    // reach the target).
    int lessonRank = 0;
};

struct SelfPlayReport {
    int games = 0;
    int solved = 0;    // games whose scheme (moves or best line) reached the target rank
    int lessons = 0;   // games learned from: the solved ones and those within the lesson rank
    int bestRank = 0;  // 0: none solved
    std::vector<Demonstration> demonstrations;
};

// The game self-play plays: `params.game`, or with a lesson rank above its target, the same
// size not told the target with the lesson rank as its step limit.
[[nodiscard]] AgentGame playedGame(const SelfPlayParams& params);

[[nodiscard]] SelfPlayReport playForTraining(const SelfPlayParams& params, Evaluator& evaluator,
                                             std::uint64_t seed,
                                             const std::atomic<bool>* stop = nullptr);

}  // namespace tg::search
