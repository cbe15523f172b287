#pragma once
// A flip-graph search: several walkers, one per thread, each a random walk with its own seeded
// generator (seed, walker index), from the naive scheme or a given one.
//
// Threads: the object owns its threads (std::jthread); start() returns at once, stop() asks the
// walkers to stop and returns at once (they stop within a millisecond or so), wait() blocks
// until all have stopped, and the destructor stops and joins. All methods may be called from
// any thread; listener callbacks run on the search's threads, one at a time.
//
// Failure: an exception in a walker (or thrown by a listener callback) does not leave its thread;
// the walkers are stopped and the result says failed, with the first exception's message.
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

#include "core/search/FlipSearchParams.h"
#include "core/search/SearchListener.h"

namespace tg::search {

class FlipSearch {
  public:
    // Throws std::invalid_argument for a size that does not fit the bit-packed factors (n*m,
    // m*p, p*n <= 64), a field other than Z2 or Z, or a start scheme that is not valid there or
    // has coefficients outside {-1, 0, 1} (over Z).
    explicit FlipSearch(FlipSearchParams params, SearchListener* listener = nullptr);
    ~FlipSearch();
    FlipSearch(const FlipSearch&) = delete;
    FlipSearch& operator=(const FlipSearch&) = delete;

    void start();
    void stop();
    void wait();
    // True when the search finished within `timeout`.
    bool waitFor(std::chrono::milliseconds timeout);
    [[nodiscard]] bool isFinished() const;

    // After the search finished: the final result. Before: the best verified scheme so far.
    [[nodiscard]] SearchResult result() const;
    [[nodiscard]] SearchProgress progress() const;
    [[nodiscard]] const Scheme& startScheme() const;
    [[nodiscard]] const FlipSearchParams& params() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

// Runs a search to the end on the calling thread's behalf (start + wait), for tests and tools.
[[nodiscard]] SearchResult runFlipSearch(const FlipSearchParams& params);

}  // namespace tg::search
