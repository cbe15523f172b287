#include "core/search/DropCandidates.h"

#include <algorithm>
#include <unordered_map>

#include "core/search/Gf2Flattenings.h"
#include "core/search/Rng.h"

namespace tg::search {

namespace {

struct BitTermHash {
    std::size_t operator()(const BitTerm& t) const {
        return static_cast<std::size_t>((t.u * 0x9e3779b97f4a7c15ULL) ^
                                        (t.v * 0xbf58476d1ce4e5b9ULL) ^
                                        (t.w * 0x94d049bb133111ebULL));
    }
};

}  // namespace

std::vector<Action> dropCandidates(const IntResidual& residual, int count, long long maxPairs,
                                   std::uint64_t seed) {
    if (count <= 0 || !residual.mod2() || !Gf2Flattenings::fits(residual.size())) return {};
    const Gf2Flattenings flattenings(residual);
    // How many of the three ranks each move lowers: the modes whose lowering moves it is among.
    std::unordered_map<BitTerm, int, BitTermHash> lowered;
    for (int mode = 0; mode < 3; ++mode)
        for (const BitTerm& t : flattenings.loweringMoves(mode, maxPairs)) ++lowered[t];
    std::vector<std::pair<BitTerm, int>> moves(lowered.begin(), lowered.end());
    // The map's order depends on the library; sort first so that the draw depends on the seed.
    std::sort(moves.begin(), moves.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.u, a.first.v, a.first.w) <
               std::tie(b.first.u, b.first.v, b.first.w);
    });
    Rng rng(seed);
    for (std::size_t i = moves.size(); i > 1; --i)
        std::swap(moves[i - 1], moves[rng.below(static_cast<std::uint32_t>(i))]);
    std::stable_sort(moves.begin(), moves.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (static_cast<int>(moves.size()) > count) moves.resize(static_cast<std::size_t>(count));
    std::vector<Action> out;
    out.reserve(moves.size());
    for (const auto& [t, n] : moves) out.push_back(actionOf(t, residual.size()));
    return out;
}

}  // namespace tg::search
