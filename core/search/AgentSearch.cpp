#include "core/search/AgentSearch.h"

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <mutex>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/run/BackgroundRun.h"
#include "core/search/AgentSwitches.h"
#include "core/search/Evaluators.h"
#include "core/search/Mcts.h"
#include "core/search/ModeBasis.h"
#include "core/search/PlateauWalk.h"
#include "core/search/ResidualBounds.h"
#include "core/search/ResultBoard.h"
#include "core/search/Rng.h"
#include "core/search/Seeds.h"
#include "core/search/SliceCompletion.h"
#include "core/tensor/Verification.h"

namespace tg::search {

namespace {
// A restart redoes at least this many of the best scheme's terms: to make up 3 terms in 2 moves
// the residual's flattening ranks must fall to 2, which the bound prunes at once nearly always.
constexpr std::uint32_t kFewestRedone = 4;
}  // namespace

AgentGameRecord playGame(const IntResidual& start, int step, std::vector<Action> history,
                         const AgentGame& game, Evaluator& evaluator, const MctsParams& params,
                         std::uint64_t seed, const std::atomic<bool>* stop,
                         const std::function<void(long long)>& onSimulations) {
    AgentGameRecord record;
    Mcts mcts(start, game, evaluator, params, seed, step, std::move(history));
    const int limit = game.effectiveLimit();
    // Simulations are reported in small chunks so that progress is live on large sizes.
    constexpr int kChunk = 16;
    while (!mcts.isSolved() && mcts.step() < limit) {
        if (stop != nullptr && stop->load()) break;
        const long long before = mcts.simulations();
        long long reported = before;
        thinkInChunks(mcts, params.simulations, kChunk, stop, [&] {
            if (onSimulations) onSimulations(mcts.simulations() - reported);
            reported = mcts.simulations();
        });
        if (stop != nullptr && stop->load()) break;
        if (mcts.isHopeless() && !mcts.knownSolution()) break;
        const std::optional<Action> move = mcts.chooseMove();
        if (!move) break;
        AgentStats stats;
        const auto candidates = mcts.candidates();
        stats.candidates = static_cast<int>(candidates.size());
        stats.simulations = static_cast<int>(mcts.simulations() - before);
        for (const CandidateStats& c : candidates) {
            if (c.action == *move) {
                stats.visits = c.visits;
                stats.prior = c.prior;
                stats.value = c.meanValue;
                break;
            }
        }
        mcts.play(*move);
        record.moves.push_back(*move);
        record.stats.push_back(stats);
    }
    record.solved = mcts.isSolved();
    if (std::optional<std::vector<Action>> line = mcts.bestLine()) record.bestLine = *line;
    record.simulations = mcts.simulations();
    record.evaluations = mcts.evaluations();
    return record;
}

struct AgentSearch::Impl final : run::Engine {
    AgentSearchParams params;
    ResultBoard board;  // best so far, then the final result
    std::atomic<int> globalBest{INT_MAX};
    std::atomic<long long> simulations{0};
    std::atomic<long long> evaluations{0};
    std::atomic<long long> games{0};

    mutable std::mutex bestMutex;  // guards restartScheme
    // What restarts start from: the best scheme's agent moves (in the target's basis), moved
    // along its plateau by the restarts' flips so far (plateauFlips).
    std::vector<Action> restartScheme;

    mutable std::mutex ranksMutex;     // guards finishedRanks
    std::map<int, int> finishedRanks;  // rank of each solved game -> count (progress histogram)

    const run::RunControl* runControl = nullptr;  // the run's clock and stop flag

    [[nodiscard]] double elapsed() const { return runControl->elapsedSeconds(); }

    SearchProgress makeProgress() const {
        SearchProgress p;
        const int best = globalBest.load();
        p.bestRank = best == INT_MAX ? 0 : best;
        {
            std::lock_guard lock(ranksMutex);
            p.rankHistogram.assign(finishedRanks.begin(), finishedRanks.end());
        }
        p.elapsedSeconds = elapsed();
        p.simulations = simulations.load();
        p.evaluations = evaluations.load();
        p.games = games.load();
        p.simulationsPerSecond =
            p.elapsedSeconds > 0 ? static_cast<double>(p.simulations) / p.elapsedSeconds : 0;
        return p;
    }

    [[nodiscard]] run::RunStats stats() const override {
        run::RunStats s;
        s.work = simulations.load();
        const int best = globalBest.load();
        s.best = best == INT_MAX ? 0 : best;
        return s;
    }

    void reportProgress(run::RunControl& control) override {
        board.reportProgress(control, makeProgress());
    }

    void finish(const run::RunEnd& end, run::RunControl& control) override {
        SearchResult r = board.current();
        r.seconds = end.seconds;
        r.end = end.reason;
        board.finish(std::move(r), makeProgress(), control);
    }

    // One stream of games per worker thread. An evaluator that fails (a model that cannot load,
    // a network that throws) fails the search: reporting "nothing found" would hide the reason.
    void work(int thread, run::RunControl& control) override {
        std::unique_ptr<Evaluator> evaluator = params.evaluatorFactory
                                                   ? params.evaluatorFactory()
                                                   : std::make_unique<UniformEvaluator>();
        const AgentGame& game = params.game;
        for (long long g = 0; params.maxGamesPerThread <= 0 || g < params.maxGamesPerThread; ++g) {
            if (control.stopRequested()) break;
            const std::uint64_t seed =
                seedFor(seedFor(params.seed, static_cast<std::uint64_t>(thread)),
                        static_cast<std::uint64_t>(g));
            GameStart start = startOf(g > 0 || thread > 0, seed);
            const AgentGame aim = aimOf(globalBest.load());
            if (aim.effectiveLimit() <= start.step) break;
            AgentGameRecord rec = playGame(start.residual, start.step, std::move(start.history),
                                           aim, *evaluator, params.mcts, seed, &control.stopFlag(),
                                           [this](long long n) { simulations.fetch_add(n); });
            evaluations.fetch_add(rec.evaluations);
            games.fetch_add(1);
            if (!rec.bestLine.empty() && (!rec.solved || rec.bestLine.size() < rec.moves.size())) {
                takeBestLine(rec);
            } else if (!rec.solved) {
                if (control.stopRequested() && rec.moves.empty()) break;
                finishBySlices(rec, start.residual);
            }
            publish(thread, g, start.basis, start.lead, rec, control);
            if (game.targetRank > 0 && globalBest.load() <= game.targetRank)
                control.requestStop(run::EndReason::Target);
        }
    }

    // The game a thread plays next. Without a target it aims below the best found so far once
    // there is one, and before that (firstAimBelowNaive, no step limit set) below the naive rank.
    [[nodiscard]] AgentGame aimOf(int best) const {
        AgentGame aim = params.game;
        if (aim.targetRank > 0) return aim;
        if (best != INT_MAX) {
            aim.stepLimit = best - 1;
        } else if (params.firstAimBelowNaive && aim.stepLimit == 0 && aim.effectiveLimit() > 1) {
            aim.stepLimit = aim.effectiveLimit() - 1;
        }
        return aim;
    }

    // Where a game starts: the target (mod 2, in a random basis unless it is the first game of
    // the first thread), after the given prefix and a restart's lead, mapped into that basis.
    struct GameStart {
        ModeBasis basis;
        IntResidual residual;
        std::vector<Action> history;  // the last Observation::kHistory moves played
        std::vector<Action> lead;     // restartLead's moves, in the target's basis
        int step = 0;
    };

    [[nodiscard]] GameStart startOf(bool mayChangeBasis, std::uint64_t seed) {
        const AgentGame& game = params.game;
        const bool mod2 = game.coefficients == CoefficientSet::Mod2;
        const bool changeBasis = params.randomBasis && mayChangeBasis &&
                                 agentPartActs(AgentPart::RandomBasis, mod2, game.targetRank <= 0);
        GameStart start{
            changeBasis ? ModeBasis::random(game.size, seed ^ 0x5bd1e995ULL) : ModeBasis(game.size),
            IntResidual::matMul(game.size, mod2),
            {},
            restartLead(seed),
            0};
        if (changeBasis) start.residual = start.basis.apply(start.residual);
        for (const std::vector<Action>* moves :
             std::array{&std::as_const(params.prefix), &std::as_const(start.lead)})
            for (const Action& a : *moves) {
                const Action moved = changeBasis ? start.basis.apply(a) : a;
                start.residual.subtract(moved);
                start.history.push_back(moved);
            }
        start.step = static_cast<int>(params.prefix.size() + start.lead.size());
        if (static_cast<int>(start.history.size()) > Observation::kHistory)
            start.history.erase(start.history.begin(), start.history.end() - Observation::kHistory);
        return start;
    }

    // A game the tree could not finish, finished slice by slice (the step-limit penalty made
    // explicit): a scheme all the same, which counts if it beats the best so far.
    static void finishBySlices(AgentGameRecord& rec, const IntResidual& start) {
        IntResidual left = start;
        for (const Action& a : rec.moves) left.subtract(a);
        for (Action& a : completeBySlices(left)) {
            rec.moves.push_back(std::move(a));
            rec.stats.push_back(AgentStats{});
        }
        rec.solved = true;
    }

    // The tree's best scheme replaces the game: the played moves' statistics stay with the
    // moves they share with it, the rest (explored or completed, not played) have none.
    static void takeBestLine(AgentGameRecord& rec) {
        std::vector<AgentStats> stats;
        bool same = true;
        for (std::size_t i = 0; i < rec.bestLine.size(); ++i) {
            same = same && i < rec.moves.size() && rec.moves[i] == rec.bestLine[i];
            stats.push_back(same ? rec.stats[i] : AgentStats{});
        }
        rec.moves = std::move(rec.bestLine);
        rec.stats = std::move(stats);
        rec.bestLine.clear();
        rec.solved = true;
    }

    // The part of the best scheme this game restarts from (restartShare): all its terms but a
    // few drawn at random, so that the game looks for a shorter way to make up those few. With
    // plateauFlips the scheme is first moved on along the plateau of the best rank.
    std::vector<Action> restartLead(std::uint64_t seed) {
        if (params.game.targetRank > 0 || params.restartShare <= 0) return {};
        Rng rng(seed ^ 0x2545f4914f6cdd1dULL);
        if (rng.unit() >= params.restartShare) return {};
        std::vector<Action> kept;
        {
            std::lock_guard lock(bestMutex);
            restartScheme = walkPlateau(restartScheme, params.game.size, params.game.coefficients,
                                        params.plateauFlips, seed ^ 0x9e3779b97f4a7c15ULL);
            kept = restartScheme;
        }
        const auto n = static_cast<std::uint32_t>(kept.size());
        if (n / 2 < kFewestRedone) return {};
        const std::uint32_t redone = kFewestRedone + rng.below(n / 2 - kFewestRedone + 1);
        for (int draw = 0; draw < std::max(1, params.restartDraws); ++draw) {
            // A partial shuffle draws the terms kept to the front.
            for (std::uint32_t i = 0; i < n - redone; ++i)
                std::swap(kept[i], kept[i + rng.below(n - i)]);
            if (mayBeShorter(kept, n - redone)) break;
        }
        kept.resize(n - redone);
        return kept;
    }

    // Whether the terms from `from` on sum to a tensor whose flattening ranks are all below
    // their count (else the bound rules out making them up in fewer moves).
    [[nodiscard]] bool mayBeShorter(const std::vector<Action>& terms, std::uint32_t from) const {
        const AgentGame& game = params.game;
        IntResidual sum(game.size, game.coefficients == CoefficientSet::Mod2);
        for (std::size_t i = from; i < terms.size(); ++i) sum.subtract(terms[i]);
        const std::array<int, 3> ranks = flatteningRanks(sum);
        const auto count = static_cast<int>(terms.size() - from);
        return *std::max_element(ranks.begin(), ranks.end()) < count;
    }

    // `lead`: the agent's moves before the game's own (target basis), counted in its rank.
    void publish(int thread, long long g, const ModeBasis& basis, const std::vector<Action>& lead,
                 const AgentGameRecord& rec, run::RunControl& control) {
        const int rank = static_cast<int>(params.prefix.size() + lead.size() + rec.moves.size());
        const AgentGame& game = params.game;
        Episode episode;
        episode.size = game.size;
        episode.coefficients = game.coefficients;
        episode.field = fieldOf(game.coefficients);
        episode.stepLimit = game.effectiveLimit();
        for (const Action& a : params.prefix)
            episode.moves.push_back(Move{termOf(a), Actor::Person, std::nullopt});
        std::vector<Action> agentMoves = lead;
        for (const Action& a : lead) episode.moves.push_back(Move{termOf(a), Actor::Agent, {}});
        for (std::size_t i = 0; i < rec.moves.size(); ++i) {
            const Action a = basis.isIdentity() ? rec.moves[i] : basis.applyInverse(rec.moves[i]);
            episode.moves.push_back(Move{termOf(a), Actor::Agent, rec.stats[i]});
            agentMoves.push_back(a);
        }
        episode.name = "agent " + game.size.toString() + " rank " + std::to_string(rank);
        episode.source = "agent seed " + std::to_string(params.seed) + " thread " +
                         std::to_string(thread) + " game " + std::to_string(g);
        Scheme scheme = schemeFromEpisode(episode);
        scheme.field = episode.field;
        scheme.name = episode.name;
        scheme.description = episode.source;
        if (!verify(scheme, scheme.field).valid) return;  // never report what does not verify
        {
            std::lock_guard lock(ranksMutex);
            ++finishedRanks[rank];
        }
        board.improve(control, [&](SearchResult& current) {
            if (rank >= globalBest.load()) return false;
            globalBest.store(rank);
            {
                std::lock_guard lock(bestMutex);
                restartScheme = std::move(agentMoves);
            }
            current.found = true;
            current.reachedTarget = game.targetRank > 0 && rank <= game.targetRank;
            current.scheme = std::move(scheme);
            current.agentThread = thread;
            current.agentGame = g;
            current.seconds = elapsed();
            current.episode = std::move(episode);
            return true;
        });
    }
};

AgentSearch::AgentSearch(AgentSearchParams params, SearchListener* listener) {
    auto impl = std::make_unique<Impl>();
    d_ = impl.get();
    if (params.game.coefficients == CoefficientSet::Unrestricted)
        throw std::invalid_argument(
            "agent: choose a finite coefficient set (mod2, -1..1 or -2..2)");
    if (!params.game.size.isValid() || params.game.size.uSize() > 64 ||
        params.game.size.vSize() > 64 || params.game.size.wSize() > 64)
        throw std::invalid_argument("agent: each factor must have at most 64 entries");
    if (params.threads < 1 || params.threads > 256)
        throw std::invalid_argument("agent: threads must be 1..256");
    if (params.mcts.simulations < 1 || params.mcts.samples < 1)
        throw std::invalid_argument("agent: simulations and samples must be at least 1");
    d_->params = std::move(params);
    d_->board.setListener(listener);
    const auto& p = d_->params;
    auto options = run::engineOptions(p.threads, "thread", p.progressIntervalMs, p.timeLimitSeconds,
                                      p.externalStop);
    d_->runControl = &own(std::move(impl), std::move(options));
}

SearchResult AgentSearch::result() const {
    return d_->board.current();
}

SearchProgress AgentSearch::progress() const {
    return d_->makeProgress();
}

const AgentSearchParams& AgentSearch::params() const {
    return d_->params;
}

}  // namespace tg::search
