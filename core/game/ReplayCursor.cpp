#include "core/game/ReplayCursor.h"

#include <algorithm>
#include <cstdlib>

namespace tg {

ReplayCursor::ReplayCursor(Episode episode)
    : episode_(std::move(episode)),
      target_(
          ExactTensor::matMul(episode_.size, episode_.field == Field::Z2 ? Field::Z2 : Field::Q)),
      residual_(target_),
      endResidual_(target_) {
    for (const Move& m : episode_.moves) endResidual_.addTerm(m.term, -1);
    // Sharing one denominator keeps every later seek free of rescaling.
    residual_.reserveDenominator(endResidual_.denominator());
}

const Move* ReplayCursor::nextMove() const {
    return position_ < length() ? &episode_.moves[std::size_t(position_)] : nullptr;
}

bool ReplayCursor::forward() {
    if (position_ >= length()) return false;
    residual_.addTerm(episode_.moves[std::size_t(position_)].term, -1);
    ++position_;
    return true;
}

bool ReplayCursor::backward() {
    if (position_ <= 0) return false;
    --position_;
    residual_.addTerm(episode_.moves[std::size_t(position_)].term, +1);
    return true;
}

void ReplayCursor::seek(int position) {
    position = std::clamp(position, 0, length());
    const int fromHere = std::abs(position - position_);
    const int fromStart = position;
    const int fromEnd = length() - position;
    lastSeekCost_ = std::min({fromHere, fromStart, fromEnd});
    if (fromStart < fromHere && fromStart <= fromEnd) {
        residual_ = target_;
        residual_.reserveDenominator(endResidual_.denominator());
        position_ = 0;
    } else if (fromEnd < fromHere) {
        residual_ = endResidual_;
        position_ = length();
    }
    while (position_ < position) forward();
    while (position_ > position) backward();
}

}  // namespace tg
