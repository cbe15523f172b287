#pragma once
// A flip-graph search: several walkers, one per thread, each a random walk with its own seeded
// generator (seed, walker index), from the naive scheme or a given one.
//
// Lifecycle: run::BackgroundRun's contract (core/run/BackgroundRun.h): one walker per worker
// thread, start()/stop() return at once (walkers look at the stop request every 1024 flip
// attempts: well under a millisecond), wait() and the destructor join, listener callbacks are
// made one at a time outside the search's lock, and an exception in a walker or a listener
// fails the search (SearchResult::failed, with the first exception's message). The time limit
// and the external stop flag of the parameters are stoppers of the run.
//
// Determinism: walker k's walk is a function of (parameters, seed, k) alone. With a target, the
// result is the walker and step (s, k) with the smallest s, ties to the lowest k, among walkers
// that reach the target: every walker keeps walking until its own step count passes the best
// s found so far, so thread timing cannot change which scheme is reported. Without a target the
// result is the lowest rank over all walkers (ties: earliest step, then lowest k), which is
// deterministic when maxFlipsPerWalker ends the search; a stop() or time limit makes either
// case depend on how far the walkers got.
#include <chrono>
#include <memory>
#include <stdexcept>

#include "core/run/Job.h"
#include "core/search/FlipSearchParams.h"
#include "core/search/SearchListener.h"
#include "core/search/SearchSnapshot.h"

namespace tg::search {

class FlipSearch final : public run::BackgroundJob {
  public:
    // Throws std::invalid_argument for a size that does not fit the bit-packed factors (n*m,
    // m*p, p*n <= 64), a field other than Z2 or Z, a start scheme that is not valid there or
    // has coefficients outside {-1, 0, 1} (over Z), a resume snapshot with another number
    // of walkers or with a trace asked for, or with Symmetry::Cyclic (whose walkers are
    // CyclicWalker.h's) a size that is not square, a start that is not invariant, or a trace.
    explicit FlipSearch(FlipSearchParams params, SearchListener* listener = nullptr);
    FlipSearch(const FlipSearch&) = delete;
    FlipSearch& operator=(const FlipSearch&) = delete;

    // start(), stop(), wait(), waitFor() and isFinished(): run::BackgroundJob.

    // After the search finished: the final result. Before: the best verified scheme so far.
    [[nodiscard]] SearchResult result() const;
    [[nodiscard]] SearchProgress progress() const;
    [[nodiscard]] const Scheme& startScheme() const;
    [[nodiscard]] const FlipSearchParams& params() const;
    // After the search finished: every walker's state where it stopped, to continue the search
    // later (params.resume of a new search). `seconds` is this search's run time only.
    [[nodiscard]] SearchSnapshot snapshot() const;

  private:
    struct Impl;
    Impl* d_ = nullptr;  // owned by run::BackgroundJob
};

// Runs a search to the end on the calling thread's behalf (start + wait), for tests and tools.
[[nodiscard]] SearchResult runFlipSearch(const FlipSearchParams& params);

}  // namespace tg::search
