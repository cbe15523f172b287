#pragma once
// Schemes of square sizes <n,n,n> invariant under the cyclic symmetry (A, B, C) -> (B, C, A), in
// the orbit form the cyclic walker (CyclicWalker.h) works on.
//
// In the project's trace form (u indexes A, v indexes B, w indexes C transposed) the symmetry
// maps a term (u, v, w) to (v, w, u) and leaves the tensor of <n,n,n> unchanged; a scheme is
// invariant when its terms, as tensors, are closed under that map. Its terms then split into
//   orbits: a representative t with t, rot(t), rot2(t) (three terms), and
//   fixed terms: t with rot(t) equal to t as a tensor (mod 2: u = v = w).
// The expanded scheme lists each orbit as t, rot(t), rot2(t), orbits first, then the fixed terms;
// splitCyclic() reads that order back exactly (and any other order of an invariant scheme).
#include <optional>
#include <vector>

#include "core/search/FlipWalker.h"
#include "core/tensor/Scheme.h"

namespace tg::search {

[[nodiscard]] inline bool isCubic(const TensorSize& s) {
    return s.n == s.m && s.m == s.p;
}

// rotated(t, r).f[k] = t.f[(k + r) % 3]: rotated(t, 1) is (v, w, u).
template <class Ring>
typename FlipWalker<Ring>::PackedTerm rotated(const typename FlipWalker<Ring>::PackedTerm& t,
                                              int r) {
    typename FlipWalker<Ring>::PackedTerm out{};
    for (int k = 0; k < 3; ++k) out.f[k] = t.f[(k + r) % 3];
    return out;
}

// True when a and b are the same tensor (factors equal up to signs whose product is 1).
template <class Ring>
bool sameTensor(const typename FlipWalker<Ring>::PackedTerm& a,
                const typename FlipWalker<Ring>::PackedTerm& b) {
    int sign = 1;
    for (int k = 0; k < 3; ++k) {
        const int s = Ring::match(a.f[k], b.f[k]);
        if (s == 0) return false;
        sign *= s;
    }
    return sign == 1;
}

template <class Ring>
bool isRotationFixed(const typename FlipWalker<Ring>::PackedTerm& t) {
    return sameTensor<Ring>(t, rotated<Ring>(t, 1));
}

template <class Ring>
struct CyclicTerms {
    std::vector<typename FlipWalker<Ring>::PackedTerm> orbits;  // one representative each
    std::vector<typename FlipWalker<Ring>::PackedTerm> fixed;
    [[nodiscard]] int rank() const {
        return 3 * static_cast<int>(orbits.size()) + static_cast<int>(fixed.size());
    }
};

template <class Ring>
std::vector<typename FlipWalker<Ring>::PackedTerm> expandCyclic(const CyclicTerms<Ring>& c) {
    std::vector<typename FlipWalker<Ring>::PackedTerm> out;
    out.reserve(static_cast<std::size_t>(c.rank()));
    for (const auto& t : c.orbits)
        for (int r = 0; r < 3; ++r) out.push_back(rotated<Ring>(t, r));
    out.insert(out.end(), c.fixed.begin(), c.fixed.end());
    return out;
}

// The orbit form of an invariant scheme, or nullopt with `badTerm` the index of a term whose
// rotations are missing. Greedy in the order of the terms: a term fixed by the rotation is a
// fixed term, any other takes the first unused terms equal (as tensors) to its two rotations.
template <class Ring>
std::optional<CyclicTerms<Ring>> splitCyclic(
    const std::vector<typename FlipWalker<Ring>::PackedTerm>& terms, int* badTerm = nullptr) {
    CyclicTerms<Ring> out;
    std::vector<char> used(terms.size(), 0);
    auto take = [&](const typename FlipWalker<Ring>::PackedTerm& want, std::size_t from) {
        for (std::size_t j = from; j < terms.size(); ++j) {
            if (used[j] == 0 && sameTensor<Ring>(terms[j], want)) {
                used[j] = 1;
                return true;
            }
        }
        return false;
    };
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (used[i] != 0) continue;
        used[i] = 1;
        const auto& t = terms[i];
        if (isRotationFixed<Ring>(t)) {
            out.fixed.push_back(t);
            continue;
        }
        if (!take(rotated<Ring>(t, 1), i + 1) || !take(rotated<Ring>(t, 2), i + 1)) {
            if (badTerm) *badTerm = static_cast<int>(i);
            return std::nullopt;
        }
        out.orbits.push_back(t);
    }
    return out;
}

}  // namespace tg::search
