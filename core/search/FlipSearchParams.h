#pragma once
// What a flip-graph search is asked to do, as a value type with named presets.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

#include "core/tensor/Scheme.h"

namespace tg::search {

struct SearchSnapshot;

// Which schemes a walk visits: all, or only those invariant under the cyclic symmetry
// (A, B, C) -> (B, C, A) of a square size (CyclicWalker.h).
enum class Symmetry : std::uint8_t { None, Cyclic };

[[nodiscard]] inline const char* symmetryName(Symmetry s) {
    return s == Symmetry::Cyclic ? "cyclic" : "none";
}

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
    // After a plus transition, this many flips without reductions (0: reduce at once), then
    // every reduction available; otherwise the next flips mostly just undo the plus.
    long long plusQuietFlips = 0;
    // Restarts draw from a pool of up to this many distinct schemes of the walker's best rank
    // (each reached by a reduction, i.e. at the end of an excursion above the best), instead
    // of going back to the one scheme that first reached it; 0: always the first. Keeps long
    // plateau searches (4x4x4 at 49 and 48) from retracing the same region. Not used while a
    // trace is recorded (a trace is one path from the start).
    int poolSize = 0;
    // Mod 2: also the dependent-set reductions (FlipWalkerReductions.h, and their orbit form).
    bool dependentReductions = true;
    // Cyclic walks: plus transitions may also change the fixed terms (CyclicWalker::fixedMove).
    // Off, the fixed terms stay those of the start, as in Moosbauer and Poole's walks; the
    // search turns it on when the target rank needs other fixed terms (FlipSearch.cpp).
    bool fixedMoves = false;
    // At the path limit, start a new descent from the start scheme instead of restarting at
    // the best rank (each descent ends in another region of the best rank). Not used while a
    // trace is recorded.
    bool restartFromStart = false;
    // With fresh restarts: flip attempts a descent may spend at a new level reached in a scheme
    // without any flip (no two terms share a factor, as Strassen x Strassen at rank 49) before
    // the next descent starts; 0: the path limit, as at any other level. Only plus transitions
    // leave such a scheme, and on <4,4,4> mod 2 the walk falls back into it: walks that stayed
    // there for ten minutes never found 48.
    long long deadLevelPath = 0;
    // Record the path (SearchTrace) of every walker; costs memory proportional to the path.
    bool recordTrace = false;
    // How often the listener hears about progress.
    int progressIntervalMs = 250;
    // Stop after this many seconds (0: none), or once *externalStop is set (a signal handler's
    // flag; it must outlive the search). Either makes the result depend on timing.
    double timeLimitSeconds = 0;
    const std::atomic<bool>* externalStop = nullptr;
    // Continue the walkers of a snapshot (SearchSnapshot.h; one per thread, no trace) instead of
    // starting them; `start` must be the snapshot's start.
    std::shared_ptr<const SearchSnapshot> resume;
    // Walker k draws from seedFor(seed, firstWalker + k): the walkers of a distributed run's
    // ranks are all different (rank * threads).
    int firstWalker = 0;
    // Rebuild each walker's factor index every kCanonicalSteps flip attempts (SearchSnapshot.h),
    // so that a walk can stop there and be continued exactly from a snapshot. Segmented runs
    // (checkpoints, MPI) set it; it changes which walk a seed gives, not how good walks are.
    bool canonicalIndex = false;
    // Cyclic: walk only schemes invariant under (A, B, C) -> (B, C, A) (square sizes; the start
    // must be invariant). Ranks (target, plus headroom) are those of the expanded scheme.
    Symmetry symmetry = Symmetry::None;

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
    // <4,4,4> mod 2, whose records (49, then 48 and 47) lie on long plateaus. Measured (see
    // README, "Search benchmarks"): a plus transition after only 1000 flips without a
    // reduction, up to 3 ranks above the best, with the complete mod-2 reductions, takes the
    // walk from 64 to 49 in about half a second (a plateau limit of 5000 or 20000 flips stalled
    // at 51-54). Below 49 the region matters more than the time spent in it: walks that stayed
    // at 49 for 10 minutes (restarting from their best, from a pool of their best-rank schemes,
    // or from Strassen x Strassen) never found 48, while new descents from the start every 10 M
    // flip attempts (about 2 s) each end in another region of rank 49, and one of them leads
    // to 48 and 47. Most descents end in Strassen x Strassen (or a scheme like it: no two terms
    // share a factor) at 49, which never led to 48; the descent that found 47 (seed 31 of a
    // one-walker test) passed a 49 with 8 pairs of terms sharing a factor. So a descent ends as
    // soon as it reaches such a dead scheme (deadLevelPath) instead of 10 M attempts later; in
    // one-walker tests a descent took 16 M flip attempts on average before, 11 M now.
    static FlipSearchParams plateau444(const TensorSize& size, Field field, int targetRank) {
        FlipSearchParams p = thorough(size, field, targetRank);
        p.plateauLimit = 1000;
        p.plusHeadroom = 3;
        p.plusQuietFlips = 0;
        p.restartFromStart = true;
        p.poolSize = 64;  // collected per descent; part of the measured configuration
        p.pathLimit = 10000000;
        p.deadEndLimit = 2000;
        p.deadLevelPath = 1;
        return p;
    }
    // Cyclic walks of <4,4,4> and up (CyclicWalker.h), after Moosbauer and Poole's recipe: from
    // the paired diagonal cubes (cyclicStartScheme) with the fixed terms left alone, plus
    // transitions after 20000 flip attempts without a reduction and allowed far above the best
    // (42 ranks: about back to the start), merges but no dependent-set reductions (2.3x the
    // orbit flips per second, and their walks found the record where the reductions' did not),
    // and a new descent from the start after 40 M attempts without a new best. This walk found
    // <5,5,5> rank 93 mod 2 (README, "Symmetric search"); the earlier preset (plus after 2000
    // attempts, 6 ranks of headroom, restarts from a pool, the naive start) stalled at 101.
    static FlipSearchParams cyclic(const TensorSize& size, Field field, int targetRank) {
        FlipSearchParams p = thorough(size, field, targetRank);
        p.symmetry = Symmetry::Cyclic;
        p.plateauLimit = 20000;
        p.plusHeadroom = 42;
        p.dependentReductions = false;
        p.restartFromStart = true;
        p.pathLimit = 40000000;
        return p;
    }
    // quick() for up to 27 products per naive scheme (3x3x3), cyclic() for larger cyclic walks,
    // plateau444() for <4,4,4> mod 2, thorough() otherwise.
    static FlipSearchParams forSize(const TensorSize& size, Field field, int targetRank,
                                    Symmetry symmetry = Symmetry::None) {
        if (static_cast<long long>(size.n) * size.m * size.p <= 27) {
            FlipSearchParams p = quick(size, field, targetRank);
            p.symmetry = symmetry;
            return p;
        }
        if (symmetry == Symmetry::Cyclic) return cyclic(size, field, targetRank);
        if (size.n == 4 && size.m == 4 && size.p == 4 && field == Field::Z2)
            return plateau444(size, field, targetRank);
        return thorough(size, field, targetRank);
    }
};

}  // namespace tg::search
