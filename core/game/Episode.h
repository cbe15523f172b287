#pragma once
// A recorded game: the target, the field, the moves in order and who made each. A scheme is an
// episode whose moves were imported, and a solved episode is a scheme.

#include <optional>
#include <string>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/tensor/Scheme.h"

namespace tg {

enum class Actor { Person, Agent, Search, Import };

[[nodiscard]] std::string actorName(Actor a);  // "person", "agent", "search", "import"
[[nodiscard]] std::optional<Actor> parseActor(std::string_view text);

// What the agent knew when it chose a move (filled by the MCTS agent; optional elsewhere).
struct AgentStats {
    int visits = 0;       // visits of the chosen child at the root
    double prior = 0.0;   // network prior of the chosen move
    double value = 0.0;   // mean value of the chosen child
    int simulations = 0;  // simulations run for this decision
    int candidates = 0;   // sampled candidate moves at the root
    friend bool operator==(const AgentStats&, const AgentStats&) = default;
};

struct Move {
    Term term;
    Actor actor = Actor::Import;
    std::optional<AgentStats> stats;
    friend bool operator==(const Move&, const Move&) = default;
};

struct Episode {
    TensorSize size;
    Field field = Field::Z;
    CoefficientSet coefficients = CoefficientSet::Unrestricted;
    int stepLimit = 0;  // 0: none
    std::vector<Move> moves;
    std::string name;
    std::string source;  // where it came from: a file, "builtin:strassen", "search seed 7"

    [[nodiscard]] int length() const { return static_cast<int>(moves.size()); }
    friend bool operator==(const Episode&, const Episode&) = default;
};

// Every term becomes an imported move; the coefficient set is the smallest that holds them.
[[nodiscard]] Episode episodeFromScheme(const Scheme& scheme, const std::string& source = {});
// The moves' terms as a scheme (whether it is valid is for verify() to say).
[[nodiscard]] Scheme schemeFromEpisode(const Episode& episode);

}  // namespace tg
