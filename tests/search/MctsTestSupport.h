#pragma once
// What the MCTS tests share: unit actions, evaluations with fixed priors (no network),
// Strassen's scheme on a 2x2 corner of <3,3,3> (a real partial scheme of the 3x3x3 target), a
// tree with only the injected candidates (bare), an evaluator that counts its calls, and published
// schemes (the repository's data/published/fmm) as moves.
#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/io/SchemeSource.h"
#include "core/search/AgentSearch.h"
#include "core/search/Evaluator.h"
#include "core/search/IntResidual.h"
#include "core/search/MctsParams.h"
#include "core/tensor/TensorSize.h"

namespace tg::search::testing {

// A scheme's terms as moves of a game with coefficients in `set` (mod 2: entries 0 or 1).
inline std::vector<Action> movesOf(const Scheme& s, CoefficientSet set = CoefficientSet::Mod2) {
    std::vector<Action> out;
    for (const Term& t : s.terms) out.push_back(canonicalAction(actionOf(t), set));
    return out;
}

// A file of data/published/fmm (TG_DATA_DIR: the tests' build definition).
inline Scheme published(const char* file) {
    return loadSchemes(std::string(TG_DATA_DIR) + "/published/fmm/" + file).front().scheme;
}

// The action e_a (x) e_b (x) e_c of `size`.
inline Action unit(const TensorSize& size, int a, int b, int c) {
    Action x{std::vector<int>(static_cast<std::size_t>(size.uSize()), 0),
             std::vector<int>(static_cast<std::size_t>(size.vSize()), 0),
             std::vector<int>(static_cast<std::size_t>(size.wSize()), 0)};
    x.u[static_cast<std::size_t>(a)] = 1;
    x.v[static_cast<std::size_t>(b)] = 1;
    x.w[static_cast<std::size_t>(c)] = 1;
    return x;
}

// An evaluation proposing `priors` (each with its prior as proposal probability).
inline Evaluation fixedEvaluation(std::vector<std::pair<Action, double>> priors, double movesLeft) {
    Evaluation e;
    e.movesLeft = movesLeft;
    for (auto& [a, p] : priors) e.candidates.push_back(PolicySample{a, p, p});
    return e;
}

// A 2x2 factor (entry i*2+j) placed on the top-left corner of a 3x3 one (entry i*3+j).
inline std::vector<int> corner(const std::vector<int>& x) {
    std::vector<int> out(9, 0);
    for (int i = 0; i < 2; ++i)
        for (int j = 0; j < 2; ++j)
            out[static_cast<std::size_t>(i * 3 + j)] = x[static_cast<std::size_t>(i * 2 + j)] & 1;
    return out;
}

// Strassen's 7 terms on the top-left 2x2 corner of <3,3,3>.
inline std::vector<Action> strassenOnCorner() {
    std::vector<Action> out;
    for (const Term& t : strassenScheme().terms) {
        const Action a = actionOf(t);
        out.push_back(Action{corner(a.u), corner(a.v), corner(a.w)});
    }
    return out;
}

// <3,3,3> mod 2, told `target` (0: not told).
inline AgentGame game333(int target = 0) {
    AgentGame g;
    g.size = {3, 3, 3};
    g.coefficients = CoefficientSet::Mod2;
    g.targetRank = target;
    return g;
}

// The first `count` nonzero entries of a state, as unit terms.
inline std::vector<Action> firstUnits(const Observation& o, std::size_t count) {
    const TensorSize& size = o.size;
    std::vector<Action> out;
    for (int a = 0; a < size.uSize(); ++a)
        for (int b = 0; b < size.vSize(); ++b)
            for (int c = 0; c < size.wSize(); ++c)
                if (o.residual[static_cast<std::size_t>(size.flatIndex(a, b, c))] != 0 &&
                    out.size() < count)
                    out.push_back(unit(size, a, b, c));
    return out;
}

// Offers a state's first three nonzero entries as unit moves (priors 0.5, 0.3, 0.2), saying 20
// moves are left: a policy that always has moves, none of them clever.
inline Evaluation firstThreeUnits(const Observation& o) {
    const auto u = firstUnits(o, 3);
    return fixedEvaluation({{u.at(0), 0.5}, {u.at(1), 0.3}, {u.at(2), 0.2}}, 20.0);
}

// Only the injected candidates, no exact endgame: the tree's own behaviour.
inline MctsParams bare() {
    MctsParams p;
    p.completeTop = 0;
    p.pairCandidates = 0;       // no moves of the residual's own terms
    p.dropCandidates = 0;       // nor moves that lower a flattening rank
    p.completionValue = false;  // the injected values
    p.uniformShare = 0;
    p.endgame = false;
    return p;
}

// <3,3,3> mod 2, not told a target, within `stepLimit` moves.
inline AgentGame game333Within(int stepLimit) {
    AgentGame g = game333();
    g.stepLimit = stepLimit;
    return g;
}

// Passes batches on to another evaluator, counting the calls and the widest batch.
class BatchCounter final : public Evaluator {
  public:
    explicit BatchCounter(Evaluator& inner) : inner_(inner) {}
    std::vector<Evaluation> evaluate(std::span<const Observation> batch, int samples,
                                     std::uint64_t seed) override {
        ++calls;
        widest = std::max(widest, batch.size());
        observations += static_cast<long long>(batch.size());
        return inner_.evaluate(batch, samples, seed);
    }
    [[nodiscard]] std::string name() const override { return inner_.name(); }
    long long calls = 0;
    long long observations = 0;
    std::size_t widest = 0;

  private:
    Evaluator& inner_;
};

// Runs the agent on the calling thread's behalf to its end (maxGamesPerThread must be set).
inline SearchResult runToEnd(AgentSearchParams p) {
    AgentSearch search(std::move(p));
    search.start();
    search.wait();
    return search.result();
}

}  // namespace tg::search::testing
