#pragma once
// A flip search run in segments of a fixed number of flip attempts per walker, so that it can
// stop and continue exactly: after each segment the walkers' state is a SearchSnapshot, which
// a checkpoint saves and from which the next segment (or a later process, `--resume`)
// continues. Segments end at multiples of kCanonicalSteps, where the walk's state is entirely
// in the snapshot (FlipSearchParams::canonicalIndex, which segmented runs set), so a run that
// is resumed from a checkpoint written at a segment's end gives the same result as one that
// never stopped (same seed, threads and flip budget), and as one FlipSearch with
// canonicalIndex set.
//
// With a PoolExchange of several processes (a distributed run), each process runs its own
// walkers (seeds rank * threads + k) and after each segment all processes exchange their
// best-rank schemes: walkers behind the best rank anywhere continue from one of its schemes,
// walkers at it add them to their pools. The segment length is the exchange interval, in flip
// attempts, so the run stays deterministic for (seed, processes, threads, flip budget). All
// stop together when any has reached the target (or stops); the result is the same on all.
#include <functional>
#include <memory>

#include "core/search/FlipSearchParams.h"
#include "core/search/PoolExchange.h"
#include "core/search/SearchListener.h"
#include "core/search/SearchSnapshot.h"

namespace tg::search {

struct SegmentedRun {
    // The whole run: budget, time limit, stop flag and target as for one FlipSearch (no trace).
    FlipSearchParams params;
    std::shared_ptr<const SearchSnapshot> resume;  // continue this instead of starting
    long long segmentSteps = 1LL << 20;            // rounded up to a multiple of kCanonicalSteps
    PoolExchange* exchange = nullptr;              // none: a single process
    int offerSchemes = 8;  // best-rank schemes each process offers at an exchange
    // After every segment, with the snapshot to continue from (for checkpoints).
    std::function<void(const SearchSnapshot&)> onSegment;
    SearchListener* listener = nullptr;  // improvements of this process; progress
};

struct SegmentedResult {
    SearchResult result;  // over all processes; walker: global index (rank * threads + k)
    SearchSnapshot last;  // this process's state at the end
    Scheme start;         // the start scheme as the walkers read it
    int ranks = 1;
    double exchangeSeconds = 0;  // time spent in exchanges (this process)
    long long exchanges = 0;
    long long exchangedBytes = 0;  // sent and received by this process
};

// Runs to the end (target, budget, time limit, stop flag or a failure). Throws
// std::invalid_argument as FlipSearch's constructor does.
[[nodiscard]] SegmentedResult runSegmented(const SegmentedRun& run);

}  // namespace tg::search
