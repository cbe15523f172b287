#include "core/search/SelfPlay.h"

#include "core/search/AgentSearch.h"
#include "core/search/ModeBasis.h"
#include "core/search/Seeds.h"

namespace tg::search {

SelfPlayReport playForTraining(const SelfPlayParams& params, Evaluator& evaluator,
                               std::uint64_t seed, const std::atomic<bool>* stop) {
    SelfPlayReport report;
    const AgentGame& game = params.game;
    const bool mod2 = game.coefficients == CoefficientSet::Mod2;
    const IntResidual target = IntResidual::matMul(game.size, mod2);
    for (int g = 0; g < params.games; ++g) {
        if (stop != nullptr && stop->load()) break;
        const std::uint64_t gameSeed = seedFor(seed, static_cast<std::uint64_t>(g));
        const ModeBasis basis = mod2 && params.randomBasis ? ModeBasis::random(game.size, gameSeed)
                                                           : ModeBasis(game.size);
        const IntResidual start = basis.isIdentity() ? target : basis.apply(target);
        const AgentGameRecord rec =
            playGame(start, 0, {}, game, evaluator, params.mcts, gameSeed, stop);
        ++report.games;
        if (!rec.solved) continue;
        ++report.solved;
        const int rank = static_cast<int>(rec.moves.size());
        if (report.bestRank == 0 || rank < report.bestRank) report.bestRank = rank;
        // The states the game passed through, in the basis it was played in: the network
        // learns from what it saw.
        IntResidual r = start;
        std::vector<Action> history;
        for (int i = 0; i < rank; ++i) {
            Demonstration d;
            d.state.size = game.size;
            d.state.coefficients = game.coefficients;
            d.state.residual = r.data();
            d.state.step = i;
            d.state.stepLimit = game.effectiveLimit();
            d.state.history = history;
            d.action = rec.moves[static_cast<std::size_t>(i)];
            d.movesLeft = rank - i;
            report.demonstrations.push_back(std::move(d));
            r.subtract(rec.moves[static_cast<std::size_t>(i)]);
            history.push_back(rec.moves[static_cast<std::size_t>(i)]);
            if (static_cast<int>(history.size()) > Observation::kHistory)
                history.erase(history.begin());
        }
    }
    return report;
}

}  // namespace tg::search
