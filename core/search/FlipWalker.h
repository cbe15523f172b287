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
// Finding a flip partner is a linear scan over the terms: for the ranks this project searches
// (up to a few hundred) the scan over one contiguous array beats maintaining hash buckets.
#include <cstdint>
#include <vector>

#include "core/search/CoefficientRing.h"
#include "core/search/Rng.h"

namespace tg::search {

enum class StepKind : std::uint8_t { Flip, Reduction, Plus };

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
        partners_.resize(terms_.size() * 2 + 8);
    }

    [[nodiscard]] int rank() const { return static_cast<int>(terms_.size()); }
    [[nodiscard]] const std::vector<PackedTerm>& terms() const { return terms_; }
    Rng& rng() { return rng_; }

    void setRecording(bool on) { recording_ = on; }
    [[nodiscard]] const std::vector<Edit>& edits() const { return edits_; }
    // The edits are the path from the start to the current scheme; restoring an earlier scheme
    // of the same path truncates them to the length recorded with it.
    [[nodiscard]] std::size_t editCount() const { return edits_.size(); }

    // Replace the state by an earlier scheme of this walk (a restart from the best so far); the
    // recorded path is cut back to that scheme, so it stays the path from the start to the state.
    void restore(const std::vector<PackedTerm>& terms, std::size_t editCount) {
        terms_ = terms;
        if (recording_ && editCount <= edits_.size()) edits_.resize(editCount);
    }

    // One random flip followed by every reduction it enables. Returns false when the drawn
    // flip was not possible (no partner, or a coefficient would leave the set); the scheme is
    // then unchanged.
    bool flip() {
        const int r = rank();
        if (r < 2) return false;
        const int i = static_cast<int>(rng_.below(static_cast<std::uint32_t>(r)));
        const int k = static_cast<int>(rng_.below(3));
        const Vec shared = terms_[static_cast<std::size_t>(i)].f[k];
        // Branch-free collection into a buffer sized for the rank: this scan is most of the
        // walker's time. Term i matches itself and is skipped when drawing.
        if (partners_.size() < terms_.size()) partners_.resize(terms_.size() * 2);
        const PackedTerm* t = terms_.data();
        int* out = partners_.data();
        int count = 0;
        for (int j = 0; j < r; ++j) {
            out[count] = j;
            count += Ring::match(shared, t[j].f[k]) != 0 ? 1 : 0;
        }
        if (count < 2) return false;
        int pick = static_cast<int>(rng_.below(static_cast<std::uint32_t>(count - 1)));
        if (out[pick] >= i) ++pick;  // the sorted list holds i once: skip over it
        const int j = out[pick];
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
        ti.f[kx] = nx;
        tj.f[ky] = ny;
        record(Edit::Set, i, ti);
        record(Edit::Set, j, tj);
        int a = i;
        int c = j;
        const int before = r;
        if (Ring::isZero(nx)) removeTerm(a, a, c);
        if (c >= 0 && Ring::isZero(ny)) removeTerm(c, a, c);
        settle(a, kx, c, ky);
        endStep(rank() < before ? StepKind::Reduction : StepKind::Flip);
        return true;
    }

    // A plus transition on two random terms; false when the drawn pair does not allow one.
    bool plus() {
        const int r = rank();
        if (r < 2) return false;
        const int i = static_cast<int>(rng_.below(static_cast<std::uint32_t>(r)));
        int j = static_cast<int>(rng_.below(static_cast<std::uint32_t>(r - 1)));
        if (j >= i) ++j;
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
        terms_[static_cast<std::size_t>(i)] = reduced;
        terms_.push_back(added);
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
            if (a != t) t = -1;  // the list changed under us: rescan from the start
        }
        if (rank() != before) endStep(StepKind::Reduction);
        return before - rank();
    }

  private:
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
        const int last = rank() - 1;
        terms_[static_cast<std::size_t>(idx)] = terms_.back();
        terms_.pop_back();
        record(Edit::Remove, idx, {});
        auto fix = [&](int& t) {
            if (t == idx)
                t = -1;
            else if (t == last)
                t = idx;
        };
        fix(t1);
        fix(t2);
    }

    // Repeats merges around the two changed terms until none applies. `pa` and `pc` say which
    // factor of each changed: a new pair sharing two factors must share that one (flips keep
    // the walk free of such pairs, except those a plus transition made on purpose).
    void settle(int& a, int pa, int& c, int pc) {
        bool changed = true;
        while (changed) {
            changed = false;
            while (a >= 0 && mergeOnce(a, pa, c)) changed = true;
            while (c >= 0 && mergeOnce(c, pc, a)) changed = true;
        }
    }

    // Merges one term sharing two factors with term `a` into it; `pos` is a factor of `a` the
    // other term must share (-1: any). On success `pos` becomes the factor that changed.
    // `other` is kept tracked.
    bool mergeOnce(int& a, int& pos, int& other) {
        const int r = rank();
        const PackedTerm ta = terms_[static_cast<std::size_t>(a)];
        // Candidates first, branch-free (as in flip): with a known changed factor only the
        // terms sharing it can merge, and there are few of them.
        if (candidates_.size() < terms_.size()) candidates_.resize(terms_.size() * 2);
        int count = 0;
        {
            const PackedTerm* t = terms_.data();
            int* out = candidates_.data();
            if (pos >= 0) {
                for (int o = 0; o < r; ++o) {
                    out[count] = o;
                    count += Ring::match(ta.f[pos], t[o].f[pos]) != 0 ? 1 : 0;
                }
            } else {
                for (int o = 0; o < r; ++o) out[count++] = o;
            }
        }
        for (int c = 0; c < count; ++c) {
            const int o = candidates_[static_cast<std::size_t>(c)];
            if (o == a) continue;
            const PackedTerm& to = terms_[static_cast<std::size_t>(o)];
            const int s0 = Ring::match(ta.f[0], to.f[0]);
            const int s1 = Ring::match(ta.f[1], to.f[1]);
            const int s2 = Ring::match(ta.f[2], to.f[2]);
            int rest = -1;  // the factor that differs
            int sign = 0;
            if (s0 != 0 && s1 != 0) {
                rest = 2;
                sign = s0 * s1;
            } else if (s0 != 0 && s2 != 0) {
                rest = 1;
                sign = s0 * s2;
            } else if (s1 != 0 && s2 != 0) {
                rest = 0;
                sign = s1 * s2;
            }
            if (rest < 0) continue;
            Vec sum{};
            if (!Ring::addScaled(ta.f[rest], to.f[rest], sign, sum)) continue;
            PackedTerm merged = ta;
            merged.f[rest] = sum;
            terms_[static_cast<std::size_t>(a)] = merged;
            record(Edit::Set, a, merged);
            removeTerm(o, a, other);
            if (Ring::isZero(sum)) removeTerm(a, a, other);
            pos = rest;
            return true;
        }
        return false;
    }

    std::vector<PackedTerm> terms_;
    Rng rng_;
    std::vector<int> partners_;
    std::vector<int> candidates_;
    bool recording_ = false;
    std::vector<Edit> edits_;
};

}  // namespace tg::search
