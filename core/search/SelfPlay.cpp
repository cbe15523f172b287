#include "core/search/SelfPlay.h"

#include <algorithm>
#include <climits>

#include "core/search/AgentSearch.h"
#include "core/search/ModeBasis.h"
#include "core/search/Seeds.h"

namespace tg::search {

namespace {

// One demonstration per move of `moves` from `start`: the states the game passed through, in
// the basis it was played in (the network learns from what it saw). A line longer than the
// game's limit is shown with the limit its length needs, so that "steps left" never goes below
// the moves still to come.
void addLessons(const IntResidual& start, const std::vector<Action>& moves, const AgentGame& game,
                std::vector<Demonstration>& out) {
    const int rank = static_cast<int>(moves.size());
    IntResidual r = start;
    std::vector<Action> history;
    for (int i = 0; i < rank; ++i) {
        const Action& move = moves[static_cast<std::size_t>(i)];
        Demonstration d;
        d.state.size = game.size;
        d.state.coefficients = game.coefficients;
        d.state.residual = r.data();
        d.state.step = i;
        d.state.stepLimit = std::max(game.effectiveLimit(), rank);
        d.state.history = history;
        d.action = move;
        d.movesLeft = rank - i;
        out.push_back(std::move(d));
        r.subtract(move);
        history.push_back(move);
        if (static_cast<int>(history.size()) > Observation::kHistory)
            history.erase(history.begin());
    }
}

}  // namespace

AgentGame playedGame(const SelfPlayParams& params) {
    AgentGame played = params.game;
    if (params.lessonRank > params.game.targetRank) {
        played.targetRank = 0;
        played.stepLimit = params.lessonRank;
    }
    return played;
}

SelfPlayReport playForTraining(const SelfPlayParams& params, Evaluator& evaluator,
                               std::uint64_t seed, const std::atomic<bool>* stop) {
    SelfPlayReport report;
    const AgentGame& game = params.game;
    const AgentGame played = playedGame(params);
    const bool mod2 = game.coefficients == CoefficientSet::Mod2;
    const IntResidual target = IntResidual::matMul(game.size, mod2);
    for (int g = 0; g < params.games; ++g) {
        if (stop != nullptr && stop->load()) break;
        const std::uint64_t gameSeed = seedFor(seed, static_cast<std::uint64_t>(g));
        const ModeBasis basis = mod2 && params.randomBasis ? ModeBasis::random(game.size, gameSeed)
                                                           : ModeBasis(game.size);
        const IntResidual start = basis.isIdentity() ? target : basis.apply(target);
        const AgentGameRecord rec =
            playGame(start, 0, {}, played, evaluator, params.mcts, gameSeed, stop);
        ++report.games;
        // The game's scheme: its moves when it reached zero, else (or when shorter) the best
        // line its tree completed to.
        const std::vector<Action>* line = rec.solved ? &rec.moves : nullptr;
        if (!rec.bestLine.empty() && (line == nullptr || rec.bestLine.size() < line->size()))
            line = &rec.bestLine;
        const int rank = line == nullptr ? INT_MAX : static_cast<int>(line->size());
        if (rank <= game.targetRank) {
            ++report.solved;
            if (report.bestRank == 0 || rank < report.bestRank) report.bestRank = rank;
        } else if (params.lessonRank <= 0 || rank > params.lessonRank) {
            continue;
        }
        ++report.lessons;
        addLessons(start, *line, played, report.demonstrations);
    }
    return report;
}

}  // namespace tg::search
