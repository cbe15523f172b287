#pragma once
// Schemes and played lines turned into demonstrations for the network (Demonstration.h): one per
// move, the state before it, the move, and the moves still to come. Self-play (SelfPlay.h) teaches
// its games' lines and its runs' schemes this way, and `train --lessons` schemes read from files
// (found by the flip search, published), so that a network can learn from a stronger search.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/search/Demonstration.h"
#include "core/search/IntResidual.h"
#include "core/search/MctsParams.h"
#include "core/tensor/Scheme.h"

namespace tg::search {

// One demonstration per move of `moves` from `start`: the states the game passed through, in
// the basis it was played in. A line longer than the game's limit is shown with the limit its
// length needs, so that "steps left" never goes below the moves still to come.
void addLineLessons(const IntResidual& start, const std::vector<Action>& moves,
                    const AgentGame& game, std::vector<Demonstration>& out);

// `terms` (a scheme of `game`'s size) taught `copies` times, each in its own move order and (mod
// 2, unless `randomBasis` is off) its own random basis, under the step limit of a game that aims
// at their rank: the agent plays all its games but the first aiming one below the best so far,
// so it asks the network about states under such limits, not under the naive rank.
void addSchemeLessons(const std::vector<Action>& terms, AgentGame game, int copies,
                      bool randomBasis, std::uint64_t seed, std::vector<Demonstration>& out);

// The lessons of `scheme` for a network of `game`'s size and coefficient set (addSchemeLessons).
// The scheme must be of that size, have integer coefficients (in the set once canonical) and be
// verified exactly, mod 2 over Z2, else over Z: a wrong scheme would teach moves that do not
// lead to zero. Throws std::invalid_argument saying why it cannot teach.
[[nodiscard]] std::vector<Demonstration> schemeLessons(const Scheme& scheme, const AgentGame& game,
                                                       int copies, bool randomBasis,
                                                       std::uint64_t seed);

// Why scheme number `scheme` (from 0) of several cannot teach (schemeLessons' reason in what()).
struct LessonRefused : std::invalid_argument {
    LessonRefused(std::size_t index, const std::string& why)
        : std::invalid_argument(why), scheme(index) {}
    std::size_t scheme;
};

// The lessons of every scheme, in order, as `train --lessons` and the Training dock teach them:
// schemeLessons with each scheme's own seed (seedFor(seed, i)). Throws LessonRefused for the
// first scheme that cannot teach: lessons are all checked before any training starts. Stops
// between schemes once `stop` is set (what it returns then is incomplete: the caller drops it).
[[nodiscard]] std::vector<Demonstration> schemesLessons(const std::vector<Scheme>& schemes,
                                                        const AgentGame& game, int copies,
                                                        bool randomBasis, std::uint64_t seed,
                                                        const std::atomic<bool>* stop = nullptr);

}  // namespace tg::search
