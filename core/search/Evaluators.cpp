#include "core/search/Evaluators.h"

#include <algorithm>
#include <map>

#include "core/search/MctsTree.h"
#include "core/search/Rng.h"

namespace tg::search {

std::vector<PolicySample> mergeSamples(const std::vector<Action>& drawn,
                                       const std::vector<double>& probabilities) {
    std::vector<PolicySample> out;
    std::map<std::tuple<std::vector<int>, std::vector<int>, std::vector<int>>, std::size_t> index;
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const Action& a = drawn[i];
        auto [it, inserted] = index.emplace(std::make_tuple(a.u, a.v, a.w), out.size());
        if (inserted) {
            const double p = i < probabilities.size() ? probabilities[i] : 0.0;
            out.push_back(PolicySample{a, 0.0, p});
        }
        out[it->second].prior += 1.0;
    }
    for (PolicySample& s : out) {
        s.prior /= static_cast<double>(drawn.size());
        if (s.probability <= 0) s.probability = s.prior;
    }
    std::stable_sort(out.begin(), out.end(), [](const PolicySample& x, const PolicySample& y) {
        return x.prior > y.prior;
    });
    return out;
}

std::vector<Evaluation> UniformEvaluator::evaluate(std::span<const Observation> batch, int samples,
                                                   std::uint64_t seed) {
    std::vector<Evaluation> out;
    out.reserve(batch.size());
    Rng rng(seed);
    for (const Observation& o : batch) {
        std::vector<int> vals;
        for (const Rational& x : values(o.coefficients)) vals.push_back(static_cast<int>(x.num()));
        if (vals.empty()) vals = {-1, 0, 1};
        auto factor = [&](int length) {
            std::vector<int> f(static_cast<std::size_t>(length));
            // Rejection keeps the distribution uniform over nonzero vectors.
            while (true) {
                bool nonZero = false;
                for (int& x : f) {
                    x = vals[rng.below(static_cast<std::uint32_t>(vals.size()))];
                    nonZero = nonZero || x != 0;
                }
                if (nonZero) return f;
            }
        };
        std::vector<Action> drawn;
        drawn.reserve(static_cast<std::size_t>(samples));
        for (int i = 0; i < samples; ++i)
            drawn.push_back(
                Action{factor(o.size.uSize()), factor(o.size.vSize()), factor(o.size.wSize())});
        Evaluation e;
        e.movesLeft = 0;
        e.candidates = mergeSamples(drawn, {});
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Evaluation> FakeEvaluator::evaluate(std::span<const Observation> batch, int /*samples*/,
                                                std::uint64_t /*seed*/) {
    std::vector<Evaluation> out;
    for (const Observation& o : batch) {
        ++calls_;
        out.push_back(f_(o));
    }
    return out;
}

std::vector<double> UniformEvaluator::probabilities(const Observation& observation,
                                                    std::span<const Action> actions) {
    return std::vector<double>(
        actions.size(), mcts::uniformMoveProbability(observation.size, observation.coefficients));
}

std::vector<double> FakeEvaluator::probabilities(const Observation& observation,
                                                 std::span<const Action> actions) {
    std::vector<double> out;
    if (!probability_) return out;
    for (const Action& a : actions) out.push_back(probability_(observation, a));
    return out;
}

std::optional<std::string> modelToLoad(
    const std::string& model, const std::function<std::optional<std::string>()>& defaultModel) {
    if (model == "uniform") return std::nullopt;
    if (model.empty()) return defaultModel ? defaultModel() : std::nullopt;
    return model;
}

}  // namespace tg::search
