#include "core/search/FlipSearch.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <condition_variable>
#include <cstdlib>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/search/PackedScheme.h"
#include "core/search/SearchFailure.h"
#include "core/tensor/Verification.h"

namespace tg::search {

namespace {

using Clock = std::chrono::steady_clock;

// What one walker leaves behind; the atomics are read by the progress reports meanwhile.
struct WalkerState {
    std::atomic<long long> flips{0};
    std::atomic<int> rank{0};
    // Written by the walker's thread only, read after it finished.
    int bestRank = INT_MAX;
    long long bestStep = 0;
    bool valid = false;
    Scheme scheme;
    std::optional<SearchTrace> trace;
};

std::uint64_t walkerSeed(std::uint64_t seed, int index) {
    return seed * 0x9e3779b97f4a7c15ULL +
           static_cast<std::uint64_t>(index) * 0xd1b54a32d192ed03ULL + 1;
}

// A hash of a scheme that does not depend on the order of its terms (a sum over the terms)
// nor on the signs of factors (keys are sign-normalised), for telling pool members apart.
template <class Ring>
std::uint64_t schemeHash(const std::vector<typename FlipWalker<Ring>::PackedTerm>& terms) {
    std::uint64_t h = 0;
    for (const auto& t : terms) {
        std::uint64_t x = Ring::hash(Ring::key(t.f[0]));
        x = (x ^ (x >> 29)) * 0xbf58476d1ce4e5b9ULL + Ring::hash(Ring::key(t.f[1]));
        x = (x ^ (x >> 31)) * 0x94d049bb133111ebULL + Ring::hash(Ring::key(t.f[2]));
        h += x ^ (x >> 32);
    }
    return h;
}

void atomicMin(std::atomic<long long>& a, long long v) {
    long long cur = a.load();
    while (v < cur && !a.compare_exchange_weak(cur, v)) {
    }
}

}  // namespace

struct FlipSearch::Impl {
    FlipSearchParams params;
    SearchListener* listener = nullptr;
    Scheme start;  // as the walkers read it (coefficients reduced mod 2 for Z2)
    std::vector<std::unique_ptr<WalkerState>> walkers;
    std::atomic<long long> winStep{LLONG_MAX};
    std::atomic<int> globalBest{INT_MAX};
    std::atomic<int> running{0};
    std::atomic<bool> stopRequested{false};
    std::atomic<long long> t0{0};  // Clock ticks since its epoch at start()
    SearchFailure failure;

    mutable std::mutex mutex;  // guards everything below and serialises listener calls
    std::condition_variable cv;
    bool started = false;
    bool finished = false;
    SearchResult current;  // best so far, then the final result

    std::vector<std::jthread> threads;
    std::jthread monitor;

    // Seconds since start(); 0 before. Atomic because progress() may be asked from any thread.
    [[nodiscard]] double elapsed() const {
        const long long t = t0.load();
        if (t == 0) return 0;
        return std::chrono::duration<double>(Clock::now().time_since_epoch() - Clock::duration(t))
            .count();
    }

    long long totalFlips() const {
        long long f = 0;
        for (const auto& w : walkers) f += w->flips.load(std::memory_order_relaxed);
        return f;
    }

    SearchProgress makeProgress() const {
        SearchProgress p;
        const int best = globalBest.load();
        p.bestRank = best == INT_MAX ? start.rank() : best;
        std::map<int, int> hist;
        for (const auto& w : walkers) ++hist[w->rank.load(std::memory_order_relaxed)];
        p.rankHistogram.assign(hist.begin(), hist.end());
        p.flips = totalFlips();
        p.elapsedSeconds = elapsed();
        p.flipsPerSecond =
            p.elapsedSeconds > 0 ? static_cast<double>(p.flips) / p.elapsedSeconds : 0;
        return p;
    }

    // A walker found a scheme better than any before (in wall-clock order): tell the listener.
    template <class Ring>
    void publish(int index, int rank, long long step,
                 const std::vector<typename FlipWalker<Ring>::PackedTerm>& terms) {
        if (rank >= globalBest.load()) return;
        Scheme s = unpackScheme<Ring>(params.size, terms);
        if (!verify(s, params.field).valid) return;  // never report what does not verify
        std::lock_guard lock(mutex);
        if (rank >= globalBest.load()) return;
        globalBest.store(rank);
        s.name = "flip search " + params.size.toString() + " rank " + std::to_string(rank);
        current.found = true;
        current.reachedTarget = params.targetRank > 0 && rank <= params.targetRank;
        current.scheme = std::move(s);
        current.walker = index;
        current.walkerSteps = step;
        current.flips = totalFlips();
        current.seconds = elapsed();
        if (listener) listener->onImproved(current);
    }

    template <class Ring>
    void walk(int index, const std::stop_token& stopToken) {
        using Walker = FlipWalker<Ring>;
        WalkerState& ws = *walkers[static_cast<std::size_t>(index)];
        Walker w(*packScheme<Ring>(start), walkerSeed(params.seed, index));
        w.setRecording(params.recordTrace);
        w.setDependentReductions(std::getenv("TG_NODEP") == nullptr);
        w.reduceAll();
        std::vector<typename Walker::PackedTerm> best = w.terms();
        std::size_t bestEdits = w.editCount();
        int bestRank = w.rank();
        long long bestStep = 0;
        const int target = params.targetRank;
        auto reached = [&] { return target > 0 && bestRank <= target; };
        ws.rank.store(bestRank);
        publish<Ring>(index, bestRank, 0, best);
        if (reached()) atomicMin(winStep, 0);

        // Distinct schemes of the best rank, for restarts (see FlipSearchParams::poolSize).
        std::vector<std::vector<typename Walker::PackedTerm>> pool;
        std::vector<std::uint64_t> poolHashes;
        const bool usePool = params.poolSize > 0 && !params.recordTrace;
        auto addToPool = [&](const std::vector<typename Walker::PackedTerm>& terms) {
            const std::uint64_t h = schemeHash<Ring>(terms);
            if (std::find(poolHashes.begin(), poolHashes.end(), h) != poolHashes.end()) return;
            if (static_cast<int>(pool.size()) < params.poolSize) {
                pool.push_back(terms);
                poolHashes.push_back(h);
                return;
            }
            const std::size_t at = w.rng().below(static_cast<std::uint32_t>(pool.size()));
            pool[at] = terms;
            poolHashes[at] = h;
        };
        if (usePool) addToPool(best);

        // The rank the walk works at (plus headroom, pool): the best of this descent, which is
        // the walker's best unless fresh restarts began a new descent from the start.
        int levelRank = bestRank;
        const bool freshRestarts = params.restartFromStart && !params.recordTrace;
        const std::vector<typename Walker::PackedTerm> startTerms =
            freshRestarts ? *packScheme<Ring>(start) : std::vector<typename Walker::PackedTerm>{};
        long long steps = 0;
        long long flips = 0;
        long long plateau = 0;
        long long path = 0;
        long long failedRun = 0;  // flip attempts in a row that found no flip
        long long quiet = 0;      // flips left without reductions after a plus transition
        while (!reached()) {
            if ((steps & 1023) == 0) {
                ws.flips.store(flips, std::memory_order_relaxed);
                ws.rank.store(w.rank(), std::memory_order_relaxed);
                if (stopToken.stop_requested() || stopRequested.load()) break;
            }
            if (steps >= winStep.load(std::memory_order_relaxed)) break;
            if (params.maxFlipsPerWalker > 0 && steps >= params.maxFlipsPerWalker) break;
            ++steps;
            const int before = w.rank();
            if (!w.flip()) {
                ++failedRun;
            } else {
                failedRun = 0;
                ++flips;
                if (quiet > 0 && --quiet == 0) {
                    w.setReductions(true);
                    w.reduceAll();
                }
                if (w.rank() < before) {
                    plateau = 0;
                    if (usePool && w.rank() == levelRank) addToPool(w.terms());
                    if (w.rank() < levelRank) {
                        levelRank = w.rank();
                        path = 0;
                        if (usePool) {
                            pool.clear();
                            poolHashes.clear();
                            addToPool(w.terms());
                        }
                    }
                    if (w.rank() < bestRank) {
                        best = w.terms();
                        bestEdits = w.editCount();
                        bestRank = w.rank();
                        bestStep = steps;
                        path = 0;
                        ws.rank.store(bestRank, std::memory_order_relaxed);
                        if (reached()) atomicMin(winStep, steps);
                        publish<Ring>(index, bestRank, steps, best);
                        continue;
                    }
                }
            }
            // A scheme where hardly any flip applies (Strassen x Strassen at 49 has no two terms
            // sharing a factor) is left by plus transitions at once instead of a plateau later.
            const bool deadEnd = params.deadEndLimit > 0 && failedRun > params.deadEndLimit;
            if (++plateau > params.plateauLimit || deadEnd) {
                plateau = 0;
                failedRun = 0;
                if (w.rank() < levelRank + params.plusHeadroom && w.plus() &&
                    params.plusQuietFlips > 0) {
                    quiet = params.plusQuietFlips;
                    w.setReductions(false);
                }
            }
            if (++path > params.pathLimit) {
                path = 0;
                plateau = 0;
                quiet = 0;
                w.setReductions(true);
                if (freshRestarts) {
                    // A new descent from the start: another region of the best rank.
                    w.restore(startTerms, 0);
                    w.reduceAll();
                    levelRank = w.rank();
                    pool.clear();
                    poolHashes.clear();
                } else if (usePool && pool.size() > 1) {
                    w.restore(pool[w.rng().below(static_cast<std::uint32_t>(pool.size()))], 0);
                } else {
                    w.restore(best, bestEdits);
                }
            }
        }
        ws.flips.store(flips);
        ws.rank.store(w.rank());
        ws.bestRank = bestRank;
        ws.bestStep = bestStep;
        ws.scheme = unpackScheme<Ring>(params.size, best);
        ws.scheme.name =
            "flip search " + params.size.toString() + " rank " + std::to_string(bestRank);
        ws.valid = verify(ws.scheme, params.field).valid;
        if (params.recordTrace) {
            std::vector<typename Walker::Edit> path0(
                w.edits().begin(), w.edits().begin() + static_cast<std::ptrdiff_t>(bestEdits));
            ws.trace = traceFromEdits<Ring>(start, path0);
        }
    }

    // Inside a catch block: the search fails with this exception, and the walkers stop.
    void fail(std::string_view where, int index = -1) noexcept {
        failure.captureCurrent(where, index);
        stopRequested.store(true);
    }

    // On the monitor, with the mutex held. A listener that throws fails the search.
    void reportProgress() noexcept {
        if (!listener) return;
        try {
            listener->onProgress(makeProgress());
        } catch (...) {
            fail("progress listener");
        }
    }
    // The final result; no lock needed, every walker has finished. A failed search keeps what
    // its walkers had found before.
    [[nodiscard]] SearchResult chooseResult() const {
        // The deterministic choice described in the header. With a target only the step counts
        // matter: which walkers reached it later than the first depends on thread timing.
        const int target = params.targetRank;
        auto hit = [target](const WalkerState& ws) { return target > 0 && ws.bestRank <= target; };
        const bool anyHit = std::any_of(walkers.begin(), walkers.end(),
                                        [&](const auto& ws) { return ws->valid && hit(*ws); });
        const WalkerState* win = nullptr;
        int winIndex = -1;
        for (std::size_t k = 0; k < walkers.size(); ++k) {
            const WalkerState& ws = *walkers[k];
            if (!ws.valid || (anyHit && !hit(ws))) continue;
            const bool better =
                !win || (!anyHit && ws.bestRank < win->bestRank) ||
                ((anyHit || ws.bestRank == win->bestRank) && ws.bestStep < win->bestStep);
            if (better) {
                win = &ws;
                winIndex = static_cast<int>(k);
            }
        }
        SearchResult r;
        if (win) {
            r.found = true;
            r.reachedTarget = params.targetRank > 0 && win->bestRank <= params.targetRank;
            r.scheme = win->scheme;
            r.walker = winIndex;
            r.walkerSteps = win->bestStep;
            r.trace = win->trace;
        }
        return r;
    }

    void finish() {
        SearchResult r;
        try {
            r = chooseResult();
        } catch (...) {
            fail("final result");
        }
        std::lock_guard lock(mutex);
        r.flips = totalFlips();
        r.seconds = elapsed();
        r.failed = failure.failed();
        r.error = failure.message();
        current = std::move(r);
        // With the mutex held: finished is set after the listener whatever it does.
        search::notifyFinished(
            listener, [this] { return makeProgress(); }, current, failure);
        finished = true;
        cv.notify_all();
    }
};

FlipSearch::FlipSearch(FlipSearchParams params, SearchListener* listener)
    : d_(std::make_unique<Impl>()) {
    if (!fitsPacked(params.size))
        throw std::invalid_argument(
            "flip search: each factor must have at most 64 entries (n*m, m*p, p*n <= 64)");
    if (params.field != Field::Z2 && params.field != Field::Z)
        throw std::invalid_argument("flip search: the field must be Z2 or Z");
    if (params.threads < 1 || params.threads > 256)
        throw std::invalid_argument("flip search: threads must be 1..256");
    Scheme s = params.start ? *params.start : naiveScheme(params.size);
    if (!(s.size == params.size))
        throw std::invalid_argument("flip search: the start scheme has another size");
    s.checkShape();
    const bool mod2 = params.field == Field::Z2;
    Scheme normal;
    if (mod2) {
        auto packed = packScheme<Mod2Ring>(s);
        if (!packed)
            throw std::invalid_argument("flip search: the start scheme cannot be read mod 2");
        normal = unpackScheme<Mod2Ring>(s.size, *packed);
    } else {
        auto packed = packScheme<TernaryRing>(s);
        if (!packed)
            throw std::invalid_argument(
                "flip search: over Z the start scheme's coefficients must be -1, 0 or 1");
        normal = unpackScheme<TernaryRing>(s.size, *packed);
    }
    if (!verify(normal, params.field).valid)
        throw std::invalid_argument("flip search: the start scheme is not valid over " +
                                    fieldName(params.field));
    normal.name = s.name;
    d_->start = std::move(normal);
    d_->params = std::move(params);
    d_->listener = listener;
    for (int k = 0; k < d_->params.threads; ++k)
        d_->walkers.push_back(std::make_unique<WalkerState>());
}

FlipSearch::~FlipSearch() {
    stop();
    // Walkers first: the monitor ends once they have.
    for (auto& t : d_->threads) t.request_stop();
    d_->threads.clear();
    if (d_->monitor.joinable()) d_->monitor.join();
}

void FlipSearch::start() {
    {
        std::lock_guard lock(d_->mutex);
        if (d_->started) return;
        d_->started = true;
    }
    Impl& d = *d_;
    d.t0.store(static_cast<long long>(Clock::now().time_since_epoch().count()));
    d.running.store(d.params.threads);
    for (int k = 0; k < d.params.threads; ++k) {
        d.threads.emplace_back([&d, k](const std::stop_token& st) {
            try {
                if (d.params.field == Field::Z2)
                    d.walk<Mod2Ring>(k, st);
                else
                    d.walk<TernaryRing>(k, st);
            } catch (...) {
                d.fail("walker", k);
            }
            std::lock_guard lock(d.mutex);
            d.running.fetch_sub(1);
            d.cv.notify_all();
        });
    }
    d.monitor = std::jthread([&d] {
        {
            std::unique_lock lock(d.mutex);
            const auto interval =
                std::chrono::milliseconds(std::max(10, d.params.progressIntervalMs));
            while (d.running.load() > 0) {
                if (d.cv.wait_for(lock, interval, [&d] { return d.running.load() == 0; })) break;
                d.reportProgress();
            }
        }
        d.finish();
    });
}

void FlipSearch::stop() {
    d_->stopRequested.store(true);
}

void FlipSearch::wait() {
    std::unique_lock lock(d_->mutex);
    if (!d_->started) return;
    d_->cv.wait(lock, [this] { return d_->finished; });
}

bool FlipSearch::waitFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(d_->mutex);
    if (!d_->started) return false;
    return d_->cv.wait_for(lock, timeout, [this] { return d_->finished; });
}

bool FlipSearch::isFinished() const {
    std::lock_guard lock(d_->mutex);
    return d_->finished;
}

SearchResult FlipSearch::result() const {
    std::lock_guard lock(d_->mutex);
    return d_->current;
}

SearchProgress FlipSearch::progress() const {
    return d_->makeProgress();
}

const Scheme& FlipSearch::startScheme() const {
    return d_->start;
}

const FlipSearchParams& FlipSearch::params() const {
    return d_->params;
}

SearchResult runFlipSearch(const FlipSearchParams& params) {
    FlipSearch search(params);
    search.start();
    search.wait();
    return search.result();
}

}  // namespace tg::search
