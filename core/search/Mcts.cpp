#include "core/search/Mcts.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/search/MctsTree.h"
#include "core/search/Seeds.h"
#include "core/search/SpanCompletion.h"

namespace tg::search {

Mcts::Mcts(IntResidual residual, AgentGame game, Evaluator& evaluator, MctsParams params,
           std::uint64_t seed, int step, std::vector<Action> history)
    : game_(game), evaluator_(evaluator), params_(params), rng_(seed) {
    root_ = newNode(std::move(residual), step, std::move(history));
}

Mcts::~Mcts() = default;

long long Mcts::nodeCount() const {
    return static_cast<long long>(nodes_.size());
}

int Mcts::newNode(IntResidual residual, int step, std::vector<Action> history, int parent,
                  Action move) {
    Node n;
    n.residual = std::move(residual);
    n.step = step;
    n.history = std::move(history);
    n.parent = parent;
    n.move = std::move(move);
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
    while (ran < simulations) {
        if (stop != nullptr && stop->load(std::memory_order_relaxed)) break;
        Node& root = nodes_[static_cast<std::size_t>(root_)];
        if (root.terminal || (root.solvedIn >= 0 && root.solvedIn <= budgetLeft(root))) break;
        if (!root.expanded) {
            const double v = expand(root_);
            Node& r = nodes_[static_cast<std::size_t>(root_)];
            r.visits += 1;
            r.valueSum += v;
            ++simulations_;
            ++ran;
            continue;
        }
        if (root.dead) {
            // Hopeless when valued (pruned, or no endgame within the budget), or redrawn enough.
            if (!root.drawn || root.expansions > params_.maxReexpansions) break;
            // Draw fresh candidates for the root once more before giving up.
            root.dead = false;
            root.drawn = false;
            ++ran;
            continue;
        }
        const int batch = std::min(std::max(1, params_.leafBatch), simulations - ran);
        ran += batch == 1 ? simulateOne() : simulateBatch(batch);
    }
    return ran;
}

Mcts::Descent Mcts::descend() {
    Descent d;
    int id = root_;
    while (true) {
        if (const Node& n = nodes_[static_cast<std::size_t>(id)];
            !n.expanded || n.terminal || n.dead || n.solvedIn >= 0 || awaitsEvaluation(id))
            break;
        if (!nodes_[static_cast<std::size_t>(id)].drawn) {
            drawCandidates(id);  // its second visit (MctsParams::lazyCandidates), or a redraw
            continue;
        }
        Node& n = nodes_[static_cast<std::size_t>(id)];
        const int e = select(n);
        if (e < 0) {
            // Every child is hopeless: draw again, or give this node up.
            if (n.expansions <= params_.maxReexpansions) {
                n.drawn = false;
                continue;
            }
            n.dead = true;
            break;
        }
        d.path.emplace_back(id, e);
        Edge& edge = n.edges[static_cast<std::size_t>(e)];
        if (edge.child < 0) {
            IntResidual r = n.residual;
            r.subtract(edge.action);
            std::vector<Action> history = mcts::historyAfter(n.history, edge.action);
            const int step = n.step + 1;
            const int child = newNode(std::move(r), step, std::move(history), id, edge.action);
            nodes_[static_cast<std::size_t>(id)].edges[static_cast<std::size_t>(e)].child = child;
            id = child;
            break;
        }
        id = edge.child;
    }
    d.leaf = id;
    return d;
}

double Mcts::leafValueWithoutNetwork(int leaf) const {
    const Node& n = nodes_[static_cast<std::size_t>(leaf)];
    if (n.solvedIn >= 0) return -static_cast<double>(n.solvedIn);
    return n.value;
}

int Mcts::simulateOne() {
    Descent d = descend();
    const double value = nodes_[static_cast<std::size_t>(d.leaf)].expanded
                             ? leafValueWithoutNetwork(d.leaf)
                             : expand(d.leaf);
    backup(d.path, d.leaf, value);
    ++simulations_;
    return 1;
}

bool Mcts::awaitsEvaluation(int node) const {
    return std::find(awaiting_.begin(), awaiting_.end(), node) != awaiting_.end();
}

void Mcts::addVirtualLoss(const std::vector<std::pair<int, int>>& path, double loss, int sign) {
    for (const auto& [parentId, edgeIndex] : path) {
        Node& parent = nodes_[static_cast<std::size_t>(parentId)];
        Edge& e = parent.edges[static_cast<std::size_t>(edgeIndex)];
        e.visits += sign;
        e.valueSum += sign * loss;
        parent.visits += sign;
        parent.valueSum += sign * loss;
    }
}

int Mcts::simulateBatch(int count) {
    // Each descent counts as a visit with the worst return seen so far (a virtual loss), so the
    // next descent of the batch prefers another path; the new leaves then share one evaluator
    // call, and the losses are taken back before the real returns are backed up.
    const double loss = valueRangeSet_ ? minValue_ : 0.0;
    std::vector<Descent> descents;
    std::vector<Observation> observations;
    std::vector<std::size_t> evaluated;  // descents whose leaf waits for the evaluator
    for (int i = 0; i < count; ++i) {
        Descent d = descend();
        if (awaitsEvaluation(d.leaf)) break;  // a collision: the batch is as wide as it gets
        if (!nodes_[static_cast<std::size_t>(d.leaf)].expanded) {
            Observation o;
            d.value = beginExpansion(d.leaf, o);
            if (!d.value && drawsLater(d.leaf))  // no evaluator needed
                d.value = finishExpansion(d.leaf, o, nullptr, 0, evaluator_);
            if (Evaluator& sampler = samplerAt(nodes_[static_cast<std::size_t>(d.leaf)]);
                !d.value && &sampler != &evaluator_)
                d.value = expandWith(d.leaf, o, sampler);  // below networkDepth: no batch
            if (!d.value) {
                evaluated.push_back(descents.size());
                observations.push_back(std::move(o));
                awaiting_.push_back(d.leaf);
            }
        } else {
            d.value = leafValueWithoutNetwork(d.leaf);
        }
        addVirtualLoss(d.path, loss, 1);
        descents.push_back(std::move(d));
    }
    if (!observations.empty()) {
        const std::uint64_t seed = rng_.next();
        std::vector<Evaluation> e = evaluator_.evaluate(observations, params_.samples, seed);
        evaluations_ += static_cast<long long>(observations.size());
        for (std::size_t k = 0; k < evaluated.size(); ++k) {
            Descent& d = descents[evaluated[k]];
            d.value = finishExpansion(d.leaf, observations[k], k < e.size() ? &e[k] : nullptr,
                                      seedFor(seed, k), evaluator_);
        }
    }
    awaiting_.clear();
    for (const Descent& d : descents) {
        addVirtualLoss(d.path, loss, -1);
        backup(d.path, d.leaf, *d.value);
        ++simulations_;
    }
    return static_cast<int>(descents.size());
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
        c.source = e.source;
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
    double pick = rng_.unit() * total;
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
    const Action key = canonicalAction(move, game_.coefficients);
    for (const Edge& e : root.edges)
        if (e.action == key && e.child >= 0) {
            // Keep the subtree: only the root index moves (the rest of the arena stays; a game
            // is short, so the unreachable nodes are not worth compacting).
            root_ = e.child;
            Node& r = nodes_[static_cast<std::size_t>(root_)];
            if (r.dead && r.drawn) {
                r.dead = false;  // a root is never given up without drawing fresh candidates
            }
            if (r.drawn && !r.evaluatorDrew && !r.terminal && r.solvedIn < 0) {
                // Its candidates are uniform draws alone (MctsParams::networkDepth): the
                // evaluator's join them, with the root's noise over all.
                drawCandidates(root_);
            } else if (r.drawn) {
                // A root with candidates got no noise when they were drawn for an inner node.
                addDirichletNoise(r);
            }
            resetValueRange();
            return;
        }
    IntResidual r = root.residual;
    r.subtract(move);
    std::vector<Action> history = mcts::historyAfter(root.history, move);
    const int step = root.step + 1;
    root_ = newNode(std::move(r), step, std::move(history), root_, move);
    resetValueRange();
}

void Mcts::resetValueRange() {
    // Rebuilt from the kept subtree's edges (MuZero's min-max over the tree). Their mean
    // returns span a narrower range than the single returns backup() widens it with, so PUCT's
    // scale (and the virtual loss) tighten after a move until new backups widen it again.
    valueRangeSet_ = false;
    std::vector<int> stack{root_};
    while (!stack.empty()) {
        const Node& n = nodes_[static_cast<std::size_t>(stack.back())];
        stack.pop_back();
        for (const Edge& e : n.edges) {
            if (e.visits > 0) {
                const double q = e.valueSum / e.visits;
                minValue_ = valueRangeSet_ ? std::min(minValue_, q) : q;
                maxValue_ = valueRangeSet_ ? std::max(maxValue_, q) : q;
                valueRangeSet_ = true;
            }
            if (e.child >= 0) stack.push_back(e.child);
        }
    }
}

bool Mcts::completionParts() const {
    return game_.targetRank <= 0 || params_.completionWithTarget;
}

void Mcts::noteCompletion(int id) {
    if (!params_.bestLine) return;
    const Node& n = nodes_[static_cast<std::size_t>(id)];
    const int left = n.solvedIn >= 0 ? n.solvedIn : n.completion;
    if (left < 0) return;
    if (bestNode_ < 0 || n.step + left < bestRank_) {
        bestNode_ = id;
        bestRank_ = n.step + left;
    }
}

std::optional<int> Mcts::bestLineRank() const {
    if (bestNode_ < 0) return std::nullopt;
    return bestRank_;
}

std::optional<std::vector<Action>> Mcts::bestLine() const {
    if (bestNode_ < 0) return std::nullopt;
    std::vector<Action> moves;
    for (int id = bestNode_; nodes_[static_cast<std::size_t>(id)].parent >= 0;
         id = nodes_[static_cast<std::size_t>(id)].parent)
        moves.push_back(nodes_[static_cast<std::size_t>(id)].move);
    std::reverse(moves.begin(), moves.end());
    const Node& n = nodes_[static_cast<std::size_t>(bestNode_)];
    if (n.solvedIn >= 0 && static_cast<int>(n.endgame.size()) == n.solvedIn) {
        moves.insert(moves.end(), n.endgame.begin(), n.endgame.end());
    } else if (n.solvedIn != 0) {
        // Not solved, or solved through children (their moves are in their own lines).
        std::vector<Action> rest = completeBySpans(n.residual);
        moves.insert(moves.end(), rest.begin(), rest.end());
    }
    return moves;
}

std::optional<std::pair<double, double>> Mcts::valueRange() const {
    if (!valueRangeSet_) return std::nullopt;
    return std::make_pair(minValue_, maxValue_);
}

void thinkInChunks(Mcts& mcts, long long total, int chunk, const std::atomic<bool>* stop,
                   const std::function<void()>& afterChunk) {
    for (long long done = 0; done < total;) {
        const int want = static_cast<int>(std::min<long long>(chunk, total - done));
        const int ran = mcts.think(want, stop);
        done += want;
        if (afterChunk) afterChunk();
        if (ran < want) break;  // decided early, or stopped
    }
}

}  // namespace tg::search
