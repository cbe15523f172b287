#include "core/search/Mcts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "core/search/Evaluators.h"
#include "core/search/ResidualBounds.h"

namespace tg::search {

struct Mcts::Edge {
    Action action;
    double prior = 0;
    double probability = 0;
    bool completed = false;
    int child = -1;
    int visits = 0;
    double valueSum = 0;  // sum of returns from the parent through this edge (-1 + child's)
};

struct Mcts::Node {
    IntResidual residual;
    int step = 0;
    std::vector<Action> history;
    std::vector<Edge> edges;
    bool expanded = false;
    bool terminal = false;
    bool dead = false;  // cannot finish within the limit
    int lowerBound = 0;
    double value = 0;  // the leaf value from the expansion (or the exact value)
    int visits = 0;
    double valueSum = 0;
    int expansions = 0;
    int solvedIn = -1;            // moves to zero, when known exactly
    std::vector<Action> endgame;  // the endgame solver's moves, when it solved this node
};

namespace {

// Moves the signs of u and v into w, so that the four sign variants of one term compare equal.
Action canonical(Action a, bool mod2) {
    if (mod2) return a;
    auto firstSign = [](const std::vector<int>& f) {
        for (int x : f)
            if (x != 0) return x > 0 ? 1 : -1;
        return 1;
    };
    const int su = firstSign(a.u), sv = firstSign(a.v);
    if (su < 0)
        for (int& x : a.u) x = -x;
    if (sv < 0)
        for (int& x : a.v) x = -x;
    if (su * sv < 0)
        for (int& x : a.w) x = -x;
    return a;
}

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

bool withinSet(const Action& a, CoefficientSet set) {
    if (set == CoefficientSet::Unrestricted) return true;
    auto ok = [set](const std::vector<int>& f) {
        return std::all_of(f.begin(), f.end(), [set](int x) { return contains(set, Rational(x)); });
    };
    return ok(a.u) && ok(a.v) && ok(a.w);
}

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

Mcts::Mcts(IntResidual residual, AgentGame game, Evaluator& evaluator, MctsParams params,
           std::uint64_t seed, int step, std::vector<Action> history)
    : game_(game), evaluator_(evaluator), params_(params), rng_(seed) {
    root_ = newNode(std::move(residual), step, std::move(history));
}

Mcts::~Mcts() = default;

long long Mcts::nodeCount() const {
    return static_cast<long long>(nodes_.size());
}

int Mcts::newNode(IntResidual residual, int step, std::vector<Action> history) {
    Node n;
    n.residual = std::move(residual);
    n.step = step;
    n.history = std::move(history);
    nodes_.push_back(std::move(n));
    return static_cast<int>(nodes_.size()) - 1;
}

int Mcts::budgetLeft(const Node& n) const {
    return game_.effectiveLimit() - n.step;
}

const IntResidual& Mcts::residual() const {
    return nodes_[static_cast<std::size_t>(root_)].residual;
}
int Mcts::step() const {
    return nodes_[static_cast<std::size_t>(root_)].step;
}
bool Mcts::isHopeless() const {
    return nodes_[static_cast<std::size_t>(root_)].dead;
}
int Mcts::rootVisits() const {
    return nodes_[static_cast<std::size_t>(root_)].visits;
}
double Mcts::rootValue() const {
    const Node& n = nodes_[static_cast<std::size_t>(root_)];
    return n.visits > 0 ? n.valueSum / n.visits : n.value;
}

double Mcts::expand(int id) {
    Node* n = &nodes_[static_cast<std::size_t>(id)];
    n->expanded = true;
    ++n->expansions;
    if (n->residual.isZero()) {
        n->terminal = true;
        n->solvedIn = 0;
        n->value = 0;
        return 0;
    }
    const int budget = budgetLeft(*n);
    if (budget <= 0) {
        // The step limit: the game charges an upper bound on what is left.
        n->terminal = true;
        n->dead = true;
        n->value = -static_cast<double>(rankUpperBound(n->residual));
        return n->value;
    }
    n->lowerBound = rankLowerBound(n->residual);
    if (n->lowerBound > budget) {
        n->dead = true;
        n->value = -static_cast<double>(n->lowerBound) - 1.0;
        return n->value;
    }
    if (params_.endgame && game_.coefficients != CoefficientSet::Unrestricted &&
        isTight(n->residual, budget)) {
        EndgameResult r =
            solveEndgame(n->residual, budget, game_.coefficients, params_.endgameLimits);
        n = &nodes_[static_cast<std::size_t>(id)];
        if (r.outcome == EndgameOutcome::Solved) {
            n->solvedIn = static_cast<int>(r.moves.size());
            n->value = -static_cast<double>(n->solvedIn);
            // The first move of the solution becomes the node's candidate, so that the root of
            // an interactive search lists it; the rest of the solution stays with the child.
            const Action first = canonical(r.moves.front(), n->residual.mod2());
            IntResidual next = n->residual;
            next.subtract(first);
            std::vector<Action> history = n->history;
            history.push_back(first);
            if (static_cast<int>(history.size()) > Observation::kHistory)
                history.erase(history.begin());
            const int step = n->step + 1;
            n->endgame = r.moves;
            // newNode may reallocate nodes_, leaving `n` dangling until it is taken again below
            // (a use after free ASan found): read what the child needs first.
            const int solvedIn = n->solvedIn;
            const int child = newNode(std::move(next), step, std::move(history));
            Node& c = nodes_[static_cast<std::size_t>(child)];
            c.expanded = true;
            c.solvedIn = solvedIn - 1;
            c.value = -static_cast<double>(c.solvedIn);
            c.terminal = c.residual.isZero();
            c.endgame.assign(r.moves.begin() + 1, r.moves.end());
            Edge e;
            e.action = first;
            e.prior = 1.0;
            e.probability = 1.0;
            e.child = child;
            n = &nodes_[static_cast<std::size_t>(id)];
            n->edges.push_back(std::move(e));
            return n->value;
        }
        if (r.outcome == EndgameOutcome::Impossible) {
            n->dead = true;
            n->value = -static_cast<double>(budget) - 1.0;
            return n->value;
        }
    }
    Observation o;
    o.size = n->residual.size();
    o.coefficients = game_.coefficients;
    o.residual = n->residual.data();
    o.step = n->step;
    o.stepLimit = game_.effectiveLimit();
    o.history = n->history;
    const std::uint64_t evalSeed = rng_.next();
    std::vector<Evaluation> e =
        evaluator_.evaluate(std::span<const Observation>(&o, 1), params_.samples, evalSeed);
    ++evaluations_;
    n = &nodes_[static_cast<std::size_t>(id)];
    const double estimate =
        std::max(e.empty() ? 0.0 : e.front().movesLeft, static_cast<double>(n->lowerBound));
    n->value = -estimate;
    if (!e.empty() && params_.uniformShare > 0 && evaluator_.name() != "uniform") {
        // Mix in uniformly drawn moves: the policy's candidates keep (1 - share) of the prior.
        const int extra = std::max(1, static_cast<int>(params_.samples * params_.uniformShare));
        UniformEvaluator uniform;
        const std::vector<Evaluation> u =
            uniform.evaluate(std::span<const Observation>(&o, 1), extra, evalSeed ^ 0xa5a5a5a5ULL);
        for (PolicySample& c : e.front().candidates) c.prior *= 1.0 - params_.uniformShare;
        for (const PolicySample& c : u.front().candidates)
            e.front().candidates.push_back(
                PolicySample{c.action, c.prior * params_.uniformShare, 0.0});
    }
    if (!e.empty()) addCandidates(*n, e.front());
    if (n->edges.empty()) {
        n->dead = true;  // nothing usable was sampled; re-expansion may draw better
    }
    return n->value;
}

void Mcts::addCandidates(Node& n, const Evaluation& e) {
    const bool mod2 = n.residual.mod2();
    std::set<std::tuple<std::vector<int>, std::vector<int>, std::vector<int>>> seen;
    for (const Edge& edge : n.edges) seen.emplace(edge.action.u, edge.action.v, edge.action.w);
    std::vector<Edge> fresh;
    auto offer = [&](Action a, double prior, double probability, bool completed) {
        a = canonical(std::move(a), mod2);
        if (a.u.size() != static_cast<std::size_t>(n.residual.size().uSize()) ||
            a.v.size() != static_cast<std::size_t>(n.residual.size().vSize()) ||
            a.w.size() != static_cast<std::size_t>(n.residual.size().wSize()))
            return;
        if (hasZeroFactor(a) || !withinSet(a, game_.coefficients) ||
            !touchesResidual(n.residual, a))
            return;
        if (!seen.emplace(a.u, a.v, a.w).second) {
            for (Edge& x : fresh)
                if (x.action == a) x.prior += prior;
            return;
        }
        Edge edge;
        edge.action = std::move(a);
        edge.prior = prior;
        edge.probability = probability;
        edge.completed = completed;
        fresh.push_back(std::move(edge));
    };
    const bool completing =
        params_.completeTop > 0 && game_.coefficients != CoefficientSet::Unrestricted;
    const double sampledShare = completing ? 0.5 : 1.0;
    for (const PolicySample& s : e.candidates)
        offer(s.action, sampledShare * s.prior, s.probability, false);

    if (completing) {
        const auto& ws = [&]() -> const std::vector<std::vector<int>>& {
            static thread_local std::map<std::pair<int, int>, std::vector<std::vector<int>>> cache;
            auto key =
                std::make_pair(n.residual.size().wSize(), static_cast<int>(game_.coefficients));
            auto it = cache.find(key);
            if (it == cache.end())
                it = cache.emplace(key, factorVectors(key.first, game_.coefficients, false)).first;
            return it->second;
        }();
        if (static_cast<int>(ws.size()) <= params_.completeMaxW) {
            const int top =
                std::min<int>(params_.completeTop, static_cast<int>(e.candidates.size()));
            double mass = 0;
            for (int i = 0; i < top; ++i) mass += e.candidates[static_cast<std::size_t>(i)].prior;
            for (int i = 0; i < top; ++i) {
                const PolicySample& s = e.candidates[static_cast<std::size_t>(i)];
                Action best;
                long long bestScore = std::numeric_limits<long long>::max();
                IntResidual r = n.residual;
                for (const auto& w : ws) {
                    Action a{s.action.u, s.action.v, w};
                    r.subtract(a);
                    const auto f = flatteningRanks(r);
                    const long long score =
                        static_cast<long long>(f[0] + f[1] + f[2]) * 1000000LL + r.nonZeros();
                    r.add(a, 1);
                    if (score < bestScore) {
                        bestScore = score;
                        best = std::move(a);
                    }
                }
                if (bestScore != std::numeric_limits<long long>::max())
                    offer(best, (1.0 - sampledShare) * (mass > 0 ? s.prior / mass : 1.0 / top),
                          s.probability, true);
            }
        }
    }
    double total = 0;
    for (const Edge& x : fresh) total += x.prior;
    for (Edge& x : fresh) {
        x.prior = total > 0 ? x.prior / total : 1.0 / static_cast<double>(fresh.size());
        n.edges.push_back(std::move(x));
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

double Mcts::normalised(double q) const {
    if (!valueRangeSet_ || maxValue_ <= minValue_) return 0.5;
    return (q - minValue_) / (maxValue_ - minValue_);
}

int Mcts::select(Node& n) {
    int best = -1;
    double bestScore = -std::numeric_limits<double>::infinity();
    const double sqrtN = std::sqrt(static_cast<double>(std::max(1, n.visits)));
    for (std::size_t i = 0; i < n.edges.size(); ++i) {
        const Edge& e = n.edges[i];
        if (e.child >= 0 && nodes_[static_cast<std::size_t>(e.child)].dead) continue;
        // Unvisited edges count as the parent's value (not optimistic, not pessimistic).
        const double q = e.visits > 0 ? normalised(e.valueSum / e.visits)
                                      : normalised(n.visits > 0 ? n.valueSum / n.visits : n.value);
        const double u = params_.cPuct * e.prior * sqrtN / (1.0 + e.visits);
        const double score = q + u;
        if (score > bestScore) {
            bestScore = score;
            best = static_cast<int>(i);
        }
    }
    return best;
}

void Mcts::refreshDeadAndSolved(int id) {
    Node& n = nodes_[static_cast<std::size_t>(id)];
    if (!n.expanded || n.terminal) return;
    bool allDead = !n.edges.empty();
    for (const Edge& e : n.edges) {
        if (e.child < 0) {
            allDead = false;
            continue;
        }
        const Node& c = nodes_[static_cast<std::size_t>(e.child)];
        if (!c.dead) allDead = false;
        if (c.solvedIn >= 0 && (n.solvedIn < 0 || c.solvedIn + 1 < n.solvedIn))
            n.solvedIn = c.solvedIn + 1;
    }
    if (allDead && n.solvedIn < 0) n.dead = true;
}

void Mcts::backup(const std::vector<std::pair<int, int>>& path, int leaf, double value) {
    Node& l = nodes_[static_cast<std::size_t>(leaf)];
    l.visits += 1;
    l.valueSum += value;
    double g = value;
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        const auto [parentId, edgeIndex] = *it;
        g = -1.0 + g;
        Node& parent = nodes_[static_cast<std::size_t>(parentId)];
        Edge& e = parent.edges[static_cast<std::size_t>(edgeIndex)];
        e.visits += 1;
        e.valueSum += g;
        parent.visits += 1;
        parent.valueSum += g;
        if (!valueRangeSet_) {
            minValue_ = maxValue_ = g;
            valueRangeSet_ = true;
        }
        minValue_ = std::min(minValue_, g);
        maxValue_ = std::max(maxValue_, g);
        refreshDeadAndSolved(parentId);
    }
}

int Mcts::think(int simulations, const std::atomic<bool>* stop) {
    int ran = 0;
    for (; ran < simulations; ++ran) {
        if (stop != nullptr && stop->load(std::memory_order_relaxed)) break;
        Node& root = nodes_[static_cast<std::size_t>(root_)];
        if (root.terminal || (root.solvedIn >= 0 && root.solvedIn <= budgetLeft(root))) break;
        if (!root.expanded) {
            const double v = expand(root_);
            Node& r = nodes_[static_cast<std::size_t>(root_)];
            addDirichletNoise(r);
            r.visits += 1;
            r.valueSum += v;
            ++simulations_;
            continue;
        }
        if (root.dead) {
            if (root.expansions > params_.maxReexpansions) break;
            // Draw fresh candidates for the root once more before giving up.
            root.dead = false;
            root.expanded = false;
            continue;
        }
        std::vector<std::pair<int, int>> path;
        int id = root_;
        while (true) {
            Node& n = nodes_[static_cast<std::size_t>(id)];
            if (!n.expanded || n.terminal || n.dead || n.solvedIn >= 0) break;
            const int e = select(n);
            if (e < 0) {
                // Every child is hopeless: draw again, or give this node up.
                if (n.expansions <= params_.maxReexpansions) {
                    n.expanded = false;  // expand() below adds fresh candidates
                } else {
                    n.dead = true;
                }
                break;
            }
            path.emplace_back(id, e);
            Edge& edge = n.edges[static_cast<std::size_t>(e)];
            if (edge.child < 0) {
                IntResidual r = n.residual;
                r.subtract(edge.action);
                std::vector<Action> history = n.history;
                history.push_back(edge.action);
                if (static_cast<int>(history.size()) > Observation::kHistory)
                    history.erase(history.begin());
                const int step = n.step + 1;
                const int child = newNode(std::move(r), step, std::move(history));
                nodes_[static_cast<std::size_t>(id)].edges[static_cast<std::size_t>(e)].child =
                    child;
                id = child;
                break;
            }
            id = edge.child;
        }
        Node& leaf = nodes_[static_cast<std::size_t>(id)];
        double value;
        if (!leaf.expanded) {
            value = expand(id);
        } else if (leaf.solvedIn >= 0) {
            value = -static_cast<double>(leaf.solvedIn);
        } else {
            value = leaf.value;
        }
        backup(path, id, value);
        ++simulations_;
    }
    return ran;
}

std::vector<CandidateStats> Mcts::candidates() const {
    const Node& root = nodes_[static_cast<std::size_t>(root_)];
    std::vector<CandidateStats> out;
    for (const Edge& e : root.edges) {
        CandidateStats c;
        c.action = e.action;
        c.prior = e.prior;
        c.probability = e.probability;
        c.visits = e.visits;
        c.meanValue = e.visits > 0 ? e.valueSum / e.visits : 0.0;
        c.completed = e.completed;
        if (e.child >= 0) {
            const Node& child = nodes_[static_cast<std::size_t>(e.child)];
            c.hopeless = child.dead;
            c.solvedIn = child.solvedIn;
            if (e.visits == 0 && child.expanded) c.meanValue = -1.0 + child.value;
        }
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const CandidateStats& a, const CandidateStats& b) {
        if (a.visits != b.visits) return a.visits > b.visits;
        return a.prior > b.prior;
    });
    return out;
}

std::optional<std::vector<Action>> Mcts::knownSolution() const {
    std::vector<Action> moves;
    int id = root_;
    while (true) {
        const Node& n = nodes_[static_cast<std::size_t>(id)];
        if (n.solvedIn < 0) return std::nullopt;
        if (n.solvedIn == 0) return moves;
        if (!n.endgame.empty() && static_cast<int>(n.endgame.size()) == n.solvedIn) {
            moves.insert(moves.end(), n.endgame.begin(), n.endgame.end());
            return moves;
        }
        int next = -1;
        for (const Edge& e : n.edges)
            if (e.child >= 0 &&
                nodes_[static_cast<std::size_t>(e.child)].solvedIn == n.solvedIn - 1) {
                moves.push_back(e.action);
                next = e.child;
                break;
            }
        if (next < 0) return std::nullopt;
        id = next;
    }
}

std::optional<Action> Mcts::chooseMove() {
    if (auto solution = knownSolution(); solution && !solution->empty()) return solution->front();
    const Node& root = nodes_[static_cast<std::size_t>(root_)];
    if (root.edges.empty()) return std::nullopt;
    std::vector<double> weight(root.edges.size(), 0.0);
    bool any = false;
    for (std::size_t i = 0; i < root.edges.size(); ++i) {
        const Edge& e = root.edges[i];
        const bool dead = e.child >= 0 && nodes_[static_cast<std::size_t>(e.child)].dead;
        if (dead || e.visits == 0) continue;
        weight[i] = params_.temperature > 0
                        ? std::pow(static_cast<double>(e.visits), 1.0 / params_.temperature)
                        : static_cast<double>(e.visits);
        any = true;
    }
    if (!any) {
        // Nothing visited (or all hopeless): the highest prior.
        std::size_t best = 0;
        for (std::size_t i = 1; i < root.edges.size(); ++i)
            if (root.edges[i].prior > root.edges[best].prior) best = i;
        return root.edges[best].action;
    }
    if (params_.temperature <= 0) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < weight.size(); ++i)
            if (weight[i] > weight[best] ||
                (weight[i] == weight[best] && root.edges[i].prior > root.edges[best].prior))
                best = i;
        return root.edges[best].action;
    }
    double total = 0;
    for (double x : weight) total += x;
    double pick = (static_cast<double>(rng_.next() >> 11) / 9007199254740992.0) * total;
    for (std::size_t i = 0; i < weight.size(); ++i) {
        pick -= weight[i];
        if (weight[i] > 0 && pick <= 0) return root.edges[i].action;
    }
    for (std::size_t i = weight.size(); i-- > 0;)
        if (weight[i] > 0) return root.edges[i].action;
    return std::nullopt;
}

void Mcts::play(const Action& move) {
    const Node& root = nodes_[static_cast<std::size_t>(root_)];
    const Action key = canonical(move, root.residual.mod2());
    for (const Edge& e : root.edges)
        if (e.action == key && e.child >= 0) {
            // Keep the subtree: only the root index moves (the rest of the arena stays; a game
            // is short, so the unreachable nodes are not worth compacting).
            root_ = e.child;
            Node& r = nodes_[static_cast<std::size_t>(root_)];
            if (r.dead && !r.terminal) {
                r.dead = false;  // a root is never given up without trying
            }
            return;
        }
    IntResidual r = root.residual;
    r.subtract(move);
    std::vector<Action> history = root.history;
    history.push_back(move);
    if (static_cast<int>(history.size()) > Observation::kHistory) history.erase(history.begin());
    const int step = root.step + 1;
    root_ = newNode(std::move(r), step, std::move(history));
}

}  // namespace tg::search
