#pragma once
// One random walk on the flip graph of a matrix-multiplication tensor: the state is a scheme of
// the current rank with bit-packed factors; the moves are
//   flip:      two terms sharing a factor (up to sign) exchange a multiple of another factor,
//              (a, x_i, y_i) + s(a, x_j, y_j) = (a, x_i + s*b*x_j, y_i) + s(a, x_j, y_j - b*y_i)
//              (the sum is unchanged; b = +-1 over Z, 1 mod 2);
//   reduction: a term with a zero factor is dropped, and two terms sharing two factors merge,
//              (a, x, y) + (a, x, y') = (a, x, y + y')   (rank - 1, or - 2 if y + y' = 0);
//   plus:      (a, x, y) + (a', x', y') = (a - a', x, y) + (a', x, y) + (a', x', y')  (rank + 1),
//              which opens new flips when the walk is stuck on a plateau.
// The walker does not decide when to do what (that is FlipSearch's policy); it offers the moves,
// keeps the scheme valid by construction, and optionally records every primitive edit so the
// path can be replayed (SearchTrace).
//
// Finding a flip partner is O(1): an index maps each (factor position, factor value up to sign)
// to the bucket of terms holding it (FactorTable.h: a direct array for mod 2 factors of up to 16
// entries, a hash table otherwise), and every edit of the term list keeps the index in step
// (setFactor / appendTerm / removeTerm / rebuildIndex); a list of the (term, factor) slots whose
// bucket holds another term lets flip() draw in one step. (Drawing any slot and drawing again
// when it had no partner cost up to 16 draws per flip near Strassen x Strassen, where few terms
// share a factor: <4,4,4> walks ran 1.23x slower.) Buckets are pooled and keep their capacity,
// so the walk does not allocate once the index has grown to the walk's size.
//
// Most flips turn a value no other term holds into a value no term holds, in both changed
// terms: then no merge and no new dependent set can follow. setFactor, settle and the
// dependent-set search test for that first, before any bookkeeping; with the direct table this
// took a <4,4,4> mod 2 flip from about 1220 to 840 instructions (cachegrind) and gave about 1.4x
// the flips per second (`bench flips`, README "Search benchmarks"); the walk is the same flip
// for flip.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "core/search/BucketPool.h"
#include "core/search/CoefficientRing.h"
#include "core/search/FactorTable.h"
#include "core/search/Rng.h"

namespace tg::search {

enum class StepKind : std::uint8_t { Flip, Reduction, Plus };

// After element `removed` of a list was removed by moving its last element (`last`) into its
// place: indices that pointed at the removed element become -1, those at the last one follow it.
inline void followSwapRemove(int removed, int last, int* const* tracked, int count) {
    for (int n = 0; n < count; ++n) {
        int& t = *tracked[n];
        if (t == removed)
            t = -1;
        else if (t == last)
            t = removed;
    }
}

template <class Ring>
class FlipWalker {
  public:
    using Vec = typename Ring::Vec;
    struct PackedTerm {
        Vec f[3];
    };
    // One primitive edit of the term list, in the order applied. Remove moves the last term
    // into the removed slot (so indices in later edits refer to the list after that move).
    struct Edit {
        enum Op : std::uint8_t { Set, Remove, Append, EndStep } op = Set;
        StepKind kind = StepKind::Flip;  // for EndStep: what the step was
        int index = 0;
        PackedTerm term{};
    };

    FlipWalker(std::vector<PackedTerm> start, std::uint64_t seed)
        : terms_(std::move(start)), rng_(seed) {
        rebuildIndex();
    }

    [[nodiscard]] int rank() const { return static_cast<int>(terms_.size()); }
    [[nodiscard]] const std::vector<PackedTerm>& terms() const { return terms_; }
    Rng& rng() { return rng_; }
    // False when no two terms share a factor, so no flip applies (Strassen x Strassen at 49):
    // only a plus transition leaves such a scheme.
    [[nodiscard]] bool hasFlips() const { return !partnerSlots_.empty(); }

    void setRecording(bool on) { recording_ = on; }
    // While off, flips do not merge terms (terms with a zero factor still go): after a plus
    // transition this lets the walk move away before a reduction simply undoes the plus.
    // Turning them on again does not reduce by itself (call reduceAll()).
    void setReductions(bool on) { reductions_ = on; }
    // Mod 2: also reduce sets of terms sharing a factor whose other factors are dependent.
    void setDependentReductions(bool on) { dependent_ = on; }
    [[nodiscard]] const std::vector<Edit>& edits() const { return edits_; }
    // The edits are the path from the start to the current scheme; restoring an earlier scheme
    // of the same path truncates them to the length recorded with it.
    [[nodiscard]] std::size_t editCount() const { return edits_.size(); }

    // Replace the state by an earlier scheme of this walk (a restart from the best so far); the
    // recorded path is cut back to that scheme, so it stays the path from the start to the state.
    void restore(const std::vector<PackedTerm>& terms, std::size_t editCount) {
        terms_ = terms;
        rebuildIndex();
        if (recording_ && editCount <= edits_.size()) edits_.resize(editCount);
    }

    // One random flip followed by every reduction it enables. Returns false when the drawn
    // flip was not possible (no partner, or a coefficient would leave the set); the scheme is
    // then unchanged.
    bool flip() {
        const int r = rank();
        // A term and a factor, uniformly among those that share the factor with another term
        // (one draw from the list of such slots, however few there are: near Strassen x
        // Strassen most terms have no partner), then a partner from the bucket.
        if (partnerSlots_.empty()) return false;
        const int drawn =
            partnerSlots_[rng_.below(static_cast<std::uint32_t>(partnerSlots_.size()))];
        const int i = drawn / 3;
        const int k = drawn % 3;
        const int id = bucketOf(i, k);
        const int count = buckets_.size(id);
        const int pick = static_cast<int>(rng_.below(static_cast<std::uint32_t>(count - 1)));
        int j = buckets_.at(id, pick);
        if (j == i) j = buckets_.at(id, count - 1);  // i is in it once
        const Vec shared = terms_[static_cast<std::size_t>(i)].f[k];
        const bool swapRoles = rng_.coin();
        const int kx = swapRoles ? (k + 2) % 3 : (k + 1) % 3;  // gains a multiple of x_j
        const int ky = swapRoles ? (k + 1) % 3 : (k + 2) % 3;  // loses a multiple of y_i
        PackedTerm& ti = terms_[static_cast<std::size_t>(i)];
        PackedTerm& tj = terms_[static_cast<std::size_t>(j)];
        const int s = Ring::match(shared, tj.f[k]);
        // Over Z the multiple is +1 or -1: if the drawn one leaves the coefficient set, the
        // other is tried (it often fits), which saves a whole new draw.
        int b = Ring::drawSign(rng_.coin());
        Vec nx{};
        Vec ny{};
        if (!Ring::addScaled(ti.f[kx], tj.f[kx], s * b, nx) ||
            !Ring::addScaled(tj.f[ky], ti.f[ky], -b, ny)) {
            if constexpr (!Ring::kSigned) return false;  // mod 2 there is no other multiple
            b = -b;
            if (!Ring::addScaled(ti.f[kx], tj.f[kx], s * b, nx)) return false;
            if (!Ring::addScaled(tj.f[ky], ti.f[ky], -b, ny)) return false;
        }
        setFactor(i, kx, nx);
        setFactor(j, ky, ny);
        record(Edit::Set, i, ti);
        record(Edit::Set, j, tj);
        int a = i;
        int c = j;
        const int before = r;
        if (Ring::isZero(nx)) removeTerm(a, a, c);
        if (c >= 0 && Ring::isZero(ny)) removeTerm(c, a, c);
        if (!reductions_) {
            endStep(rank() < before ? StepKind::Reduction : StepKind::Flip);
            return true;
        }
        settle(a, kx, c, ky);
        if constexpr (!Ring::kSigned) {
            const bool large = (a >= 0 && inLargeBucket(a)) || (c >= 0 && inLargeBucket(c));
            if (dependent_ && large) reduceDependentAround(a, c);
        }
        endStep(rank() < before ? StepKind::Reduction : StepKind::Flip);
        return true;
    }

    // A plus transition on two random terms; false when the drawn pair does not allow one.
    bool plus() {
        const int r = rank();
        if (r < 2) return false;
        const auto [i, j] = rng_.distinctPair(r);
        const int k = static_cast<int>(rng_.below(3));
        const PackedTerm ti = terms_[static_cast<std::size_t>(i)];
        const PackedTerm tj = terms_[static_cast<std::size_t>(j)];
        if (Ring::match(ti.f[k], tj.f[k]) != 0) return false;
        Vec diff{};
        if (!Ring::addScaled(ti.f[k], tj.f[k], -1, diff)) return false;
        PackedTerm reduced = ti;
        reduced.f[k] = diff;
        PackedTerm added = ti;
        added.f[k] = tj.f[k];
        setFactor(i, k, diff);
        appendTerm(added);
        record(Edit::Set, i, reduced);
        record(Edit::Append, r, added);
        endStep(StepKind::Plus);
        return true;
    }

    // Merges every pair of terms that share two factors, and drops terms with a zero factor
    // (a start scheme read from a file may have either). Returns how many terms went.
    int reduceAll() {
        const int before = rank();
        for (int t = 0; t < rank(); ++t) {
            int a = t;
            int none = -1;
            int any = -1;
            if (hasZero(terms_[static_cast<std::size_t>(a)])) {
                removeTerm(a, a, none);
                t = -1;
                continue;
            }
            while (a >= 0 && mergeOnce(a, any, none)) any = -1;
            const int mergedRank = rank();
            if constexpr (!Ring::kSigned) {
                if (dependent_ && a >= 0) {
                    int b = -1;
                    reduceDependentAround(a, b);
                }
            }
            // The list changed under us: rescan from the start.
            if (a != t || rank() != mergedRank) t = -1;
        }
        if (rank() != before) endStep(StepKind::Reduction);
        return before - rank();
    }

    // For tests: true when the factor index describes exactly the current terms.
    [[nodiscard]] bool indexConsistent() const {
        const int r = rank();
        if (static_cast<int>(slotBucket_.size()) < 3 * r) return false;
        for (int k = 0; k < 3; ++k) {
            std::vector<int> ids;
            for (int t = 0; t < r; ++t) {
                const int id = bucketOf(t, k);
                const Vec key = Ring::key(terms_[static_cast<std::size_t>(t)].f[k]);
                if (tables_[k].find(key) != id) return false;
                const std::span<const int> b = buckets_.members(id);
                const int p = slotPos_[slot(t, k)];
                if (p < 0 || p >= static_cast<int>(b.size()) || b[static_cast<std::size_t>(p)] != t)
                    return false;
                ids.push_back(id);
            }
            // Every bucket's members are counted once, so the sizes add up to the terms.
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            std::size_t members = 0;
            for (const int id : ids) members += buckets_.members(id).size();
            if (members != static_cast<std::size_t>(r)) return false;
            if (static_cast<int>(ids.size()) != tables_[k].size()) return false;
        }
        // The slots offering flips are exactly those in a bucket of two or more terms.
        std::size_t partnered = 0;
        for (std::size_t s = 0; s < slot(r, 0); ++s) {
            const bool listed = partnerPos_[s] >= 0;
            if (listed != (buckets_.size(slotBucket_[s]) >= 2)) return false;
            if (!listed) continue;
            ++partnered;
            if (partnerSlots_[static_cast<std::size_t>(partnerPos_[s])] != static_cast<int>(s))
                return false;
        }
        return partnered == partnerSlots_.size();
    }

  private:
    // ---- the factor index ----
    // Per factor position k, a FactorTable from key(value) to a bucket id; a bucket lists the
    // terms holding that value.
    static std::size_t slot(int t, int k) {
        return static_cast<std::size_t>(t) * 3 + static_cast<std::size_t>(k);
    }
    [[nodiscard]] int bucketOf(int t, int k) const { return slotBucket_[slot(t, k)]; }

    void indexInsert(int t, int k) {
        FactorTable<Ring>& tab = tables_[k];
        const Vec key = Ring::key(terms_[static_cast<std::size_t>(t)].f[k]);
        int id = tab.find(key);
        if (id < 0) {
            if (freeBuckets_.empty()) {
                id = buckets_.add();
            } else {
                id = freeBuckets_.back();
                freeBuckets_.pop_back();
            }
            tab.insert(key, id);
        }
        slotBucket_[slot(t, k)] = id;
        slotPos_[slot(t, k)] = buckets_.size(id);
        buckets_.push(id, t);
        const int size = buckets_.size(id);
        if (size == 2) listPartner(slot(buckets_.at(id, 0), k));
        if (size >= 2) listPartner(slot(t, k));
    }

    // Takes term t out of its bucket for factor k (its value is still terms_[t].f[k]).
    void indexErase(int t, int k) {
        const int id = slotBucket_[slot(t, k)];
        const int p = slotPos_[slot(t, k)];
        const int size = buckets_.size(id);
        if (size >= 2) unlistPartner(slot(t, k));
        const int moved = buckets_.at(id, size - 1);
        buckets_.set(id, p, moved);
        slotPos_[slot(moved, k)] = p;
        buckets_.pop(id);
        if (size == 2) unlistPartner(slot(buckets_.at(id, 0), k));  // no partner left
        if (size > 1) return;
        freeBuckets_.push_back(id);
        tables_[k].erase(Ring::key(terms_[static_cast<std::size_t>(t)].f[k]));
    }

    // The list of slots (term, factor) whose bucket holds another term: flip() draws from it.
    void listPartner(std::size_t s) {
        partnerPos_[s] = static_cast<int>(partnerSlots_.size());
        partnerSlots_.push_back(static_cast<int>(s));
    }
    void unlistPartner(std::size_t s) {
        const int at = partnerPos_[s];
        const int moved = partnerSlots_.back();
        partnerSlots_[static_cast<std::size_t>(at)] = moved;
        partnerPos_[static_cast<std::size_t>(moved)] = at;
        partnerSlots_.pop_back();
        partnerPos_[s] = -1;
    }

    void setFactor(int t, int k, const Vec& v) {
        // Mostly a value no other term holds becomes one no term holds: the bucket keeps its id
        // and its one member, only its key changes (as erase then insert would leave it, since
        // the freed id is the next one reused), and no partner list changes.
        Vec& f = terms_[static_cast<std::size_t>(t)].f[k];
        if (buckets_.size(bucketOf(t, k)) == 1 &&
            tables_[k].moveIfFree(Ring::key(f), Ring::key(v))) {
            f = v;
            return;
        }
        moveToBucket(t, k, v);
    }
    void moveToBucket(int t, int k, const Vec& v) {
        indexErase(t, k);
        terms_[static_cast<std::size_t>(t)].f[k] = v;
        indexInsert(t, k);
    }

    void ensureSlots() {
        if (slotBucket_.size() < terms_.size() * 3) {
            slotBucket_.resize(terms_.size() * 6 + 24);
            slotPos_.resize(terms_.size() * 6 + 24);
            partnerPos_.resize(terms_.size() * 6 + 24, -1);
        }
    }

    void appendTerm(const PackedTerm& term) {
        terms_.push_back(term);
        ensureSlots();
        const int t = rank() - 1;
        for (int k = 0; k < 3; ++k) indexInsert(t, k);
    }

    void rebuildIndex() {
        buckets_.clear();
        partnerSlots_.clear();
        std::fill(partnerPos_.begin(), partnerPos_.end(), -1);
        freeBuckets_.clear();
        for (int id = buckets_.count() - 1; id >= 0; --id) freeBuckets_.push_back(id);
        // Every value the walk reaches at position k is a sum of values at position k now (flips,
        // plus transitions and reductions only add factors of one position), so no key is
        // wider than the widest now.
        for (int k = 0; k < 3; ++k) {
            int bits = 0;
            for (const PackedTerm& t : terms_)
                bits = std::max(bits, FactorTable<Ring>::bitsOf(Ring::key(t.f[k])));
            tables_[k].reset(bits, terms_.size());
        }
        ensureSlots();
        for (int t = 0; t < rank(); ++t)
            for (int k = 0; k < 3; ++k) indexInsert(t, k);
    }

    static bool hasZero(const PackedTerm& t) {
        return Ring::isZero(t.f[0]) || Ring::isZero(t.f[1]) || Ring::isZero(t.f[2]);
    }

    void record(typename Edit::Op op, int index, const PackedTerm& term) {
        if (recording_) edits_.push_back(Edit{op, StepKind::Flip, index, term});
    }
    void endStep(StepKind kind) {
        if (recording_) edits_.push_back(Edit{Edit::EndStep, kind, 0, {}});
    }

    // Removes term `idx` (the last term takes its place) and keeps the two tracked indices
    // pointing at the same terms; a tracked index of the removed term becomes -1.
    void removeTerm(int idx, int& t1, int& t2) {
        int* tracked[2] = {&t1, &t2};
        removeTermTracked(idx, tracked, 2);
    }
    // The same for any number of tracked indices.
    void removeTermTracked(int idx, int* const* tracked, int count) {
        const int last = rank() - 1;
        for (int k = 0; k < 3; ++k) indexErase(idx, k);
        if (idx != last) {
            terms_[static_cast<std::size_t>(idx)] = terms_.back();
            for (int k = 0; k < 3; ++k) {
                const int id = slotBucket_[slot(last, k)];
                const int p = slotPos_[slot(last, k)];
                buckets_.set(id, p, idx);
                slotBucket_[slot(idx, k)] = id;
                slotPos_[slot(idx, k)] = p;
                const int at = partnerPos_[slot(last, k)];
                if (at < 0) continue;
                partnerSlots_[static_cast<std::size_t>(at)] = static_cast<int>(slot(idx, k));
                partnerPos_[slot(idx, k)] = at;
                partnerPos_[slot(last, k)] = -1;
            }
        }
        terms_.pop_back();
        record(Edit::Remove, idx, {});
        followSwapRemove(idx, last, tracked, count);
    }

    // True when another term shares factor k of term t (then the two may merge): after most
    // flips neither changed factor has a partner, and this test spares the call.
    [[nodiscard]] bool hasPartner(int t, int k) const { return buckets_.size(bucketOf(t, k)) >= 2; }

    // Repeats merges around the two changed terms until none applies. `pa` and `pc` say which
    // factor of each changed: a new pair sharing two factors must share that one (flips keep
    // the walk free of such pairs, except those a plus transition made on purpose).
    void settle(int& a, int pa, int& c, int pc) {
        bool changed = true;
        while (changed) {
            changed = false;
            while (a >= 0 && hasPartner(a, pa) && mergeOnce(a, pa, c)) changed = true;
            while (c >= 0 && hasPartner(c, pc) && mergeOnce(c, pc, a)) changed = true;
        }
    }

    // Merges one term sharing two factors with term `a` into it; `pos` is a factor of `a` the
    // other term must share (-1: any). On success `pos` becomes the factor that changed.
    // `other` is kept tracked.
    bool mergeOnce(int& a, int& pos, int& other) {
        int* tracked[1] = {&other};
        return mergeOnceTracked(a, pos, tracked, 1);
    }
    bool mergeOnceTracked(int& a, int& pos, int* const* tracked, int trackedCount);

    // ---- reductions of terms sharing one factor whose other factors are dependent (mod 2) ----
    // Terms (a, x_i, y_i), i in S, share a and the x_i sum to zero: then
    // a*x_s*y_s = sum_{i in S\s} a*x_i*y_s, and the terms collapse to (a, x_i, y_i + y_s), i != s,
    // one term fewer (more if some y_i + y_s = 0). Two equal factors are the case |S| = 2, which
    // mergeOnce handles; this finds the larger sets, which a random walk would otherwise pass by
    // (it must draw the one flip of the set that makes two factors equal).
    static constexpr int kMaxDependent = 24;  // larger buckets are not searched (never in practice)
    static constexpr int kMaxTracked = 3 * kMaxDependent + 8;

    // Looks for a dependent set in the bucket of (t, k) among the factors at position p; on
    // success returns the bit mask (over bucket positions) of the set and its last member.
    [[nodiscard]] std::uint32_t dependentSet(int id, int p, int& last) const;

    // Applies one dependent-set reduction in one of the buckets of term t, if any, skipping the
    // buckets listed in `clean` (known to hold none); the tracked indices follow the moves of
    // the term list. Returns the terms it changed (in `changed`, -1 for none) and true when it
    // reduced.
    bool reduceDependentOnce(int t, int* const* tracked, int trackedCount, int* changed,
                             int& changedCount, const int* clean, int cleanCount);

    // True when one of term t's buckets holds three terms or more (a dependent set needs three).
    [[nodiscard]] bool inLargeBucket(int t) const {
        return buckets_.size(bucketOf(t, 0)) >= 3 || buckets_.size(bucketOf(t, 1)) >= 3 ||
               buckets_.size(bucketOf(t, 2)) >= 3;
    }

    // Repeats dependent-set reductions and merges around terms a and c (either may be -1)
    // until none applies.
    void reduceDependentAround(int& a, int& c);

    std::vector<PackedTerm> terms_;
    Rng rng_;
    FactorTable<Ring> tables_[3];
    BucketPool buckets_;
    std::vector<int> freeBuckets_;
    std::vector<int> slotBucket_;    // per (term, k): its bucket id
    std::vector<int> slotPos_;       // per (term, k): its position in that bucket
    std::vector<int> partnerSlots_;  // slots (term * 3 + k) whose bucket has 2+ terms
    std::vector<int> partnerPos_;    // per slot: its position in partnerSlots_, or -1
    bool recording_ = false;
    bool dependent_ = true;
    bool reductions_ = true;
    std::vector<Edit> edits_;
};

}  // namespace tg::search

#include "core/search/FlipWalkerReductions.h"  // IWYU pragma: export
