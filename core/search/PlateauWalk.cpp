#include "core/search/PlateauWalk.h"

#include "core/search/CoefficientRing.h"
#include "core/search/FlipWalker.h"
#include "core/search/IntResidual.h"
#include "core/search/PackedScheme.h"

namespace tg::search {

namespace {

template <class Ring>
std::vector<Action> walk(const std::vector<Action>& terms, const TensorSize& size,
                         CoefficientSet set, int flips, std::uint64_t seed) {
    using Walker = FlipWalker<Ring>;
    std::vector<typename Walker::PackedTerm> packed;
    packed.reserve(terms.size());
    for (const Action& a : terms) {
        const auto p = packTerm<Ring>(termOf(a));
        if (!p) return terms;  // a coefficient outside the ring: no walk
        packed.push_back(*p);
    }
    const auto movesOf = [&](const std::vector<typename Walker::PackedTerm>& scheme) {
        std::vector<Action> out;
        out.reserve(scheme.size());
        for (const auto& p : scheme)
            out.push_back(canonicalAction(actionOf(unpackTerm<Ring>(size, p)), set));
        return out;
    };
    Walker walker(std::move(packed), seed);
    const int rank = walker.rank();
    std::vector<typename Walker::PackedTerm> before = walker.terms();
    for (int f = 0; f < flips && walker.hasFlips(); ++f) {
        if (!walker.flip()) continue;
        if (walker.rank() != rank) return movesOf(before);  // the flip before a reduction
        before = walker.terms();
    }
    return movesOf(walker.terms());
}

}  // namespace

std::vector<Action> walkPlateau(const std::vector<Action>& terms, const TensorSize& size,
                                CoefficientSet set, int flips, std::uint64_t seed) {
    if (flips <= 0 || terms.size() < 2) return terms;
    switch (set) {
        case CoefficientSet::Mod2:
            return walk<Mod2Ring>(terms, size, set, flips, seed);
        case CoefficientSet::Ternary:
            return walk<TernaryRing>(terms, size, set, flips, seed);
        case CoefficientSet::Quinary:
        case CoefficientSet::Unrestricted:
            break;
    }
    return terms;
}

}  // namespace tg::search
