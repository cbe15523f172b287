#pragma once
// The whole state of a flip search between two of its segments, as plain values: what a
// checkpoint file holds (Checkpoint.h) and what ranks of a distributed search exchange
// (PoolExchange.h). Terms are bit-packed as the walkers hold them: one 64-bit word per factor
// mod 2 (bit b: entry b is 1), two over Z (entries +1, then entries -1).
//
// A walker resumed from its snapshot continues exactly as it would have without the break,
// provided the snapshot was taken at a multiple of kCanonicalSteps flip attempts of a walk with
// FlipSearchParams::canonicalIndex: such a walk rebuilds its factor index there anyway
// (FlipSearch.cpp), and the index is the only state a snapshot leaves out.
#include <array>
#include <cstdint>
#include <vector>

#include "core/search/FlipSearchParams.h"
#include "core/tensor/Scheme.h"

namespace tg::search {

// Flip attempts between two rebuilds of a walker's factor index; segments, checkpoints and
// exchanges of a deterministic run fall on multiples of it.
inline constexpr long long kCanonicalSteps = 1LL << 16;

// One term: u, v, w words mod 2; over Z, u+, v+, w+, u-, v-, w-.
struct PackedWords {
    std::array<std::uint64_t, 6> w{};
    friend bool operator==(const PackedWords&, const PackedWords&) = default;
};
using PackedTerms = std::vector<PackedWords>;

// One walker's policy state (FlipSearch.cpp, walk): its scheme, its generator and counters.
struct WalkerSnapshot {
    std::array<std::uint64_t, 4> rng{};
    long long steps = 0;  // flip attempts so far
    long long flips = 0;  // successful flips so far
    long long plateau = 0;
    long long path = 0;
    long long failedRun = 0;
    long long quiet = 0;
    int levelRank = 0;
    int bestRank = 0;
    long long bestStep = 0;
    PackedTerms current;
    PackedTerms best;
    std::vector<PackedTerms> pool;  // in the pool's order (restarts draw by position)
};

struct SearchSnapshot {
    // The walk's parameters (threads: walkers; maxFlipsPerWalker: the budget of the whole
    // run), the start scheme as the walkers read it, and where the run got to.
    FlipSearchParams params;
    Scheme start;
    int firstWalker = 0;     // global index of walker 0 (rank * threads in a distributed run)
    int ranks = 1;           // processes of the run that wrote it
    double seconds = 0;      // run time before this snapshot
    long long segments = 0;  // segments completed
    std::vector<WalkerSnapshot> walkers;
};

}  // namespace tg::search
