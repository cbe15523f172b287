#pragma once
// FlipWalker's reductions (FlipWalker.h): merging two terms that share two factors, and mod 2 the
// dependent sets, where the factors at one position of three or more terms sharing another sum
// to zero. Included at the end of FlipWalker.h, after the class (so it does not include
// FlipWalker.h back: the includes go one way); not meant to be included on its own.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace tg::search {

// The first subset of the m <= 32 vectors over GF(2) that sums to zero, by elimination in their
// order: its bit mask (bit n for vector n) with `last` its highest member, or 0 when the vectors
// are independent. Shared by the plain and the cyclic walkers' dependent-set reductions.
inline std::uint32_t firstDependentSet(const std::uint64_t* vectors, int m, int& last) {
    std::uint64_t basis[32];
    std::uint32_t combo[32];
    int pivots[32];
    int rows = 0;
    for (int n = 0; n < m; ++n) {
        std::uint64_t v = vectors[n];
        std::uint32_t c = std::uint32_t{1} << n;
        for (int r = 0; r < rows; ++r) {
            if (((v >> pivots[r]) & 1) != 0) {
                v ^= basis[r];
                c ^= combo[r];
            }
        }
        if (v == 0) {
            last = n;
            return c;
        }
        basis[rows] = v;
        combo[rows] = c;
        pivots[rows] = std::countr_zero(v);
        ++rows;
    }
    return 0;
}

template <class Ring>
bool FlipWalker<Ring>::mergeOnceTracked(int& a, int& pos, int* const* tracked, int trackedCount) {
    const int r = rank();
    const PackedTerm ta = terms_[static_cast<std::size_t>(a)];
    // With a known changed factor only the terms in its bucket can merge, and there are
    // few of them (settle() calls only when there is another: hasPartner). The loop returns
    // as soon as it edits the list.
    const int bucket = pos >= 0 ? bucketOf(a, pos) : -1;
    const int count = bucket >= 0 ? buckets_.size(bucket) : r;
    for (int c = 0; c < count; ++c) {
        const int o = bucket >= 0 ? buckets_.at(bucket, c) : c;
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
        setFactor(a, rest, sum);
        record(Edit::Set, a, terms_[static_cast<std::size_t>(a)]);
        int* all[kMaxTracked];
        int n = 0;
        all[n++] = &a;
        for (int x = 0; x < trackedCount; ++x) all[n++] = tracked[x];
        removeTermTracked(o, all, n);
        if (Ring::isZero(sum)) removeTermTracked(a, all, n);
        pos = rest;
        return true;
    }
    return false;
}

template <class Ring>
std::uint32_t FlipWalker<Ring>::dependentSet(int id, int p, int& last) const {
    const std::span<const int> bucket = buckets_.members(id);
    const int m = static_cast<int>(bucket.size());
    if (m < 3 || m > kMaxDependent) return 0;
    std::uint64_t values[kMaxDependent];
    for (int n = 0; n < m; ++n)
        values[n] = terms_[static_cast<std::size_t>(bucket[static_cast<std::size_t>(n)])].f[p];
    return firstDependentSet(values, m, last);
}

template <class Ring>
bool FlipWalker<Ring>::reduceDependentOnce(int t, int* const* tracked, int trackedCount,
                                           int* changed, int& changedCount, const int* clean,
                                           int cleanCount) {
    for (int k = 0; k < 3; ++k) {
        const int id = bucketOf(t, k);
        // Most buckets are too small to hold a set: that test first, the list of clean ones after.
        const int size = buckets_.size(id);
        if (size < 3 || size > kMaxDependent) continue;
        if (std::find(clean, clean + cleanCount, id) != clean + cleanCount) continue;
        for (int step = 1; step <= 2; ++step) {
            const int p = (k + step) % 3;
            const int q = (k + 3 - step) % 3;
            int lastPos = -1;
            const std::uint32_t set = dependentSet(id, p, lastPos);
            if (set == 0) continue;
            const std::span<const int> bucket = buckets_.members(id);
            int members[kMaxDependent];
            int count = 0;
            for (int n = 0; n < static_cast<int>(bucket.size()); ++n)
                if (((set >> n) & 1) != 0 && n != lastPos)
                    members[count++] = bucket[static_cast<std::size_t>(n)];
            int gone = bucket[static_cast<std::size_t>(lastPos)];
            const Vec y = terms_[static_cast<std::size_t>(gone)].f[q];
            for (int n = 0; n < count; ++n) {
                const int o = members[n];
                setFactor(o, q, terms_[static_cast<std::size_t>(o)].f[q] ^ y);
                record(Edit::Set, o, terms_[static_cast<std::size_t>(o)]);
            }
            // Remove `gone`, then every member whose y became zero; all indices tracked. (Zeroed:
            // GCC cannot see that n0 bounds the reads.)
            int* all[kMaxTracked]{};
            int n0 = 0;
            for (int n = 0; n < trackedCount; ++n) all[n0++] = tracked[n];
            for (int n = 0; n < count; ++n) all[n0++] = &members[n];
            removeTermTracked(gone, all, n0);
            for (int n = 0; n < count; ++n) {
                if (members[n] >= 0 &&
                    Ring::isZero(terms_[static_cast<std::size_t>(members[n])].f[q]))
                    removeTermTracked(members[n], all, n0);
            }
            changedCount = 0;
            for (int n = 0; n < count; ++n)
                if (members[n] >= 0) changed[changedCount++] = members[n];
            return true;
        }
    }
    return false;
}

template <class Ring>
void FlipWalker<Ring>::reduceDependentAround(int& a, int& c) {
    int work[kMaxDependent + 2];
    int workCount = 0;
    if (a >= 0) work[workCount++] = a;
    if (c >= 0) work[workCount++] = c;
    // Buckets searched since the term list last changed, in which there is no dependent set:
    // after a flip the two changed terms share a bucket, which is then searched once.
    constexpr int kMaxClean = 3 * (kMaxDependent + 2);
    int clean[kMaxClean];
    int cleanCount = 0;
    while (workCount > 0) {
        const int t = work[--workCount];
        if (t < 0) continue;
        // Most terms are in no bucket of three or more (the smallest that can hold a set): the
        // common case, decided before any bookkeeping. (Such buckets need not go on the clean
        // list either: reduceDependentOnce skips them first.)
        if (!inLargeBucket(t)) continue;
        int changed[kMaxDependent];
        int changedCount = 0;
        int* tracked[kMaxTracked];
        int nt = 0;
        tracked[nt++] = &a;
        tracked[nt++] = &c;
        for (int n = 0; n < workCount; ++n) tracked[nt++] = &work[n];
        if (!reduceDependentOnce(t, tracked, nt, changed, changedCount, clean, cleanCount)) {
            for (int k = 0; k < 3 && cleanCount < kMaxClean; ++k)
                clean[cleanCount++] = bucketOf(t, k);
            continue;
        }
        cleanCount = 0;
        // Changed terms may now share two factors with another term, or be part of a new
        // dependent set: merge them and look again around them.
        for (int n = 0; n < changedCount; ++n) {
            int x = changed[n];
            int any = -1;
            int* tr[kMaxTracked];
            int m = 0;
            tr[m++] = &a;
            tr[m++] = &c;
            for (int w = 0; w < workCount; ++w) tr[m++] = &work[w];
            for (int w = n + 1; w < changedCount; ++w) tr[m++] = &changed[w];
            while (x >= 0 && mergeOnceTracked(x, any, tr, m)) any = -1;
            if (x >= 0 && workCount < kMaxDependent) work[workCount++] = x;
        }
    }
}

}  // namespace tg::search
