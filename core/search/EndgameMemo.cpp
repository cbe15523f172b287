#include "core/search/EndgameMemo.h"

namespace tg::search {

std::uint64_t EndgameMemo::key(const IntResidual& residual, int budget) {
    return residual.hash() * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(budget);
}

const EndgameResult* EndgameMemo::find(const IntResidual& residual, int budget) const {
    const auto [first, last] = entries_.equal_range(key(residual, budget));
    for (auto it = first; it != last; ++it)
        if (it->second.budget == budget && it->second.residual == residual)
            return &it->second.result;
    return nullptr;
}

void EndgameMemo::store(const IntResidual& residual, int budget, const EndgameResult& result) {
    if (find(residual, budget) != nullptr) return;
    const std::size_t cells = residual.data().size();
    if (cells_ + cells > kMaxCells) {
        entries_.clear();
        cells_ = 0;
    }
    entries_.emplace(key(residual, budget), Entry{residual, budget, result});
    cells_ += cells;
}

}  // namespace tg::search
