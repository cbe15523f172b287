#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "core/search/AgentSwitches.h"
#include "core/search/CompletionScore.h"
#include "core/search/DropCandidates.h"
#include "core/search/Evaluators.h"
#include "core/search/Mcts.h"
#include "core/search/MctsTree.h"
#include "core/search/PairCandidates.h"
#include "core/search/ResidualBounds.h"
#include "core/search/SpanCompletion.h"

namespace tg::search {

namespace {

// Whether subtracting the term changes the residual at a nonzero entry (a move that only adds
// new nonzeros is never useful, and the game refuses it).
bool touchesResidual(const IntResidual& r, const Action& a) {
    const TensorSize& s = r.size();
    for (int x = 0; x < s.uSize(); ++x) {
        if (a.u[static_cast<std::size_t>(x)] == 0) continue;
        for (int y = 0; y < s.vSize(); ++y) {
            if (a.v[static_cast<std::size_t>(y)] == 0) continue;
            for (int z = 0; z < s.wSize(); ++z)
                if (a.w[static_cast<std::size_t>(z)] != 0 && r.at(s.flatIndex(x, y, z)) != 0)
                    return true;
        }
    }
    return false;
}

// A Gamma(alpha) variate from our own generator (Dirichlet noise identical on every platform).
double gammaSample(Rng& rng, double alpha) {
    // Marsaglia-Tsang, with the alpha < 1 boost; normals by Box-Muller. Only our Rng, so that
    // noise is the same on every platform.
    auto uniform = [&rng] {
        return (static_cast<double>(rng.next() >> 11) + 0.5) / 9007199254740992.0;
    };
    if (alpha < 1.0) return gammaSample(rng, alpha + 1.0) * std::pow(uniform(), 1.0 / alpha);
    const double d = alpha - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    while (true) {
        const double z =
            std::sqrt(-2.0 * std::log(uniform())) * std::cos(6.283185307179586 * uniform());
        const double v = std::pow(1.0 + c * z, 3);
        if (v <= 0) continue;
        if (std::log(uniform()) < 0.5 * z * z + d - d * v + d * std::log(v)) return d * v;
    }
}

}  // namespace

namespace mcts {

std::vector<Action> historyAfter(std::vector<Action> history, const Action& move) {
    history.push_back(move);
    if (static_cast<int>(history.size()) > Observation::kHistory) history.erase(history.begin());
    return history;
}

double uniformMoveProbability(const TensorSize& size, CoefficientSet set) {
    const double base = set == CoefficientSet::Mod2 ? 2.0 : static_cast<double>(values(set).size());
    double spellings = 1;
    for (int length : {size.uSize(), size.vSize(), size.wSize()})
        spellings *= std::pow(base, length) - 1.0;
    // Over Z the four sign variants (u, v, w), (-u, -v, w), ... are one move.
    return (set == CoefficientSet::Mod2 ? 1.0 : 4.0) / spellings;
}

}  // namespace mcts

using mcts::uniformMoveProbability;

double Mcts::expand(int id) {
    Observation o;
    if (const std::optional<double> decided = beginExpansion(id, o)) return *decided;
    if (drawsLater(id)) return finishExpansion(id, o, nullptr, 0, evaluator_);
    return expandWith(id, o, samplerAt(nodes_[static_cast<std::size_t>(id)]));
}

double Mcts::expandWith(int id, const Observation& o, Evaluator& sampler) {
    const std::uint64_t evalSeed = rng_.next();
    std::vector<Evaluation> e = askOne(sampler, o, evalSeed);
    return finishExpansion(id, o, e.empty() ? nullptr : &e.front(), evalSeed, sampler);
}

std::vector<Evaluation> Mcts::askOne(Evaluator& sampler, const Observation& o, std::uint64_t seed) {
    if (&sampler == &evaluator_) ++evaluations_;
    return sampler.evaluate(std::span<const Observation>(&o, 1), params_.samples, seed);
}

Evaluator& Mcts::samplerAt(const Node& n) {
    const int depth = n.step - nodes_[static_cast<std::size_t>(root_)].step;
    if (params_.networkDepth > 0 && depth >= params_.networkDepth) return uniformDraws_;
    return evaluator_;
}

std::optional<double> Mcts::beginExpansion(int id, Observation& o) {
    Node* n = &nodes_[static_cast<std::size_t>(id)];
    n->expanded = true;
    if (n->residual.isZero()) {
        n->terminal = true;
        n->solvedIn = 0;
        n->value = 0;
        noteCompletion(id);
        return 0.0;
    }
    const int budget = budgetLeft(*n);
    if (budget <= 0) {
        // The step limit: the game charges an upper bound on what is left (the completion).
        n->terminal = true;
        n->dead = true;
        n->completion = spanCompletionRank(n->residual);
        n->value = -static_cast<double>(n->completion);
        noteCompletion(id);
        return nodes_[static_cast<std::size_t>(id)].value;
    }
    const std::array<int, 3> ranks = flatteningRanks(n->residual);
    n->lowerBound = *std::max_element(ranks.begin(), ranks.end());
    if (params_.boundPruning && n->lowerBound > budget) {
        n->dead = true;
        n->value = -static_cast<double>(n->lowerBound) - 1.0;
        return n->value;
    }
    if (params_.endgame && game_.coefficients != CoefficientSet::Unrestricted &&
        isTight(ranks, budget)) {
        if (std::optional<double> v = solveEndgameAt(id, budget)) return v;
        n = &nodes_[static_cast<std::size_t>(id)];
    }
    measureCompletion(*n);
    noteCompletion(id);
    o = observationAt(nodes_[static_cast<std::size_t>(id)]);
    return std::nullopt;
}

Observation Mcts::observationAt(const Node& n) const {
    Observation o;
    o.size = n.residual.size();
    o.coefficients = game_.coefficients;
    o.residual = n.residual.data();
    o.step = n.step;
    o.stepLimit = game_.effectiveLimit();
    o.history = n.history;
    return o;
}

double Mcts::finishExpansion(int id, const Observation& o, Evaluation* e, std::uint64_t seed,
                             const Evaluator& sampler) {
    Node* n = &nodes_[static_cast<std::size_t>(id)];
    const double estimate =
        std::max(e == nullptr ? 0.0 : e->movesLeft, static_cast<double>(n->lowerBound));
    n->value = params_.completionValue && completionParts()
                   ? -static_cast<double>(n->completion) -
                         params_.completionSpread * static_cast<double>(n->spread) / 3.0
                   : -estimate;
    const double value = n->value;
    if (!drawsLater(id)) giveCandidates(id, o, e, seed, sampler);
    return value;
}

bool Mcts::drawsLater(int id) const {
    // The root draws at once: think(1) leaves it with candidates to list.
    return id != root_ && params_.lazyCandidates && params_.completionValue && completionParts();
}

void Mcts::drawCandidates(int id) {
    const Observation o = observationAt(nodes_[static_cast<std::size_t>(id)]);
    const std::uint64_t seed = rng_.next();
    Evaluator& sampler = samplerAt(nodes_[static_cast<std::size_t>(id)]);
    std::vector<Evaluation> e = askOne(sampler, o, seed);
    giveCandidates(id, o, e.empty() ? nullptr : &e.front(), seed, sampler);
}

void Mcts::giveCandidates(int id, const Observation& o, Evaluation* e, std::uint64_t seed,
                          const Evaluator& sampler) {
    Node* n = &nodes_[static_cast<std::size_t>(id)];
    n->drawn = true;
    if (&sampler == &evaluator_) n->evaluatorDrew = true;
    ++n->expansions;
    // The pair moves read the span ranks (measured when valued, unless decided then).
    if (!n->spanRanks) n->spanRanks = spanCompletionRanks(n->residual);
    if (e != nullptr && params_.uniformShare > 0 && sampler.name() != "uniform")
        mixUniformDraws(o, *e, seed);
    n = &nodes_[static_cast<std::size_t>(id)];
    if (e != nullptr) addCandidates(*n, *e);
    if (n->edges.empty()) {
        n->dead = true;  // nothing usable was sampled; re-expansion may draw better
    }
    if (id == root_) addDirichletNoise(*n);
}

void Mcts::measureCompletion(Node& n) const {
    // One pass over the three modes gives both (spanCompletionRank is their minimum).
    if (!n.spanRanks) n.spanRanks = spanCompletionRanks(n.residual);
    const std::array<int, 3>& modes = *n.spanRanks;
    if (params_.completionSpread <= 0 ||
        std::any_of(modes.begin(), modes.end(), [](int m) { return m < 0; })) {
        n.completion = spanCompletionRank(n.residual, modes);
        n.spread = 0;
        return;
    }
    n.completion = *std::min_element(modes.begin(), modes.end());
    n.spread = modes[0] + modes[1] + modes[2] - 3 * n.completion;
}

std::optional<double> Mcts::solveEndgameAt(int id, int budget) {
    Node* n = &nodes_[static_cast<std::size_t>(id)];
    ++endgameQuestions_;
    const EndgameResult* known =
        params_.endgameMemo ? endgameMemo_.find(n->residual, budget) : nullptr;
    if (known != nullptr) ++endgameRecalled_;
    const EndgameResult r = known != nullptr ? *known
                                             : solveEndgame(n->residual, budget, game_.coefficients,
                                                            params_.endgameLimits);
    if (known == nullptr && params_.endgameMemo) endgameMemo_.store(n->residual, budget, r);
    if (r.outcome == EndgameOutcome::Impossible) {
        n->dead = true;
        n->value = -static_cast<double>(budget) - 1.0;
        return n->value;
    }
    if (r.outcome != EndgameOutcome::Solved) return std::nullopt;
    // Spelled as the node's candidates are, so that the move played from a known solution
    // matches its listed candidate (over Z, (u, v, w) and (-u, -v, w) are one move).
    std::vector<Action> moves;
    moves.reserve(r.moves.size());
    for (const Action& a : r.moves) moves.push_back(canonicalAction(a, game_.coefficients));
    n->solvedIn = static_cast<int>(moves.size());
    n->value = -static_cast<double>(n->solvedIn);
    // The first move of the solution becomes the node's candidate, so that the root of an
    // interactive search lists it; the rest of the solution stays with the child.
    const Action first = moves.front();
    IntResidual next = n->residual;
    next.subtract(first);
    std::vector<Action> history = mcts::historyAfter(n->history, first);
    const int step = n->step + 1;
    n->endgame = moves;
    // newNode may reallocate nodes_, leaving `n` dangling until it is taken again below (a use
    // after free ASan found): read what the child needs first.
    const int solvedIn = n->solvedIn;
    const int child = newNode(std::move(next), step, std::move(history), id, first);
    Node& c = nodes_[static_cast<std::size_t>(child)];
    c.expanded = true;
    c.solvedIn = solvedIn - 1;
    c.value = -static_cast<double>(c.solvedIn);
    c.terminal = c.residual.isZero();
    c.endgame.assign(moves.begin() + 1, moves.end());
    Edge e;
    e.action = first;
    e.prior = 1.0;
    e.probability = 1.0;
    e.source = CandidateSource::Endgame;
    e.child = child;
    n = &nodes_[static_cast<std::size_t>(id)];
    n->edges.push_back(std::move(e));
    noteCompletion(id);
    return nodes_[static_cast<std::size_t>(id)].value;
}

void Mcts::mixUniformDraws(const Observation& o, Evaluation& e, std::uint64_t seed) {
    const int extra = std::max(1, static_cast<int>(params_.samples * params_.uniformShare));
    const std::vector<Evaluation> u =
        uniformDraws_.evaluate(std::span<const Observation>(&o, 1), extra, seed ^ 0xa5a5a5a5ULL);
    std::vector<double> pi;
    if (params_.mixtureCorrection) {
        // beta-hat by move, over both streams of draws (sign variants are one move over Z).
        std::map<std::tuple<std::vector<int>, std::vector<int>, std::vector<int>>, std::size_t> at;
        std::vector<PolicySample> merged;
        auto add = [&](const PolicySample& c, double draws) {
            Action a = canonicalAction(c.action, o.coefficients);
            auto [it, fresh] = at.emplace(std::make_tuple(a.u, a.v, a.w), merged.size());
            if (fresh) merged.push_back(PolicySample{std::move(a), 0.0, 0.0});
            merged[it->second].prior += c.prior * draws;
        };
        for (const PolicySample& c : e.candidates) add(c, params_.samples);
        for (const PolicySample& c : u.front().candidates) add(c, extra);
        std::vector<Action> actions;
        actions.reserve(merged.size());
        for (const PolicySample& c : merged) actions.push_back(c.action);
        pi = evaluator_.probabilities(o, actions);
        if (pi.size() == merged.size()) {
            const double total = params_.samples + extra;
            const double s = extra / total;
            const double uniformProbability = uniformMoveProbability(o.size, o.coefficients);
            for (std::size_t i = 0; i < merged.size(); ++i) {
                const double beta = (1.0 - s) * pi[i] + s * uniformProbability;
                const double betaHat = merged[i].prior / total;
                merged[i].prior = beta > 0 ? betaHat / beta * pi[i] : 0.0;
                merged[i].probability = pi[i];
            }
            e.candidates = std::move(merged);
            return;
        }
        // The evaluator cannot score moves: the uncorrected mixture below.
    }
    for (PolicySample& c : e.candidates) c.prior *= 1.0 - params_.uniformShare;
    for (const PolicySample& c : u.front().candidates)
        e.candidates.push_back(PolicySample{c.action, c.prior * params_.uniformShare, 0.0});
}

namespace {

// The moves offered to one expansion, before they become edges: canonical, of the game's
// coefficients, touching the residual, each once (an offer of a move already offered adds its
// prior to the first offer, whose source it keeps; moves already on the node are skipped).
class Offers {
  public:
    struct Offer {
        Action action;
        double prior = 0;
        double probability = 0;
        CandidateSource source = CandidateSource::Sampled;
    };

    Offers(const IntResidual& residual, CoefficientSet set, const std::vector<Action>& existing)
        : residual_(residual), set_(set) {
        for (const Action& a : existing) seen_.emplace(a.u, a.v, a.w);
    }

    void add(Action a, double prior, double probability, CandidateSource source) {
        a = canonicalAction(std::move(a), set_);
        const TensorSize& size = residual_.size();
        if (a.u.size() != static_cast<std::size_t>(size.uSize()) ||
            a.v.size() != static_cast<std::size_t>(size.vSize()) ||
            a.w.size() != static_cast<std::size_t>(size.wSize()))
            return;
        if (hasZeroFactor(a) || !withinSet(a, set_) || !touchesResidual(residual_, a)) return;
        if (!seen_.emplace(a.u, a.v, a.w).second) {
            for (Offer& x : offers_)
                if (x.action == a) x.prior += prior;
            return;
        }
        offers_.push_back(Offer{std::move(a), prior, probability, source});
    }

    // Offers `moves` with `share` of the prior among them, equally, the earlier offers keeping
    // the rest in their proportions.
    void addShare(const std::vector<Action>& moves, double share, CandidateSource source) {
        if (moves.empty()) return;
        for (Offer& x : offers_) x.prior *= 1.0 - share;
        for (const Action& a : moves)
            add(a, share / static_cast<double>(moves.size()), 0.0, source);
    }

    // The offers, their priors summing to 1.
    std::vector<Offer> take() {
        double total = 0;
        for (const Offer& x : offers_) total += x.prior;
        for (Offer& x : offers_)
            x.prior = total > 0 ? x.prior / total : 1.0 / static_cast<double>(offers_.size());
        return std::move(offers_);
    }

  private:
    const IntResidual& residual_;
    CoefficientSet set_;
    std::set<std::tuple<std::vector<int>, std::vector<int>, std::vector<int>>> seen_;
    std::vector<Offer> offers_;
};

}  // namespace

bool Mcts::completesW(const IntResidual& r) const {
    if (params_.completeTop <= 0 || game_.coefficients == CoefficientSet::Unrestricted)
        return false;
    // Counted, not built: a <5,5,5> table would have 2^25 - 1 vectors.
    return factorCount(r.size().wSize(), game_.coefficients, false) <= params_.completeMaxW;
}

void Mcts::addCandidates(Node& n, const Evaluation& e) {
    std::vector<Action> existing;
    existing.reserve(n.edges.size());
    for (const Edge& edge : n.edges) existing.push_back(edge.action);
    Offers offers(n.residual, game_.coefficients, existing);
    // The sampled moves, and half of the prior for the completed w of the most likely ones.
    const bool completes = completesW(n.residual);
    const double sampledShare = completes ? 0.5 : 1.0;
    for (const PolicySample& s : e.candidates)
        offers.add(s.action, sampledShare * s.prior, s.probability, CandidateSource::Sampled);
    if (completes) {
        // Over {-1,0,1} and {-2..2} each w of the table is scored; mod 2 one walk covers every
        // w without a table (bestCompletionMod2).
        const std::vector<std::vector<int>>* table =
            n.residual.mod2() ? nullptr
                              : &factorTable(n.residual.size().wSize(), game_.coefficients, false);
        const int top = std::min<int>(params_.completeTop, static_cast<int>(e.candidates.size()));
        double mass = 0;
        for (int i = 0; i < top; ++i) mass += e.candidates[static_cast<std::size_t>(i)].prior;
        for (int i = 0; i < top; ++i) {
            const PolicySample& s = e.candidates[static_cast<std::size_t>(i)];
            if (std::optional<Action> best = table != nullptr
                                                 ? bestCompletion(n.residual, s.action, *table)
                                                 : bestCompletionMod2(n.residual, s.action))
                offers.add(std::move(*best),
                           (1.0 - sampledShare) * (mass > 0 ? s.prior / mass : 1.0 / top),
                           s.probability, CandidateSource::CompletedW);
        }
    }
    const bool mod2 = n.residual.mod2();
    // n.spanRanks: measured before the node is evaluated (beginExpansion).
    if (params_.pairCandidates > 0 && agentPartActs(AgentPart::Pairs, mod2, completionParts()))
        offers.addShare(pairCandidates(n.residual, completeBySpans(n.residual, n.spanRanks.value()),
                                       params_.pairCandidates, rng_.next()),
                        params_.pairShare, CandidateSource::Pair);
    if (params_.dropCandidates > 0 && agentPartActs(AgentPart::Drops, mod2, completionParts()))
        offers.addShare(
            dropCandidates(n.residual, params_.dropCandidates, params_.dropMaxPairs, rng_.next()),
            params_.dropShare, CandidateSource::Drop);
    for (Offers::Offer& x : offers.take()) {
        Edge edge;
        edge.action = std::move(x.action);
        edge.prior = x.prior;
        edge.probability = x.probability;
        edge.source = x.source;
        n.edges.push_back(std::move(edge));
    }
    // Re-expansions add to what is there: renormalise over all edges.
    double all = 0;
    for (const Edge& x : n.edges) all += x.prior;
    if (all > 0)
        for (Edge& x : n.edges) x.prior /= all;
}

void Mcts::addDirichletNoise(Node& n) {
    if (params_.rootNoise <= 0 || n.edges.empty()) return;
    std::vector<double> g(n.edges.size());
    double sum = 0;
    for (double& x : g) sum += (x = gammaSample(rng_, params_.dirichletAlpha));
    for (std::size_t i = 0; i < g.size(); ++i)
        n.edges[i].prior =
            (1 - params_.rootNoise) * n.edges[i].prior + params_.rootNoise * g[i] / sum;
}

}  // namespace tg::search
