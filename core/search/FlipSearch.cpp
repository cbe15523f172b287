#include "core/search/FlipSearch.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <map>
#include <mutex>
#include <vector>

#include "core/catalog/Catalog.h"
#include "core/run/BackgroundRun.h"
#include "core/search/CyclicWalker.h"
#include "core/search/PackedScheme.h"
#include "core/search/ResultBoard.h"
#include "core/search/SchemePool.h"
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
    WalkerSnapshot snapshot;  // where the walk stopped, to continue it later
};

void atomicMin(std::atomic<long long>& a, long long v) {
    long long cur = a.load();
    while (v < cur && !a.compare_exchange_weak(cur, v)) {
    }
}

// A cyclic walk needs a square size and a start scheme invariant under (A, B, C) -> (B, C, A)
// (`normal`: the start as the walkers read it).
void checkSymmetricStart(const FlipSearchParams& p, const Scheme& normal) {
    if (p.symmetry != Symmetry::Cyclic) return;
    if (!isCubic(p.size))
        throw std::invalid_argument(
            "flip search: the cyclic symmetry needs a square size n,n,n, not " + p.size.toString());
    if (p.recordTrace) throw std::invalid_argument("flip search: a cyclic walk records no path");
    int bad = -1;
    const bool invariant =
        p.field == Field::Z2
            ? splitCyclic<Mod2Ring>(*packScheme<Mod2Ring>(normal), &bad).has_value()
            : splitCyclic<TernaryRing>(*packScheme<TernaryRing>(normal), &bad).has_value();
    if (!invariant)
        throw std::invalid_argument("flip search: the start scheme for " + p.size.toString() +
                                    " is not invariant under (A, B, C) -> (B, C, A): term " +
                                    std::to_string(bad + 1) + " has no rotated partners");
}

// Orbit moves change the rank by multiples of 3, so a cyclic walk whose start has f fixed terms
// reaches the target only if target - f is one (up to the rare reduction that makes or cancels
// a fixed term); otherwise plus transitions must also change the fixed terms.
bool needsFixedMoves(const FlipSearchParams& p, const Scheme& normal) {
    if (p.symmetry != Symmetry::Cyclic || p.targetRank <= 0) return false;
    const auto fixedTerms = [&]<class Ring>() {
        return static_cast<int>(splitCyclic<Ring>(*packScheme<Ring>(normal))->fixed.size());
    };
    const int f = p.field == Field::Z2 ? fixedTerms.template operator()<Mod2Ring>()
                                       : fixedTerms.template operator()<TernaryRing>();
    return (p.targetRank - f) % 3 != 0;
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
        const bool cyclic = params.symmetry == Symmetry::Cyclic;
        if (params.field == Field::Z2) {
            if (cyclic)
                walk<Mod2Ring, CyclicWalker<Mod2Ring>>(index, control);
            else
                walk<Mod2Ring, FlipWalker<Mod2Ring>>(index, control);
        } else {
            if (cyclic)
                walk<TernaryRing, CyclicWalker<TernaryRing>>(index, control);
            else
                walk<TernaryRing, FlipWalker<TernaryRing>>(index, control);
        }
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
    // keepBest and publish. Walker: FlipWalker<Ring>, or CyclicWalker<Ring> for a symmetric
    // walk (the same interface; its terms() are the expanded scheme).
    template <class Ring, class Walker>
    void walk(int index, run::RunControl& control) {
        WalkerState& ws = *walkers[static_cast<std::size_t>(index)];
        const WalkerSnapshot* from =
            params.resume ? &params.resume->walkers[static_cast<std::size_t>(index)] : nullptr;
        const auto walkerSeed =
            static_cast<std::uint64_t>(params.firstWalker) + static_cast<std::uint64_t>(index);
        Walker w(from ? fromWords<Ring>(from->current) : *packScheme<Ring>(start),
                 seedFor(params.seed, walkerSeed));
        w.setRecording(params.recordTrace);
        if constexpr (requires { w.setFixedMoves(true); }) w.setFixedMoves(params.fixedMoves);
        w.setDependentReductions(params.dependentReductions);
        if (from) {
            // Exactly where the snapshot left it: no reductions the walk would not have made.
            w.rng().setState(from->rng);
            w.setReductions(from->quiet == 0);
        } else {
            w.reduceAll();
        }
        std::vector<typename Walker::PackedTerm> best =
            from ? fromWords<Ring>(from->best) : w.terms();
        std::size_t bestEdits = w.editCount();
        int bestRank = static_cast<int>(best.size());
        long long bestStep = from ? from->bestStep : 0;
        const int target = params.targetRank;
        auto reached = [&] { return target > 0 && bestRank <= target; };
        ws.rank.store(w.rank());
        publish<Ring>(index, bestRank, bestStep, best, control);
        if (reached()) atomicMin(winStep, bestStep);

        // Distinct schemes of the best rank, for restarts (see FlipSearchParams::poolSize).
        SchemePool<Ring> pool(params.poolSize);
        const bool usePool = params.poolSize > 0 && !params.recordTrace;
        if (from) {
            pool.assign(from->pool);
        } else if (usePool) {
            pool.add(best, w.rng());
        }

        // The rank the walk works at (plus headroom, pool): the best of this descent, which is
        // the walker's best unless fresh restarts began a new descent from the start.
        int levelRank = from ? from->levelRank : bestRank;
        const bool freshRestarts = params.restartFromStart && !params.recordTrace;
        const std::vector<typename Walker::PackedTerm> startTerms =
            freshRestarts ? *packScheme<Ring>(start) : std::vector<typename Walker::PackedTerm>{};
        long long steps = from ? from->steps : 0;
        long long flips = from ? from->flips : 0;
        long long plateau = from ? from->plateau : 0;
        long long path = from ? from->path : 0;
        long long failedRun = from ? from->failedRun : 0;  // failed flip attempts in a row
        long long quiet = from ? from->quiet : 0;  // flips left without reductions after a plus
        // A new level without any flip ends the descent early (FlipSearchParams::deadLevelPath).
        const auto levelPath = [&] {
            if (!freshRestarts || params.deadLevelPath <= 0 || w.hasFlips()) return 0LL;
            return std::max(0LL, params.pathLimit - params.deadLevelPath);
        };
        while (!reached()) {
            if ((steps & 1023) == 0) {
                ws.flips.store(flips, std::memory_order_relaxed);
                ws.rank.store(w.rank(), std::memory_order_relaxed);
                if (control.stopRequested()) break;
            }
            if (steps >= winStep.load(std::memory_order_relaxed)) break;
            if (params.maxFlipsPerWalker > 0 && steps >= params.maxFlipsPerWalker) break;
            if (params.canonicalIndex && (steps & (kCanonicalSteps - 1)) == 0 && steps > 0) {
                // The factor index as a walker resumed here builds it (SearchSnapshot.h).
                const std::vector<typename Walker::PackedTerm> now = w.terms();
                w.restore(now, w.editCount());
            }
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
                        path = levelPath();
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
                        path = levelPath();
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
        keepBest<Ring>(ws, w.edits(), best, bestEdits, bestRank, bestStep);
        ws.snapshot = {.rng = w.rng().state(),
                       .steps = steps,
                       .flips = flips,
                       .plateau = plateau,
                       .path = path,
                       .failedRun = failedRun,
                       .quiet = quiet,
                       .levelRank = levelRank,
                       .bestRank = bestRank,
                       .bestStep = bestStep,
                       .current = toWords<Ring>(w.terms()),
                       .best = toWords<Ring>(best),
                       .pool = pool.words()};
    }

    // What a walker leaves for the final choice: its best scheme, verified, and its path.
    template <class Ring>
    void keepBest(WalkerState& ws, const std::vector<typename FlipWalker<Ring>::Edit>& edits,
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
                edits.begin(), edits.begin() + static_cast<std::ptrdiff_t>(bestEdits));
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
    Scheme s = params.start ? *params.start
               : params.symmetry == Symmetry::Cyclic && isCubic(params.size)
                   ? cyclicStartScheme(params.size.n)
                   : naiveScheme(params.size);
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
    checkSymmetricStart(params, normal);
    if (needsFixedMoves(params, normal)) params.fixedMoves = true;
    if (params.resume &&
        (params.recordTrace || static_cast<int>(params.resume->walkers.size()) != params.threads))
        throw std::invalid_argument(
            "flip search: a resumed search needs one snapshot per thread and no trace");
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

SearchSnapshot FlipSearch::snapshot() const {
    SearchSnapshot s;
    s.params = d_->params;
    s.params.resume.reset();
    s.start = d_->start;
    s.seconds = d_->board.current().seconds;
    for (const auto& w : d_->walkers) s.walkers.push_back(w->snapshot);
    return s;
}

SearchResult runFlipSearch(const FlipSearchParams& params) {
    FlipSearch search(params);
    search.start();
    search.wait();
    return search.result();
}

}  // namespace tg::search
