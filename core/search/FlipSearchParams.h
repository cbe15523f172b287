#pragma once
// What a flip-graph search is asked to do, as a value type with named presets.
#include <cstdint>
#include <optional>

#include "core/tensor/Scheme.h"

namespace tg::search {

struct FlipSearchParams {
    TensorSize size{2, 2, 2};
    // Z2: mod-2 walk (the fast path). Z: coefficients stay in {-1, 0, 1}, so every scheme the
    // walk visits is valid over the integers.
    Field field = Field::Z2;
    // Stop as soon as a walker reaches this rank; 0: keep improving until stopped.
    int targetRank = 0;
    std::uint64_t seed = 1;
    int threads = 1;  // one walker per thread
    // The start; the naive scheme of `size` when empty. Must be valid in `field`.
    std::optional<Scheme> start;
    // Per-walker budget of flip attempts (0: none). With a budget, and no stop() call, the
    // result is a function of (parameters, seed, threads) alone.
    long long maxFlipsPerWalker = 0;
    // Flip attempts without a rank decrease before a plus transition is tried.
    long long plateauLimit = 20000;
    // Failed flip attempts in a row after which a plus transition is tried at once (0: never).
    long long deadEndLimit = 0;
    // Plus transitions may raise the rank to at most best + plusHeadroom.
    int plusHeadroom = 1;
    // Flip attempts since the last improvement after which the walk restarts from its best.
    long long pathLimit = 2000000;
    // Record the path (SearchTrace) of every walker; costs memory proportional to the path.
    bool recordTrace = false;
    // How often the listener hears about progress.
    int progressIntervalMs = 250;

    // Small limits for tests and the 2x2 / 3x3 cases.
    static FlipSearchParams quick(const TensorSize& size, Field field, int targetRank) {
        FlipSearchParams p;
        p.size = size;
        p.field = field;
        p.targetRank = targetRank;
        p.plateauLimit = 5000;
        p.pathLimit = 200000;
        return p;
    }
    // Settings for long runs on larger sizes (4x4 and up): plus transitions may climb three
    // ranks above the best, which is what got <4,4,4> from 64 to 49 in seconds (with a
    // headroom of 1 the walkers stalled at 54).
    static FlipSearchParams thorough(const TensorSize& size, Field field, int targetRank) {
        FlipSearchParams p;
        p.size = size;
        p.field = field;
        p.targetRank = targetRank;
        p.plateauLimit = 20000;
        p.plusHeadroom = 3;
        p.pathLimit = 20000000;
        p.deadEndLimit = 2000;
        return p;
    }
    // quick() for up to 27 products per naive scheme (3x3x3), thorough() above.
    static FlipSearchParams forSize(const TensorSize& size, Field field, int targetRank) {
        return static_cast<long long>(size.n) * size.m * size.p <= 27
                   ? quick(size, field, targetRank)
                   : thorough(size, field, targetRank);
    }
};

}  // namespace tg::search
