#pragma once
// CyclicWalker's mod-2 dependent-set reductions (CyclicWalker.h), the orbit form of FlipWalker's
// (FlipWalkerReductions.h). Rotated terms rot^r_i(p_i) of distinct orbits share factor v at
// position k, and their factors x_i at another position p sum to zero: then, with s one of them
// and y_i their third factors, the sum over the set equals the sum over the set without s with
// y_i + y_s in place of y_i (x_s is the sum of the other x_i), one term fewer. The rotations of
// the set are the same reduction for the other two rotations of the same orbits, and the three
// sets are disjoint (distinct orbits), so made on the representatives it keeps the scheme
// invariant: orbit s goes (rank - 3), and each other representative changes one factor.
// Fixed terms take no part (a fixed term is in all three rotated sets at once).
// Included at the end of CyclicWalker.h, after the class; not meant to be included on its own.
#include <cstdint>

namespace tg::search {

template <class Ring>
void CyclicWalker<Ring>::sharing(int t, Member (*out)[kMaxDependent], int* count) const {
    const PackedTerm& a = orbits_[static_cast<std::size_t>(t)];
    for (int k = 0; k < 3; ++k) {
        out[k][0] = Member{t, 0};
        count[k] = 1;
    }
    // One pass over all factors (the hot part of a flip that reduces nothing).
    for (int o = 0; o < orbitCount(); ++o) {
        if (o == t) continue;
        const PackedTerm& q = orbits_[static_cast<std::size_t>(o)];
        // Most orbits share nothing with t: one test for all nine pairs, without branches.
        bool any = false;
        for (int pos = 0; pos < 3; ++pos)
            any |= (q.f[pos] == a.f[0]) | (q.f[pos] == a.f[1]) | (q.f[pos] == a.f[2]);
        if (!any) continue;
        bool taken[3] = {false, false, false};
        for (int pos = 0; pos < 3; ++pos) {
            for (int k = 0; k < 3; ++k) {
                if (taken[k] || !(q.f[pos] == a.f[k])) continue;
                taken[k] = true;
                if (count[k] < kMaxDependent) out[k][count[k]++] = Member{o, (pos + 3 - k) % 3};
            }
        }
    }
}

template <class Ring>
bool CyclicWalker<Ring>::reduceDependentOnce(int t) {
    if constexpr (Ring::kSigned) {
        return false;
    } else {
        if (!dependent_ || !reductions_) return false;
        // A set needs the value in t and in two other orbits: held three times or more.
        const PackedTerm& a = orbits_[static_cast<std::size_t>(t)];
        if (counts_.count(a.f[0]) < 3 && counts_.count(a.f[1]) < 3 && counts_.count(a.f[2]) < 3)
            return false;
        Member all[3][kMaxDependent];
        int counts[3];
        sharing(t, all, counts);
        for (int k = 0; k < 3; ++k) {
            const Member* members = all[k];
            const int m = counts[k];
            if (m < 3) continue;  // two terms sharing two factors are merges (reduceOnce)
            for (int step = 1; step <= 2; ++step) {
                const int p = (k + step) % 3;
                const int q = (k + 3 - step) % 3;
                const auto factor = [&](const Member& x, int pos) -> Vec& {
                    return orbits_[static_cast<std::size_t>(x.orbit)].f[(pos + x.rot) % 3];
                };
                std::uint64_t values[kMaxDependent];
                for (int n = 0; n < m; ++n) values[n] = factor(members[n], p);
                int last = -1;
                const std::uint32_t set = firstDependentSet(values, m, last);
                if (set == 0) continue;
                const Vec y = factor(members[last], q);
                for (int n = 0; n < last; ++n) {
                    if (((set >> n) & 1) == 0) continue;
                    Vec& slot = factor(members[n], q);
                    counts_.replace(slot, slot ^ y);
                    slot ^= y;
                }
                int none = -1;
                int* tracked[1] = {&none};
                removeOrbit(members[last].orbit, tracked, 1);
                dirty_ = true;
                return true;  // zero factors, new merges and fixed terms: the caller's reduceAll
            }
        }
        return false;
    }
}

}  // namespace tg::search
