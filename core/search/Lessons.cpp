#include "core/search/Lessons.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "core/search/ModeBasis.h"
#include "core/search/Rng.h"
#include "core/search/Seeds.h"
#include "core/tensor/Verification.h"

namespace tg::search {

void addLineLessons(const IntResidual& start, const std::vector<Action>& moves,
                    const AgentGame& game, std::vector<Demonstration>& out) {
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
        addLineLessons(basis.isIdentity() ? target : basis.apply(target), moves, game, out);
    }
}

namespace {

// What a failed verification found, in one line.
std::string whyWrong(const Scheme& scheme, const VerifyReport& report) {
    if (!report.reason.empty() || report.wrong.empty()) return report.reason;
    return std::to_string(report.wrongCount) + " wrong entries, the first " +
           describe(scheme.size, report.wrong.front());
}

// The moves of `scheme` as the game spells them, or why it cannot teach `game`.
std::vector<Action> movesOf(const Scheme& scheme, const AgentGame& game) {
    if (!(scheme.size == game.size))
        throw std::invalid_argument("it is for " + scheme.size.toString() + ", not " +
                                    game.size.toString());
    if (!scheme.isIntegral())
        throw std::invalid_argument("it has coefficients that are not integers");
    const bool mod2 = game.coefficients == CoefficientSet::Mod2;
    const VerifyReport report = verify(scheme, mod2 ? Field::Z2 : Field::Z);
    if (!report.valid)
        throw std::invalid_argument("it is not a scheme for " + game.size.toString() +
                                    (mod2 ? " mod 2" : " over Z") + ": " +
                                    whyWrong(scheme, report));
    std::vector<Action> moves;
    for (const Term& t : scheme.terms) {
        Action a = canonicalAction(actionOf(t), game.coefficients);
        if (!withinSet(a, game.coefficients))
            throw std::invalid_argument("its coefficients are not all in " +
                                        std::string(coefficientSetName(game.coefficients)));
        if (!hasZeroFactor(a)) moves.push_back(std::move(a));  // mod 2, a term with even factors
    }
    return moves;
}

}  // namespace

std::vector<Demonstration> schemeLessons(const Scheme& scheme, const AgentGame& game, int copies,
                                         bool randomBasis, std::uint64_t seed) {
    std::vector<Demonstration> out;
    addSchemeLessons(movesOf(scheme, game), game, copies, randomBasis, seed, out);
    return out;
}

std::vector<Demonstration> schemesLessons(const std::vector<Scheme>& schemes, const AgentGame& game,
                                          int copies, bool randomBasis, std::uint64_t seed,
                                          const std::atomic<bool>* stop) {
    std::vector<Demonstration> out;
    for (std::size_t i = 0; i < schemes.size(); ++i) {
        if (stop && stop->load(std::memory_order_relaxed)) break;
        std::vector<Action> moves;
        try {
            moves = movesOf(schemes[i], game);
        } catch (const std::invalid_argument& e) {
            throw LessonRefused(i, e.what());
        }
        addSchemeLessons(moves, game, copies, randomBasis, seedFor(seed, i), out);
    }
    return out;
}

}  // namespace tg::search
