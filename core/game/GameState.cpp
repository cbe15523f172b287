#include "core/game/GameState.h"

#include <algorithm>
#include <stdexcept>

#include "core/tensor/RankBounds.h"

namespace tg {

namespace {
Field storageField(Field f) {
    return f == Field::Z2 ? Field::Z2 : Field::Q;
}
}  // namespace

GameState::GameState(const GameConfig& config)
    : config_(config),
      target_(ExactTensor::matMul(config.size, storageField(config.field))),
      residual_(target_) {}

MoveCheck GameState::check(const Term& move) const {
    const TensorSize& s = config_.size;
    if (isSolved()) return {false, "the tensor is already zero: the game is over"};
    if (config_.stepLimit > 0 && step() >= config_.stepLimit)
        return {false, "the step limit of " + std::to_string(config_.stepLimit) + " is reached"};
    if (move.u.size() != std::size_t(s.uSize()) || move.v.size() != std::size_t(s.vSize()) ||
        move.w.size() != std::size_t(s.wSize()))
        return {false, "the move does not have the shape of " + s.toString()};
    const char* names[] = {"u (the A side)", "v (the B side)", "w (the C side)"};
    const Factor* factors[] = {&move.u, &move.v, &move.w};
    for (int f = 0; f < 3; ++f) {
        for (const Rational& x : *factors[f])
            if (!contains(config_.coefficients, x))
                return {false, "coefficient " + x.toString() + " in " + names[f] +
                                   " is outside the allowed set " +
                                   coefficientSetName(config_.coefficients)};
        if (isZero(*factors[f]))
            return {false, std::string(names[f]) +
                               " is all zero: the term would be zero and remove nothing"};
    }
    return {};
}

double GameState::apply(const Term& move) {
    const MoveCheck c = check(move);
    if (!c.legal) throw std::invalid_argument(c.reason);
    residual_.addTerm(move, -1);
    moves_.push_back(move);
    double reward = -1.0;
    if (!isSolved() && config_.stepLimit > 0 && step() >= config_.stepLimit)
        reward -= rankUpperBound(residual_);
    return reward;
}

bool GameState::undo() {
    if (moves_.empty()) return false;
    residual_.addTerm(moves_.back(), +1);
    moves_.pop_back();
    return true;
}

bool GameState::isTerminal() const {
    return isSolved() || (config_.stepLimit > 0 && step() >= config_.stepLimit);
}

double GameState::totalReward() const {
    double r = -static_cast<double>(step());
    if (!isSolved() && config_.stepLimit > 0 && step() >= config_.stepLimit)
        r -= rankUpperBound(residual_);
    return r;
}

StepFacts GameState::facts() const {
    return factsOf(residual_, step());
}

std::vector<bool> completeCEntries(const ExactTensor& residual) {
    return completeCEntries(residual, residual.nonZeroIndices());
}

std::vector<bool> completeCEntries(const ExactTensor& residual,
                                   const std::vector<long long>& nonZeros) {
    const TensorSize& s = residual.size();
    std::vector<bool> complete(std::size_t(s.wSize()), true);
    for (long long flat : nonZeros) complete[std::size_t(flat % s.wSize())] = false;
    return complete;
}

StepFacts factsOf(const ExactTensor& residual, int step) {
    StepFacts f;
    f.step = step;
    f.residualNonZeros = residual.nonZeroCount();
    // One scan of the residual serves all four questions (1.77 million entries for <11,11,11>).
    const std::vector<long long> nonZeros = residual.nonZeroIndices();
    f.flatteningRanks = flatteningRanks(residual, nonZeros);
    f.rankLowerBound = std::max({f.flatteningRanks[0], f.flatteningRanks[1], f.flatteningRanks[2]});
    f.completeC = completeCEntries(residual, nonZeros);
    f.solved = residual.isZero();
    return f;
}

}  // namespace tg
