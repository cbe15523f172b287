#include "core/search/SelfPlay.h"

#include <algorithm>
#include <climits>
#include <stdexcept>

#include "core/search/AgentSearch.h"
#include "core/search/Lessons.h"
#include "core/search/ModeBasis.h"
#include "core/search/Seeds.h"

namespace tg::search {

namespace {

// The game a run plays: the agent as used without a target (the step limit the naive rank).
AgentGame runGame(const AgentGame& game) {
    AgentGame run;
    run.size = game.size;
    run.coefficients = game.coefficients;
    return run;
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
        addLineLessons(start, *line, played, report.demonstrations);
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
