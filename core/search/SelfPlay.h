#pragma once
// Games of the agent turned into training data (expert iteration): the agent plays with
// exploration (root noise, sampled moves) on the target, in a random basis for mod 2, and every
// solved game yields one demonstration per move: the state before it, the move, and the moves
// the game still needed from there. With a lesson rank, a game that misses the target still
// teaches when the best scheme its tree found (the moves played, then the best completed or
// solved line, Mcts::bestLine) has at most that rank: on sizes where no game reaches the
// target yet, the loop can learn from its best games instead of from none. Other unsolved
// games are dropped. Self-play runs inside a trainer's run (core/nn/Trainer.h): `stop` is that
// run's flag, looked at every simulation.
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
    int solved = 0;
    int lessons = 0;   // games learned from: the solved ones and those within the lesson rank
    int bestRank = 0;  // 0: none solved
    std::vector<Demonstration> demonstrations;
};

[[nodiscard]] SelfPlayReport playForTraining(const SelfPlayParams& params, Evaluator& evaluator,
                                             std::uint64_t seed,
                                             const std::atomic<bool>* stop = nullptr);

}  // namespace tg::search
