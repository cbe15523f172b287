#pragma once
// The distinct schemes of one rank a walker restarts from (FlipSearchParams::poolSize).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/search/FlipWalker.h"
#include "core/search/PackedScheme.h"
#include "core/search/Rng.h"

namespace tg::search {

// A hash of a scheme that does not depend on the order of its terms (a sum over the terms)
// nor on the signs of factors (keys are sign-normalised), for telling pool members apart.
template <class Ring>
std::uint64_t schemeHash(const std::vector<typename FlipWalker<Ring>::PackedTerm>& terms) {
    std::uint64_t h = 0;
    for (const auto& t : terms) {
        std::uint64_t x = Ring::hash(Ring::key(t.f[0]));
        x = (x ^ (x >> 29)) * 0xbf58476d1ce4e5b9ULL + Ring::hash(Ring::key(t.f[1]));
        x = (x ^ (x >> 31)) * 0x94d049bb133111ebULL + Ring::hash(Ring::key(t.f[2]));
        h += x ^ (x >> 32);
    }
    return h;
}

// Distinct schemes of one rank (told apart by schemeHash), for restarts; when full, a new one
// replaces a random member.
template <class Ring>
class SchemePool {
  public:
    using Terms = std::vector<typename FlipWalker<Ring>::PackedTerm>;
    explicit SchemePool(int capacity) : capacity_(capacity) {}

    void add(const Terms& terms, Rng& rng) {
        const std::uint64_t h = schemeHash<Ring>(terms);
        if (std::find(hashes_.begin(), hashes_.end(), h) != hashes_.end()) return;
        if (static_cast<int>(schemes_.size()) < capacity_) {
            schemes_.push_back(terms);
            hashes_.push_back(h);
            return;
        }
        const std::size_t at = rng.below(static_cast<std::uint32_t>(schemes_.size()));
        schemes_[at] = terms;
        hashes_[at] = h;
    }
    void clear() {
        schemes_.clear();
        hashes_.clear();
    }
    [[nodiscard]] std::size_t size() const { return schemes_.size(); }
    // The members in order as a snapshot keeps them, and a pool refilled from those.
    [[nodiscard]] std::vector<PackedTerms> words() const {
        std::vector<PackedTerms> out;
        for (const Terms& t : schemes_) out.push_back(toWords<Ring>(t));
        return out;
    }
    void assign(const std::vector<PackedTerms>& members) {
        clear();
        for (const PackedTerms& m : members) {
            schemes_.push_back(fromWords<Ring>(m));
            hashes_.push_back(schemeHash<Ring>(schemes_.back()));
        }
    }
    [[nodiscard]] const Terms& pick(Rng& rng) const {
        return schemes_[rng.below(static_cast<std::uint32_t>(schemes_.size()))];
    }

  private:
    int capacity_;
    std::vector<Terms> schemes_;
    std::vector<std::uint64_t> hashes_;
};

}  // namespace tg::search
