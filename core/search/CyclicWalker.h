#pragma once
// A random walk on the flip graph of <n,n,n> restricted to schemes invariant under the cyclic
// symmetry (A, B, C) -> (B, C, A) (Moosbauer & Poole 2025): the state is the orbit form of
// CyclicScheme.h, orbit representatives plus fixed terms, and every move is an ordinary move of
// FlipWalker.h applied to all three rotations at once, so the expanded scheme stays invariant
// and keeps the tensor by construction.
//   flip:      representative p and a rotation q' of another representative share a factor; the
//              ordinary flip of (p, q') is made, and by rotation the same flip of (rot p, rot q')
//              and (rot2 p, rot2 q'). The three pairs are disjoint (two different orbits), so
//              the three flips are independent and the sum is unchanged.
//              Fixed terms take no part in flips: a flip of a fixed term F with p would change F
//              three times over (F is its own rotation), which is not three independent flips.
//              They change only by reductions (below).
//   reduction: an orbit with a zero factor goes (rank - 3); two representatives whose rotations
//              share two factors merge (rank - 3, or - 6); a representative that becomes its own
//              rotation collapses: mod 2 its orbit t + t + t = t is one fixed term (rank - 2),
//              over Z it becomes three fixed terms (rank unchanged); two fixed terms that cancel
//              go (rank - 2).
//   plus:      p = (a, b, c) and a rotation q = (a', b', c') of another representative give
//              (a, b + b', c) + (a, -b', c - c') + (a' - a, b', c'), per orbit (rank + 3);
//              fixed moves (below) only when setFixedMoves(true).
//   mod 2 also FlipWalker's dependent-set reductions, orbit by orbit (CyclicWalkerReductions.h),
//   unless setDependentReductions(false).
//
// The interface is FlipWalker's as far as FlipSearch's walk uses it; terms() is the expanded
// scheme (orbits in order, each as t, rot t, rot2 t, then the fixed terms), and restore()
// accepts such an expansion (pools, snapshots and exchanges store expanded schemes). Partners
// are found by a scan of the representatives (a cyclic scheme of <6,6,6> has under 80 of them),
// but only after FactorCounts.h says there is one: most draws, merge tests and dependent-set
// tests end at a count.
// No path is recorded (FlipSearch refuses a trace with a symmetry).
#include <algorithm>
#include <bit>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/search/CyclicScheme.h"
#include "core/search/FactorCounts.h"
#include "core/search/FlipWalker.h"
#include "core/search/Rng.h"

namespace tg::search {

template <class Ring>
class CyclicWalker {
  public:
    using Vec = typename Ring::Vec;
    using PackedTerm = typename FlipWalker<Ring>::PackedTerm;
    using Edit = typename FlipWalker<Ring>::Edit;

    // `start`: an invariant scheme in any order; throws std::invalid_argument otherwise.
    CyclicWalker(const std::vector<PackedTerm>& start, std::uint64_t seed) : rng_(seed) {
        restore(start, 0);
    }

    [[nodiscard]] int rank() const {
        return 3 * static_cast<int>(orbits_.size()) + static_cast<int>(fixed_.size());
    }
    [[nodiscard]] int orbitCount() const { return static_cast<int>(orbits_.size()); }
    [[nodiscard]] int fixedCount() const { return static_cast<int>(fixed_.size()); }
    // The expanded scheme (CyclicScheme.h's order).
    [[nodiscard]] const std::vector<PackedTerm>& terms() const {
        if (dirty_) {
            expanded_ = expandCyclic<Ring>(CyclicTerms<Ring>{orbits_, fixed_});
            dirty_ = false;
        }
        return expanded_;
    }
    Rng& rng() { return rng_; }
    // False when no two representatives' rotations share a factor (no orbit flip applies).
    [[nodiscard]] bool hasFlips() const {
        for (const PackedTerm& t : orbits_)
            for (int p = 0; p < 3; ++p)
                if (counts_.count(t.f[p]) > slotsHolding(t, t.f[p])) return true;
        return false;
    }

    // For tests: true when the factor counts describe exactly the current representatives.
    [[nodiscard]] bool indexConsistent() const {
        for (const PackedTerm& t : orbits_)
            for (const Vec& v : t.f) {
                int held = 0;
                for (const PackedTerm& o : orbits_) held += slotsHolding(o, v);
                if (counts_.count(v) != held) return false;
            }
        return true;
    }

    void setRecording(bool on) {
        if (on) throw std::invalid_argument("cyclic walk: no path is recorded");
    }
    void setReductions(bool on) { reductions_ = on; }
    // Plus transitions may also change the fixed terms (fixedMove); off, the fixed terms stay
    // those of the start, as in Moosbauer and Poole's walks (and the rank modulo 3 with them).
    void setFixedMoves(bool on) { fixedMoves_ = on; }
    // Mod 2: also reduce dependent sets of orbits (CyclicWalkerReductions.h).
    void setDependentReductions(bool on) { dependent_ = on; }
    [[nodiscard]] const std::vector<Edit>& edits() const { return noEdits_; }
    [[nodiscard]] std::size_t editCount() const { return 0; }

    // Replace the state by an expanded invariant scheme (from terms() of a walk like this).
    void restore(const std::vector<PackedTerm>& terms, std::size_t /*editCount*/) {
        int bad = -1;
        auto split = splitCyclic<Ring>(terms, &bad);
        if (!split)
            throw std::invalid_argument("cyclic walk: term " + std::to_string(bad + 1) +
                                        " has no rotated partners (scheme not invariant)");
        orbits_ = std::move(split->orbits);
        fixed_ = std::move(split->fixed);
        dirty_ = true;
        rebuildIndex();
    }

    // One random orbit flip and the reductions it enables; false when the drawn flip is not
    // possible (no partner, or over Z a coefficient would leave {-1, 0, 1}).
    bool flip() {
        const int r = orbitCount();
        if (r < 2) return false;
        int i = static_cast<int>(rng_.below(static_cast<std::uint32_t>(r)));
        const int k = static_cast<int>(rng_.below(3));
        int j = -1;
        int kj = 0;
        const PackedTerm& ti = orbits_[static_cast<std::size_t>(i)];
        // Most draws: no other slot holds the value, and the scan for a partner is spared.
        if (counts_.count(ti.f[k]) <= slotsHolding(ti, ti.f[k])) return false;
        if (!drawPartner(ti.f[k], i, j, kj)) return false;
        PackedTerm t1 = ti;
        const PackedTerm q = rotated<Ring>(orbits_[static_cast<std::size_t>(j)], (kj - k + 3) % 3);
        PackedTerm t2 = q;
        int kx = 0;
        int ky = 0;
        if (!flipPair(t1, t2, k, kx, ky)) return false;
        setFactor(i, kx, t1.f[kx]);
        // Orbit j's new representative is the rotation q with its factor ky changed.
        counts_.replace(q.f[ky], t2.f[ky]);
        orbits_[static_cast<std::size_t>(j)] = t2;
        dirty_ = true;
        settle(i, kx, j, ky);
        if ((i >= 0 && reduceDependentOnce(i)) || (j >= 0 && reduceDependentOnce(j)))
            reduceAll();  // rare (the rank went down): whatever else it enabled, everywhere
        return true;
    }

    // A plus transition (rank + 3) on two random orbits, or, when there are fixed terms and
    // fixed moves are on, half of the time a move that changes them (fixedMove); false when the
    // drawn move is not possible. Kauers and Moosbauer's form: p = (a, b, c) and a rotation
    // q = (a', b', c') of another representative become three terms of which no two share
    // two factors (a split alone would merge back at the next touch):
    //   (a, b + b', c) + (a, -b', c - c') + (a' - a, b', c') = p + q.
    bool plus() {
        if (fixedMoves_ && !fixed_.empty() && rng_.coin()) return fixedMove();
        const int r = orbitCount();
        if (r < 2) return false;
        const auto [i, j] = rng_.distinctPair(r);
        const int k = static_cast<int>(rng_.below(3));
        const int e = (k + 1) % 3;
        const int f = (k + 2) % 3;
        const PackedTerm p = orbits_[static_cast<std::size_t>(i)];
        const PackedTerm q =
            rotated<Ring>(orbits_[static_cast<std::size_t>(j)], static_cast<int>(rng_.below(3)));
        if (Ring::match(p.f[k], q.f[k]) != 0) return false;
        PackedTerm np = p;
        PackedTerm nq = p;
        PackedTerm nr = q;
        nq.f[e] = Ring::negate(q.f[e]);
        if (!Ring::addScaled(p.f[e], q.f[e], 1, np.f[e]) ||
            !Ring::addScaled(p.f[f], q.f[f], -1, nq.f[f]) ||
            !Ring::addScaled(q.f[k], p.f[k], -1, nr.f[k]))
            return false;
        // Representatives are never zero or their own rotation (that would be fixed terms).
        for (const PackedTerm* t : {&np, &nq, &nr})
            if (hasZero(*t) || isRotationFixed<Ring>(*t)) return false;
        setOrbit(i, np);
        setOrbit(j, nq);
        appendOrbit(nr);
        return true;
    }

    // Every reduction of the current state (a start scheme may allow some). Returns how many
    // terms of the expanded scheme went.
    int reduceAll() {
        const int before = rank();
        cancelFixed();
        bool again = true;
        while (again) {
            for (int t = 0; t < orbitCount(); ++t) {
                int a = t;
                int none = -1;
                const int orbitsBefore = orbitCount();
                settle(a, -1, none, -1);
                if (a != t || orbitCount() != orbitsBefore) t = -1;  // the list changed: rescan
            }
            again = false;
            for (int t = 0; t < orbitCount() && !again; ++t) again = reduceDependentOnce(t);
        }
        return before - rank();
    }

  private:
    // A partner (j, kj) for the factor value a, uniform among all representatives j != skip
    // and positions kj with orbits_[j].f[kj] = +-a.
    bool drawPartner(const Vec& a, int skip, int& j, int& kj) {
        const int i = skip;
        std::uint32_t count = 0;
        for (int o = 0; o < orbitCount(); ++o) {
            if (o == i) continue;
            const PackedTerm& t = orbits_[static_cast<std::size_t>(o)];
            if (!holds(t, a)) continue;  // most orbits (one test, no branch per factor)
            for (int p = 0; p < 3; ++p) {
                if (Ring::match(a, t.f[p]) == 0) continue;
                if (rng_.below(++count) == 0) {
                    j = o;
                    kj = p;
                }
            }
        }
        return count > 0;
    }

    // The ordinary flip of FlipWalker on two terms sharing factor k (up to sign), with a random
    // role and multiple; false when over Z neither multiple keeps the coefficients in the set.
    // kx and ky: the factors of t1 and t2 that changed.
    bool flipPair(PackedTerm& t1, PackedTerm& t2, int k, int& kx, int& ky) {
        const bool swapRoles = rng_.coin();
        kx = swapRoles ? (k + 2) % 3 : (k + 1) % 3;  // gains a multiple of x_j
        ky = swapRoles ? (k + 1) % 3 : (k + 2) % 3;  // loses a multiple of y_i
        const int s = Ring::match(t1.f[k], t2.f[k]);
        int b = Ring::drawSign(rng_.coin());
        Vec nx{};
        Vec ny{};
        if (!Ring::addScaled(t1.f[kx], t2.f[kx], s * b, nx) ||
            !Ring::addScaled(t2.f[ky], t1.f[ky], -b, ny)) {
            if constexpr (!Ring::kSigned) return false;
            b = -b;
            if (!Ring::addScaled(t1.f[kx], t2.f[kx], s * b, nx)) return false;
            if (!Ring::addScaled(t2.f[ky], t1.f[ky], -b, ny)) return false;
        }
        t1.f[kx] = nx;
        t2.f[ky] = ny;
        return true;
    }

    // Moves that change the fixed terms, which orbit flips leave alone (rank + 2 or + 5):
    //   mod 2 half of the time a fixed flip: F = (a, a, a) is its own orbit mod 2 (F + F + F =
    //   F), so F taken as the orbit of representative F flips with another orbit like any
    //   orbit does (rank + 2);
    //   a fixed split: with s = +-1 the sign of F_a = s a(x)a(x)a and b' chosen so that
    //   F_b = s b'(x)b'(x)b', (a + b')^3 = a^3 + b'^3 + orbit(a, a, b') + orbit(a, b', b') gives
    //   F_a + F_b = s [ (a+b')^3 + orbit(-a, a, b') + orbit(-a, b', b') ]   (rank + 5).
    //   or the reverse of a fixed split, one fixed term F_c in two: c = a + b with a and b
    //   the entries of c on a random part of its support and the rest (rank + 6).
    bool fixedMove() {
        const std::uint32_t kinds = Ring::kSigned ? 2 : 3;
        switch (rng_.below(kinds)) {
            case 0:
                return fixedSplit();
            case 1:
                return fixedJoinReverse();
            default:
                return fixedFlip();
        }
    }

    bool fixedFlip() {
        const int f = static_cast<int>(rng_.below(static_cast<std::uint32_t>(fixed_.size())));
        const int k = static_cast<int>(rng_.below(3));
        PackedTerm t1 = fixed_[static_cast<std::size_t>(f)];
        int j = -1;
        int kj = 0;
        if (!drawPartner(t1.f[k], -1, j, kj)) return false;
        PackedTerm t2 = rotated<Ring>(orbits_[static_cast<std::size_t>(j)], (kj - k + 3) % 3);
        int kx = 0;
        int ky = 0;
        if (!flipPair(t1, t2, k, kx, ky)) return false;
        fixed_.erase(fixed_.begin() + static_cast<std::ptrdiff_t>(f));
        orbits_[static_cast<std::size_t>(j)] = t2;
        orbits_.push_back(t1);
        dirty_ = true;
        rebuildIndex();  // rare (a plateau's move): no incremental bookkeeping
        int a = orbitCount() - 1;
        settle(a, kx, j, ky);  // t1 may still be its own rotation (then it is one fixed term again)
        return true;
    }

    bool fixedSplit() {
        const int n = static_cast<int>(fixed_.size());
        if (n < 2) return false;
        const auto [f1, f2] = rng_.distinctPair(n);
        const PackedTerm& x = fixed_[static_cast<std::size_t>(f1)];
        const PackedTerm& y = fixed_[static_cast<std::size_t>(f2)];
        const int s = Ring::match(x.f[0], x.f[1]) * Ring::match(x.f[0], x.f[2]);
        const int sy = Ring::match(y.f[0], y.f[1]) * Ring::match(y.f[0], y.f[2]);
        const Vec a = x.f[0];
        const Vec b = s * sy < 0 ? Ring::negate(y.f[0]) : y.f[0];
        Vec c{};
        if (Ring::match(a, b) != 0 || !Ring::addScaled(a, b, 1, c)) return false;
        const Vec sa = s > 0 ? Ring::negate(a) : a;  // s * (-a)
        const PackedTerm sum{{s > 0 ? c : Ring::negate(c), c, c}};
        const PackedTerm o1{{sa, a, b}};
        const PackedTerm o2{{sa, b, b}};
        fixed_.erase(fixed_.begin() + static_cast<std::ptrdiff_t>(std::max(f1, f2)));
        fixed_.erase(fixed_.begin() + static_cast<std::ptrdiff_t>(std::min(f1, f2)));
        addFixed(sum);
        appendOrbit(o1);
        appendOrbit(o2);
        return true;
    }

    bool fixedJoinReverse() {
        const int f = static_cast<int>(rng_.below(static_cast<std::uint32_t>(fixed_.size())));
        const PackedTerm x = fixed_[static_cast<std::size_t>(f)];
        const int s = Ring::match(x.f[0], x.f[1]) * Ring::match(x.f[0], x.f[2]);
        const Vec c = x.f[0];
        std::uint64_t support = 0;
        if constexpr (Ring::kSigned)
            support = c.pos | c.neg;
        else
            support = c;
        if (std::popcount(support) < 2) return false;
        // A random part of the support, neither empty nor all of it.
        std::uint64_t part = 0;
        while (part == 0 || part == support) part = rng_.next() & support;
        Vec a = c;
        Vec b = c;
        if constexpr (Ring::kSigned) {
            a = {c.pos & part, c.neg & part};
            b = {c.pos & ~part, c.neg & ~part};
        } else {
            a = c & part;
            b = c & ~part;
        }
        const auto signed0 = [s](const Vec& v) { return s > 0 ? v : Ring::negate(v); };
        fixed_.erase(fixed_.begin() + static_cast<std::ptrdiff_t>(f));
        addFixed(PackedTerm{{signed0(a), a, a}});
        addFixed(PackedTerm{{signed0(b), b, b}});
        appendOrbit(PackedTerm{{signed0(a), a, b}});
        appendOrbit(PackedTerm{{signed0(a), b, b}});
        return true;
    }

    // True when some factor of t is +-v.
    static bool holds(const PackedTerm& t, const Vec& v) {
        if constexpr (Ring::kSigned)
            return (Ring::match(t.f[0], v) | Ring::match(t.f[1], v) | Ring::match(t.f[2], v)) != 0;
        else
            return (t.f[0] == v) | (t.f[1] == v) | (t.f[2] == v);
    }

    static bool hasZero(const PackedTerm& t) {
        return Ring::isZero(t.f[0]) || Ring::isZero(t.f[1]) || Ring::isZero(t.f[2]);
    }

    // Removes orbit idx (the last moves into its place); tracked indices follow.
    void removeOrbit(int idx, int* const* tracked, int count) {
        const int last = orbitCount() - 1;
        for (const Vec& v : orbits_[static_cast<std::size_t>(idx)].f) counts_.remove(v);
        orbits_[static_cast<std::size_t>(idx)] = orbits_.back();
        orbits_.pop_back();
        dirty_ = true;
        followSwapRemove(idx, last, tracked, count);
    }

    // Adds a fixed term, or removes the fixed term it cancels (t + (-t) = 0; mod 2 t + t = 0).
    void addFixed(const PackedTerm& t) {
        dirty_ = true;
        for (std::size_t n = 0; n < fixed_.size(); ++n) {
            const PackedTerm& f = fixed_[n];
            int sign = 1;
            for (int k = 0; k < 3 && sign != 0; ++k) sign *= Ring::match(f.f[k], t.f[k]);
            if (sign == -1 || (sign == 1 && !Ring::kSigned)) {
                fixed_.erase(fixed_.begin() + static_cast<std::ptrdiff_t>(n));
                return;
            }
        }
        fixed_.push_back(t);
    }
    void cancelFixed() {
        std::vector<PackedTerm> all = std::move(fixed_);
        fixed_.clear();
        for (const PackedTerm& t : all)
            if (!hasZero(t)) addFixed(t);
        dirty_ = true;
    }

    // The one reduction of representative a that applies first, if any (a may move or go).
    // `pos`: a factor of a that changed (-1: any); a new pair of orbits sharing two factors must
    // share that one (flips keep the walk free of such pairs, except those a plus transition
    // made on purpose), which spares most of the scan. A merge sets it to the factor it changed.
    bool reduceOnce(int& a, int& pos, int& other) {
        int* tracked[2] = {&a, &other};
        const PackedTerm t = orbits_[static_cast<std::size_t>(a)];
        if (hasZero(t)) {
            removeOrbit(a, tracked, 2);
            return true;
        }
        if (isRotationFixed<Ring>(t)) {
            // Always, also with reductions off: a representative is never its own rotation.
            if constexpr (Ring::kSigned) {
                for (int r = 0; r < 3; ++r) addFixed(rotated<Ring>(t, r));
            } else {
                addFixed(t);
            }
            removeOrbit(a, tracked, 2);
            return true;
        }
        if (!reductions_) return false;
        if (pos >= 0 && counts_.count(t.f[pos]) <= slotsHolding(t, t.f[pos])) return false;
        for (int o = 0; o < orbitCount(); ++o) {
            if (o == a) continue;
            const PackedTerm& to = orbits_[static_cast<std::size_t>(o)];
            if (pos >= 0 && !holds(to, t.f[pos])) continue;
            for (int r = 0; r < 3; ++r) {
                if (pos >= 0 && Ring::match(t.f[pos], to.f[(pos + r) % 3]) == 0) continue;
                if (mergeWith(a, pos, o, rotated<Ring>(to, r), other)) return true;
            }
        }
        return false;
    }

    // Merges rotation q of representative o into representative a when they share two factors.
    bool mergeWith(int& a, int& pos, int o, const PackedTerm& q, int& other) {
        const PackedTerm& t = orbits_[static_cast<std::size_t>(a)];
        int rest = -1;
        int signs[3];
        for (int k = 0; k < 3; ++k) {
            signs[k] = Ring::match(t.f[k], q.f[k]);
            if (signs[k] == 0) {
                if (rest >= 0) return false;
                rest = k;
            }
        }
        if (rest < 0) rest = 2;  // equal up to sign: add up the last factor
        const int sign = signs[(rest + 1) % 3] * signs[(rest + 2) % 3];
        Vec sum{};
        if (!Ring::addScaled(t.f[rest], q.f[rest], sign, sum)) return false;
        setFactor(a, rest, sum);
        pos = rest;
        int* tracked[2] = {&a, &other};
        removeOrbit(o, tracked, 2);
        return true;  // a zero sum is removed by the next reduceOnce
    }

    // ---- mod 2: dependent sets of orbits (CyclicWalkerReductions.h) ----
    static constexpr int kMaxDependent = 24;  // larger sets of sharing terms are not searched
    // One rotation of a representative: the term rotated<Ring>(orbits_[orbit], rot).
    struct Member {
        int orbit;
        int rot;
    };
    // Per factor k of representative t, the rotated terms sharing it, at most one per orbit
    // (t first; beyond kMaxDependent they are left out).
    void sharing(int t, Member (*out)[kMaxDependent], int* count) const;
    // One dependent-set reduction among the terms sharing a factor with representative t, if
    // any (rank - 3 or more); indices of representatives are not kept.
    bool reduceDependentOnce(int t);

    // Reductions around the changed representatives a and c (either may be -1; pa and pc:
    // their changed factors, -1 for any) until none applies.
    void settle(int& a, int pa, int& c, int pc) {
        bool changed = true;
        while (changed) {
            changed = false;
            while (a >= 0 && reduceOnce(a, pa, c)) changed = true;
            while (c >= 0 && reduceOnce(c, pc, a)) changed = true;
        }
    }

    // ---- the index (FactorCounts.h): every change of a representative goes through these ----
    // How many factors of t are +-v.
    static int slotsHolding(const PackedTerm& t, const Vec& v) {
        return (Ring::match(t.f[0], v) != 0) + (Ring::match(t.f[1], v) != 0) +
               (Ring::match(t.f[2], v) != 0);
    }
    void setFactor(int o, int k, const Vec& v) {
        Vec& slot = orbits_[static_cast<std::size_t>(o)].f[k];
        counts_.replace(slot, v);
        slot = v;
        dirty_ = true;
    }
    void setOrbit(int o, const PackedTerm& t) {
        for (const Vec& v : orbits_[static_cast<std::size_t>(o)].f) counts_.remove(v);
        for (const Vec& v : t.f) counts_.add(v);
        orbits_[static_cast<std::size_t>(o)] = t;
        dirty_ = true;
    }
    void appendOrbit(const PackedTerm& t) {
        for (const Vec& v : t.f) counts_.add(v);
        orbits_.push_back(t);
        dirty_ = true;
    }
    // Every value a walk reaches is a sum of values of the representatives and fixed terms (flips,
    // merges, plus transitions and fixed moves add factors), so their width bounds the keys.
    void rebuildIndex() {
        int bits = 0;
        for (const auto* list : {&orbits_, &fixed_})
            for (const PackedTerm& t : *list)
                for (const Vec& v : t.f)
                    bits = std::max(bits, FactorTable<Ring>::bitsOf(Ring::key(v)));
        counts_.reset(bits, 3 * orbits_.size() + 8);
        for (const PackedTerm& t : orbits_)
            for (const Vec& v : t.f) counts_.add(v);
    }

    std::vector<PackedTerm> orbits_;
    std::vector<PackedTerm> fixed_;
    FactorCounts<Ring> counts_;
    Rng rng_;
    bool fixedMoves_ = true;
    bool reductions_ = true;
    bool dependent_ = true;
    mutable std::vector<PackedTerm> expanded_;
    mutable bool dirty_ = true;
    std::vector<Edit> noEdits_;
};

}  // namespace tg::search

#include "core/search/CyclicWalkerReductions.h"  // IWYU pragma: export
