#pragma once
// The one way to derive the seed of a part of a run from the run's seed: walker k of a flip
// search, game g of an agent thread, batch k of the trainer, the noise of evaluation k. Parts
// must get unrelated streams (seed + k would give walker 0 of seed 2 the stream of walker 1 of
// seed 1), so the index goes through splitmix64's finaliser; nest calls for two levels
// (seedFor(seedFor(seed, thread), game)).
#include <cstdint>

namespace tg::search {

[[nodiscard]] constexpr std::uint64_t seedFor(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

}  // namespace tg::search
