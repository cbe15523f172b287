#include "core/search/SelfPlay.h"

#include <algorithm>
#include <climits>
#include <stdexcept>

#include "core/search/AgentSearch.h"
#include "core/search/ModeBasis.h"
#include "core/search/Rng.h"
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

// The game a run plays: the agent as used without a target (the step limit the naive rank).
AgentGame runGame(const AgentGame& game) {
    AgentGame run;
    run.size = game.size;
    run.coefficients = game.coefficients;
    return run;
}

// `terms` taught `copies` times, each in its own move order and (mod 2, unless `randomBasis` is
// off) its own random basis, under the step limit of a game that aims at their rank: the agent
// plays all its games but the first aiming one below the best so far, so it asks the network
// about states under such limits, not under the naive rank the run's game has (on <3,3,3>, 27
// against 23 to 25).
void addSchemeLessons(const std::vector<Action>& terms, AgentGame game, int copies,
                      bool randomBasis, std::uint64_t seed, std::vector<Demonstration>& out) {
    game.stepLimit = static_cast<int>(terms.size());
    const bool mod2 = game.coefficients == CoefficientSet::Mod2;
    const IntResidual target = IntResidual::matMul(game.size, mod2);
    for (int c = 0; c < copies; ++c) {
        const std::uint64_t copySeed = seedFor(seed, static_cast<std::uint64_t>(c));
        const ModeBasis basis =
            mod2 && randomBasis ? ModeBasis::random(game.size, copySeed) : ModeBasis(game.size);
        std::vector<Action> moves;
        moves.reserve(terms.size());
        for (const Action& a : terms) moves.push_back(basis.isIdentity() ? a : basis.apply(a));
        Rng rng(copySeed);
        for (std::size_t i = moves.size(); i > 1; --i)
            std::swap(moves[i - 1], moves[rng.below(static_cast<std::uint32_t>(i))]);
        addLessons(basis.isIdentity() ? target : basis.apply(target), moves, game, out);
    }
}

void noteRank(SelfPlayReport& report, int rank) {
    if (report.bestRank == 0 || rank < report.bestRank) report.bestRank = rank;
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
        if (line != nullptr) noteRank(report, rank);
        if (rank <= game.targetRank) {
            ++report.solved;
        } else if (params.lessonRank <= 0 || rank > params.lessonRank) {
            continue;
        }
        ++report.lessons;
        addLessons(start, *line, played, report.demonstrations);
    }
    return report;
}

SelfPlayReport playRunsForTraining(const SelfPlayParams& params,
                                   const std::function<std::unique_ptr<Evaluator>()>& evaluators,
                                   std::uint64_t seed, const std::atomic<bool>* stop) {
    if (params.runGames < 1 || params.runThreads < 1 || params.runLessonCopies < 1)
        throw std::invalid_argument("self-play runs need games, threads and lesson copies >= 1");
    SelfPlayReport report;
    const AgentGame game = runGame(params.game);
    const int lessonRank = std::max(params.game.targetRank, params.lessonRank);
    for (int i = 0; i < params.games; ++i) {
        if (stop != nullptr && stop->load()) break;
        AgentSearchParams run;
        run.game = game;
        run.seed = seedFor(seed, static_cast<std::uint64_t>(i));
        run.threads = params.runThreads;
        run.maxGamesPerThread = (params.runGames + params.runThreads - 1) / params.runThreads;
        run.randomBasis = params.randomBasis;
        run.evaluatorFactory = evaluators;
        run.externalStop = stop;
        AgentSearch search(run);
        search.start();
        search.wait();
        const SearchResult r = search.result();
        if (r.failed) throw std::runtime_error(r.error);
        if (stop != nullptr && stop->load()) break;
        ++report.games;
        if (!r.found) continue;
        const int rank = r.scheme.rank();
        noteRank(report, rank);
        if (rank <= params.game.targetRank) {
            ++report.solved;
        } else if (rank > lessonRank) {
            continue;
        }
        ++report.lessons;
        std::vector<Action> terms;
        terms.reserve(r.scheme.terms.size());
        for (const Term& t : r.scheme.terms) terms.push_back(actionOf(t));
        addSchemeLessons(terms, game, params.runLessonCopies, params.randomBasis, run.seed,
                         report.demonstrations);
    }
    return report;
}

}  // namespace tg::search
