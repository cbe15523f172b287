#include "core/search/FlipSearch.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <map>
#include <mutex>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/run/BackgroundRun.h"
#include "core/search/PackedScheme.h"
#include "core/search/ResultBoard.h"
#include "core/search/Seeds.h"
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

// Distinct schemes of one rank (told apart by schemeHash), for restarts; when full, a new one
// replaces a random member.
template <class Ring>
class SchemePool {
  public:
    using Terms = std::vector<typename FlipWalker<Ring>::PackedTerm>;
    explicit SchemePool(int capacity) : capacity_(capacity) {}

    void add(const Terms& terms, Rng& rng) {
        const std::uint64_t h = schemeHash<Ring>(terms);
        if (std::find(hashes_.begin(), hashes_.end(), h) != hashes_.end()) return;
        if (static_cast<int>(schemes_.size()) < capacity_) {
            schemes_.push_back(terms);
            hashes_.push_back(h);
            return;
        }
        const std::size_t at = rng.below(static_cast<std::uint32_t>(schemes_.size()));
        schemes_[at] = terms;
        hashes_[at] = h;
    }
    void clear() {
        schemes_.clear();
        hashes_.clear();
    }
    [[nodiscard]] std::size_t size() const { return schemes_.size(); }
    [[nodiscard]] const Terms& pick(Rng& rng) const {
        return schemes_[rng.below(static_cast<std::uint32_t>(schemes_.size()))];
    }

  private:
    int capacity_;
    std::vector<Terms> schemes_;
    std::vector<std::uint64_t> hashes_;
};

void atomicMin(std::atomic<long long>& a, long long v) {
    long long cur = a.load();
    while (v < cur && !a.compare_exchange_weak(cur, v)) {
    }
}

}  // namespace

struct FlipSearch::Impl final : run::Engine {
    FlipSearchParams params;
    ResultBoard board;  // best so far, then the final result
    Scheme start;       // as the walkers read it (coefficients reduced mod 2 for Z2)
    std::vector<std::unique_ptr<WalkerState>> walkers;
    std::atomic<long long> winStep{LLONG_MAX};
    std::atomic<int> globalBest{INT_MAX};

    const run::RunControl* runControl = nullptr;  // the run's clock and stop flag

    [[nodiscard]] double elapsed() const { return runControl->elapsedSeconds(); }

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

    void work(int index, run::RunControl& control) override {
        if (params.field == Field::Z2)
            walk<Mod2Ring>(index, control);
        else
            walk<TernaryRing>(index, control);
    }

    [[nodiscard]] run::RunStats stats() const override {
        run::RunStats s;
        s.work = totalFlips();
        const int best = globalBest.load();
        s.best = best == INT_MAX ? 0 : best;
        return s;
    }

    void reportProgress(run::RunControl& control) override {
        board.reportProgress(control, makeProgress());
    }

    void finish(const run::RunEnd& end, run::RunControl& control) override;

    // A walker found a scheme better than any before (in wall-clock order): tell the listener.
    template <class Ring>
    void publish(int index, int rank, long long step,
                 const std::vector<typename FlipWalker<Ring>::PackedTerm>& terms,
                 run::RunControl& control) {
        if (rank >= globalBest.load()) return;
        Scheme s = unpackScheme<Ring>(params.size, terms);
        if (!verify(s, params.field).valid) return;  // never report what does not verify
        s.name = "flip search " + params.size.toString() + " rank " + std::to_string(rank);
        board.improve(control, [&](SearchResult& current) {
            if (rank >= globalBest.load()) return false;
            globalBest.store(rank);
            current.found = true;
            current.reachedTarget = params.targetRank > 0 && rank <= params.targetRank;
            current.scheme = std::move(s);
            current.walker = index;
            current.walkerSteps = step;
            current.flips = totalFlips();
            current.seconds = elapsed();
            return true;
        });
    }

    // One walker's walk, the search's hot loop (tens of millions of flip attempts a second).
    // Long: one loop with its counters as locals, read top to bottom as the walk's policy
    // (flip, reduce, plus transition, restart); what is not the loop is in SchemePool,
    // keepBest and publish.
    template <class Ring>
    void walk(int index, run::RunControl& control) {
        using Walker = FlipWalker<Ring>;
        WalkerState& ws = *walkers[static_cast<std::size_t>(index)];
        Walker w(*packScheme<Ring>(start), seedFor(params.seed, static_cast<std::uint64_t>(index)));
        w.setRecording(params.recordTrace);
        w.reduceAll();
        std::vector<typename Walker::PackedTerm> best = w.terms();
        std::size_t bestEdits = w.editCount();
        int bestRank = w.rank();
        long long bestStep = 0;
        const int target = params.targetRank;
        auto reached = [&] { return target > 0 && bestRank <= target; };
        ws.rank.store(bestRank);
        publish<Ring>(index, bestRank, 0, best, control);
        if (reached()) atomicMin(winStep, 0);

        // Distinct schemes of the best rank, for restarts (see FlipSearchParams::poolSize).
        SchemePool<Ring> pool(params.poolSize);
        const bool usePool = params.poolSize > 0 && !params.recordTrace;
        if (usePool) pool.add(best, w.rng());

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
                if (control.stopRequested()) break;
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
                    if (usePool && w.rank() == levelRank) pool.add(w.terms(), w.rng());
                    if (w.rank() < levelRank) {
                        levelRank = w.rank();
                        path = 0;
                        if (usePool) {
                            pool.clear();
                            pool.add(w.terms(), w.rng());
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
                        publish<Ring>(index, bestRank, steps, best, control);
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
                } else if (usePool && pool.size() > 1) {
                    w.restore(pool.pick(w.rng()), 0);
                } else {
                    w.restore(best, bestEdits);
                }
            }
        }
        ws.flips.store(flips);
        ws.rank.store(w.rank());
        keepBest<Ring>(ws, w, best, bestEdits, bestRank, bestStep);
    }

    // What a walker leaves for the final choice: its best scheme, verified, and its path.
    template <class Ring>
    void keepBest(WalkerState& ws, const FlipWalker<Ring>& w,
                  const std::vector<typename FlipWalker<Ring>::PackedTerm>& best,
                  std::size_t bestEdits, int bestRank, long long bestStep) const {
        ws.bestRank = bestRank;
        ws.bestStep = bestStep;
        ws.scheme = unpackScheme<Ring>(params.size, best);
        ws.scheme.name =
            "flip search " + params.size.toString() + " rank " + std::to_string(bestRank);
        ws.valid = verify(ws.scheme, params.field).valid;
        if (params.recordTrace) {
            std::vector<typename FlipWalker<Ring>::Edit> path(
                w.edits().begin(), w.edits().begin() + static_cast<std::ptrdiff_t>(bestEdits));
            ws.trace = traceFromEdits<Ring>(start, path);
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
};

// The winner, the counters and how it ended; then the listener's last two reports.
void FlipSearch::Impl::finish(const run::RunEnd& end, run::RunControl& control) {
    SearchResult r;
    try {
        r = chooseResult();
    } catch (...) {
        control.fail("final result");
    }
    r.flips = totalFlips();
    r.seconds = end.seconds;
    r.end = params.targetRank > 0 && r.reachedTarget && end.reason != run::EndReason::Failed
                ? run::EndReason::Target
                : end.reason;
    board.finish(std::move(r), makeProgress(), control);
}

FlipSearch::FlipSearch(FlipSearchParams params, SearchListener* listener) {
    auto impl = std::make_unique<Impl>();
    d_ = impl.get();
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
    d_->board.setListener(listener);
    for (int k = 0; k < d_->params.threads; ++k)
        d_->walkers.push_back(std::make_unique<WalkerState>());
    const auto& p = d_->params;
    auto options = run::engineOptions(p.threads, "walker", p.progressIntervalMs, p.timeLimitSeconds,
                                      p.externalStop);
    d_->runControl = &own(std::move(impl), std::move(options));
}

SearchResult FlipSearch::result() const {
    return d_->board.current();
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
