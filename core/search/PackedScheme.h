#pragma once
// Conversions between Scheme (exact rationals, any size) and a walker's bit-packed terms, and
// from a walker's recorded edits to a SearchTrace.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/search/FlipWalker.h"
#include "core/search/SearchSnapshot.h"
#include "core/search/SearchTrace.h"
#include "core/tensor/Scheme.h"

namespace tg::search {

// Factors are one 64-bit word per bit plane.
inline constexpr int kMaxFactorLength = 64;

[[nodiscard]] inline bool fitsPacked(const TensorSize& size) {
    return size.isValid() && size.uSize() <= kMaxFactorLength && size.vSize() <= kMaxFactorLength &&
           size.wSize() <= kMaxFactorLength;
}

template <class Ring>
std::optional<typename FlipWalker<Ring>::PackedTerm> packTerm(const Term& t) {
    typename FlipWalker<Ring>::PackedTerm p{};
    const Factor* factors[3] = {&t.u, &t.v, &t.w};
    for (int k = 0; k < 3; ++k) {
        const Factor& f = *factors[k];
        if (f.size() > static_cast<std::size_t>(kMaxFactorLength)) return std::nullopt;
        for (std::size_t b = 0; b < f.size(); ++b)
            if (!Ring::fromCoefficient(f[b], static_cast<int>(b), p.f[k])) return std::nullopt;
    }
    return p;
}

// nullopt when a coefficient cannot be represented (not in {-1,0,1}, or even denominator mod 2).
template <class Ring>
std::optional<std::vector<typename FlipWalker<Ring>::PackedTerm>> packScheme(const Scheme& s) {
    std::vector<typename FlipWalker<Ring>::PackedTerm> out;
    out.reserve(s.terms.size());
    for (const Term& t : s.terms) {
        auto p = packTerm<Ring>(t);
        if (!p) return std::nullopt;
        out.push_back(*p);
    }
    return out;
}

template <class Ring>
Term unpackTerm(const TensorSize& size, const typename FlipWalker<Ring>::PackedTerm& p) {
    Term t;
    Factor* factors[3] = {&t.u, &t.v, &t.w};
    const int lengths[3] = {size.uSize(), size.vSize(), size.wSize()};
    for (int k = 0; k < 3; ++k) {
        factors[k]->resize(static_cast<std::size_t>(lengths[k]));
        for (int b = 0; b < lengths[k]; ++b)
            (*factors[k])[static_cast<std::size_t>(b)] = Ring::coefficient(p.f[k], b);
    }
    return t;
}

template <class Ring>
Scheme unpackScheme(const TensorSize& size,
                    const std::vector<typename FlipWalker<Ring>::PackedTerm>& terms) {
    Scheme s;
    s.size = size;
    s.field = Ring::kField;
    s.terms.reserve(terms.size());
    for (const auto& p : terms) s.terms.push_back(unpackTerm<Ring>(size, p));
    return s;
}

// A walker's terms as the portable words of a snapshot (SearchSnapshot.h), and back.
template <class Ring>
PackedWords toWords(const typename FlipWalker<Ring>::PackedTerm& t) {
    PackedWords out;
    for (int k = 0; k < 3; ++k) {
        if constexpr (Ring::kSigned) {
            out.w[static_cast<std::size_t>(k)] = t.f[k].pos;
            out.w[static_cast<std::size_t>(k) + 3] = t.f[k].neg;
        } else {
            out.w[static_cast<std::size_t>(k)] = t.f[k];
        }
    }
    return out;
}
template <class Ring>
typename FlipWalker<Ring>::PackedTerm fromWords(const PackedWords& in) {
    typename FlipWalker<Ring>::PackedTerm t{};
    for (int k = 0; k < 3; ++k) {
        if constexpr (Ring::kSigned) {
            t.f[k].pos = in.w[static_cast<std::size_t>(k)];
            t.f[k].neg = in.w[static_cast<std::size_t>(k) + 3];
        } else {
            t.f[k] = in.w[static_cast<std::size_t>(k)];
        }
    }
    return t;
}
template <class Ring>
PackedTerms toWords(const std::vector<typename FlipWalker<Ring>::PackedTerm>& terms) {
    PackedTerms out;
    out.reserve(terms.size());
    for (const auto& t : terms) out.push_back(toWords<Ring>(t));
    return out;
}
template <class Ring>
std::vector<typename FlipWalker<Ring>::PackedTerm> fromWords(const PackedTerms& terms) {
    std::vector<typename FlipWalker<Ring>::PackedTerm> out;
    out.reserve(terms.size());
    for (const auto& t : terms) out.push_back(fromWords<Ring>(t));
    return out;
}

inline std::string stepKindName(StepKind k) {
    switch (k) {
        case StepKind::Flip:
            return "flip";
        case StepKind::Reduction:
            return "reduction";
        case StepKind::Plus:
            return "plus";
    }
    return "flip";
}

template <class Ring>
SearchTrace traceFromEdits(const Scheme& start,
                           const std::vector<typename FlipWalker<Ring>::Edit>& edits) {
    using Edit = typename FlipWalker<Ring>::Edit;
    SearchTrace trace;
    trace.start = start;
    TraceStep current;
    for (const Edit& e : edits) {
        switch (e.op) {
            case Edit::EndStep:
                current.kind = stepKindName(e.kind);
                trace.steps.push_back(std::move(current));
                current = TraceStep{};
                break;
            case Edit::Set:
                current.edits.push_back(
                    {TraceEdit::Op::Set, e.index, unpackTerm<Ring>(start.size, e.term)});
                break;
            case Edit::Append:
                current.edits.push_back(
                    {TraceEdit::Op::Append, e.index, unpackTerm<Ring>(start.size, e.term)});
                break;
            case Edit::Remove:
                current.edits.push_back({TraceEdit::Op::Remove, e.index, {}});
                break;
        }
    }
    return trace;
}

}  // namespace tg::search
