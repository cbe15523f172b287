#include "core/search/SegmentedSearch.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <stdexcept>
#include <tuple>

#include "core/search/ByteCodec.h"
#include "core/search/FlipSearch.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Verification.h"

namespace tg::search {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// What a process tells the others after a segment: whether it stops, its result so far, and
// schemes of its best rank for the others' walkers.
struct Offer {
    bool stopping = false;
    bool reached = false;
    int bestRank = INT_MAX;  // INT_MAX: nothing found
    long long bestStep = 0;
    int walker = -1;  // global index
    long long flips = 0;
    PackedTerms best;
    std::vector<PackedTerms> schemes;
};

std::string encodeOffer(const Offer& o, int words) {
    ByteWriter out;
    out.u8(o.stopping ? 1 : 0);
    out.u8(o.reached ? 1 : 0);
    out.u32(static_cast<std::uint32_t>(o.bestRank));
    out.i64(o.bestStep);
    out.u32(static_cast<std::uint32_t>(o.walker));
    out.i64(o.flips);
    out.terms(o.best, words);
    out.u32(static_cast<std::uint32_t>(o.schemes.size()));
    for (const PackedTerms& t : o.schemes) out.terms(t, words);
    return out.bytes();
}

// Offers come from the other processes of the same program: a damaged one is a transport
// failure, reported as such (ByteReader throws).
Offer decodeOffer(const std::string& bytes, int words) {
    ByteReader in(bytes);
    Offer o;
    o.stopping = in.u8("offer") != 0;
    o.reached = in.u8("offer") != 0;
    o.bestRank = static_cast<int>(in.u32("offer"));
    o.bestStep = in.i64("offer");
    o.walker = static_cast<int>(in.u32("offer"));
    o.flips = in.i64("offer");
    o.best = in.terms(words, 1U << 16, "offer");
    const std::uint32_t n = in.u32("offer");
    if (n > 1024) ByteReader::fail("offer");
    for (std::uint32_t k = 0; k < n; ++k) o.schemes.push_back(in.terms(words, 1U << 16, "offer"));
    return o;
}

// This process's offer: its deterministic result (FlipSearch's choice) and distinct schemes of
// its best rank, walkers and pools in order.
Offer makeOffer(const SearchResult& r, const SearchSnapshot& snap, int firstWalker, int count,
                bool stopping) {
    Offer o;
    o.stopping = stopping;
    for (const WalkerSnapshot& w : snap.walkers) o.flips += w.flips;
    if (!r.found || r.walker < 0) return o;
    const WalkerSnapshot& win = snap.walkers[static_cast<std::size_t>(r.walker)];
    o.reached = r.reachedTarget;
    o.bestRank = static_cast<int>(win.best.size());
    o.bestStep = win.bestStep;
    o.walker = firstWalker + r.walker;
    o.best = win.best;
    auto offer = [&](const PackedTerms& t) {
        if (static_cast<int>(o.schemes.size()) >= count) return;
        if (static_cast<int>(t.size()) != o.bestRank) return;
        if (std::find(o.schemes.begin(), o.schemes.end(), t) == o.schemes.end())
            o.schemes.push_back(t);
    };
    offer(win.best);
    for (const WalkerSnapshot& w : snap.walkers) offer(w.best);
    for (const WalkerSnapshot& w : snap.walkers)
        for (const PackedTerms& t : w.pool) offer(t);
    return o;
}

// The run's result over all offers: with a target reached anywhere, the earliest step (then the
// lowest global walker) among those that reached it; otherwise the lowest rank, then the
// earliest step, then the lowest walker. The same choice as FlipSearch's within a process.
const Offer* pickWinner(const std::vector<Offer>& offers) {
    const bool anyHit =
        std::any_of(offers.begin(), offers.end(), [](const Offer& o) { return o.reached; });
    const Offer* win = nullptr;
    for (const Offer& o : offers) {
        if (o.walker < 0 || (anyHit && !o.reached)) continue;
        const auto key = [&](const Offer& x) {
            return std::tuple(anyHit ? 0 : x.bestRank, x.bestStep, x.walker);
        };
        if (!win || key(o) < key(*win)) win = &o;
    }
    return win;
}

// Walkers behind the best rank of all processes continue from one of its schemes (each walker
// another, by its global index and the segment); walkers working at that rank add the schemes
// to their pools. Deterministic: a function of the offers and the snapshot.
void adoptOffers(SearchSnapshot& snap, const std::vector<Offer>& offers, int firstWalker) {
    int bestRank = INT_MAX;
    for (const Offer& o : offers) bestRank = std::min(bestRank, o.bestRank);
    std::vector<const PackedTerms*> schemes;
    for (const Offer& o : offers)
        if (o.bestRank == bestRank)
            for (const PackedTerms& t : o.schemes) schemes.push_back(&t);
    if (schemes.empty()) return;
    const int poolSize = snap.params.poolSize;
    for (std::size_t k = 0; k < snap.walkers.size(); ++k) {
        WalkerSnapshot& w = snap.walkers[k];
        const auto index = static_cast<std::size_t>(firstWalker) + k;
        if (w.bestRank > bestRank) {
            const PackedTerms& t =
                *schemes[(index + static_cast<std::size_t>(snap.segments)) % schemes.size()];
            w.current = t;
            w.best = t;
            w.bestRank = bestRank;
            w.levelRank = bestRank;
            w.bestStep = w.steps;
            w.plateau = w.path = w.failedRun = w.quiet = 0;
            w.pool.clear();
        }
        if (w.levelRank != bestRank) continue;
        for (const PackedTerms* t : schemes) {
            if (static_cast<int>(w.pool.size()) >= poolSize) break;
            if (std::find(w.pool.begin(), w.pool.end(), *t) == w.pool.end()) w.pool.push_back(*t);
        }
    }
}

// Passes on improvements only when they beat everything reported before (each segment's
// search starts over), with the run's clock and counters.
class SegmentListener final : public SearchListener {
  public:
    SegmentListener(SearchListener* next, Clock::time_point start) : next_(next), start_(start) {}
    void setFirstFlips(long long f) { firstFlips_ = f; }
    void onProgress(const SearchProgress& p) override {
        if (!next_) return;
        SearchProgress q = p;
        q.elapsedSeconds = secondsSince(start_);
        q.flipsPerSecond = q.elapsedSeconds > 0
                               ? static_cast<double>(q.flips - firstFlips_) / q.elapsedSeconds
                               : 0;
        next_->onProgress(q);
    }
    void onImproved(const SearchResult& r) override {
        if (!r.found || r.scheme.rank() >= reported_) return;
        reported_ = r.scheme.rank();
        if (!next_) return;
        SearchResult q = r;
        q.seconds = secondsSince(start_);
        next_->onImproved(q);
    }
    [[nodiscard]] int reported() const { return reported_; }

  private:
    SearchListener* next_;
    Clock::time_point start_;
    long long firstFlips_ = 0;
    int reported_ = INT_MAX;
};

long long segmentEnd(const SearchSnapshot* snap, long long length, long long budget) {
    long long maxSteps = 0;
    if (snap)
        for (const WalkerSnapshot& w : snap->walkers) maxSteps = std::max(maxSteps, w.steps);
    long long end = (maxSteps / length + 1) * length;
    if (budget > 0) end = std::min(end, budget);
    return end;
}

bool budgetSpent(const SearchSnapshot& snap, long long budget) {
    return budget > 0 && std::all_of(snap.walkers.begin(), snap.walkers.end(),
                                     [&](const WalkerSnapshot& w) { return w.steps >= budget; });
}

// The final result from the winning offer, with the run's counters and end.
SearchResult finalResult(const std::vector<Offer>& offers, const SearchSnapshot& snap,
                         const SearchResult& local, double seconds) {
    SearchResult r;
    if (const Offer* win = pickWinner(offers)) {
        const FlipSearchParams& p = snap.params;
        r.scheme = p.field == Field::Z2
                       ? unpackScheme<Mod2Ring>(p.size, fromWords<Mod2Ring>(win->best))
                       : unpackScheme<TernaryRing>(p.size, fromWords<TernaryRing>(win->best));
        r.scheme.name =
            "flip search " + p.size.toString() + " rank " + std::to_string(r.scheme.rank());
        r.found = verify(r.scheme, p.field).valid;
        r.reachedTarget = r.found && p.targetRank > 0 && r.scheme.rank() <= p.targetRank;
        r.walker = win->walker;
        r.walkerSteps = win->bestStep;
    }
    for (const Offer& o : offers) r.flips += o.flips;
    r.seconds = seconds;
    r.failed = local.failed;
    r.error = local.error;
    r.end = r.reachedTarget && !r.failed ? run::EndReason::Target : local.end;
    if (r.end == run::EndReason::Target && !r.reachedTarget) r.end = run::EndReason::Completed;
    return r;
}

}  // namespace

SegmentedResult runSegmented(const SegmentedRun& run) {
    const Clock::time_point t0 = Clock::now();
    const int ranks = run.exchange ? run.exchange->size() : 1;
    const int rank = run.exchange ? run.exchange->rank() : 0;
    FlipSearchParams base = run.params;
    if (base.recordTrace) throw std::invalid_argument("flip search: segments keep no trace");
    base.firstWalker = run.exchange ? rank * base.threads : base.firstWalker;
    base.canonicalIndex = true;  // segments end where a resumed walk continues exactly
    if (run.resume && run.resume->params.firstWalker != base.firstWalker)
        throw std::invalid_argument("flip search: the checkpoint is another process's");
    const long long length =
        std::max<long long>(1, (run.segmentSteps + kCanonicalSteps - 1) / kCanonicalSteps) *
        kCanonicalSteps;
    const int words = base.field == Field::Z2 ? 3 : 6;
    const double before = run.resume ? run.resume->seconds : 0;
    long long segments = run.resume ? run.resume->segments : 0;
    SegmentListener listener(run.listener, t0);
    std::shared_ptr<const SearchSnapshot> snap = run.resume;
    if (snap) {
        long long f = 0;
        for (const WalkerSnapshot& w : snap->walkers) f += w.flips;
        listener.setFirstFlips(f);
    }
    SegmentedResult out;
    out.ranks = ranks;
    for (;;) {
        FlipSearchParams p = base;
        if (snap) p.start = snap->start;
        p.resume = snap;
        p.maxFlipsPerWalker = segmentEnd(snap.get(), length, base.maxFlipsPerWalker);
        if (base.timeLimitSeconds > 0)
            p.timeLimitSeconds = std::max(1e-3, base.timeLimitSeconds - secondsSince(t0));
        FlipSearch search(p, &listener);
        search.start();
        search.wait();
        const SearchResult local = search.result();
        SearchSnapshot next = search.snapshot();
        next.params = base;
        next.params.start = next.start;
        next.ranks = ranks;
        next.seconds = before + secondsSince(t0);
        next.segments = ++segments;
        out.start = next.start;
        const bool stopping = local.failed || local.end == run::EndReason::TimeLimit ||
                              local.end == run::EndReason::External;
        std::vector<Offer> offers{
            makeOffer(local, next, base.firstWalker, run.offerSchemes, stopping)};
        if (run.exchange && ranks > 1) {
            const Clock::time_point tx = Clock::now();
            const std::string mine = encodeOffer(offers.front(), words);
            const std::vector<std::string> all = run.exchange->allGather(mine);
            offers.clear();
            for (const std::string& b : all) {
                offers.push_back(decodeOffer(b, words));
                out.exchangedBytes += static_cast<long long>(b.size());
            }
            out.exchangeSeconds += secondsSince(tx);
            ++out.exchanges;
            adoptOffers(next, offers, base.firstWalker);
        }
        const bool done = budgetSpent(next, base.maxFlipsPerWalker) ||
                          std::any_of(offers.begin(), offers.end(),
                                      [](const Offer& o) { return o.stopping || o.reached; });
        out.result = finalResult(offers, next, local, before + secondsSince(t0));
        if (out.result.found && out.result.scheme.rank() < listener.reported())
            listener.onImproved(out.result);  // another process's best, for this one's files
        if (run.onSegment) run.onSegment(next);
        out.last = next;
        if (done) break;
        snap = std::make_shared<const SearchSnapshot>(std::move(next));
    }
    return out;
}

}  // namespace tg::search
