#include "core/catalog/BestKnownRanks.h"

#include <algorithm>
#include <array>

namespace tg {

namespace {

struct KnownRank {
    int n, m, p;  // ascending
    int overZ;
    int overQ;
    int mod2;
};

// docs/domain.md, "Best known ranks (mid-2026)".
constexpr std::array<KnownRank, 19> kKnown{{
    {2, 2, 2, 7, 7, 7},    {2, 2, 3, 11, 11, 11}, {2, 2, 4, 14, 14, 14}, {2, 2, 5, 18, 18, 18},
    {2, 3, 3, 15, 15, 15}, {2, 3, 4, 20, 20, 20}, {2, 3, 5, 25, 25, 25}, {2, 4, 4, 26, 26, 26},
    {2, 4, 5, 33, 32, 33}, {2, 5, 5, 40, 40, 40}, {3, 3, 3, 23, 23, 23}, {3, 3, 4, 29, 29, 29},
    {3, 3, 5, 36, 36, 36}, {3, 4, 4, 38, 38, 38}, {3, 4, 5, 47, 47, 47}, {3, 5, 5, 58, 58, 58},
    {4, 4, 4, 49, 48, 47}, {4, 4, 5, 61, 61, 60}, {4, 5, 5, 76, 76, 73},
}};

constexpr KnownRank kFiveCubed{5, 5, 5, 93, 93, 93};

}  // namespace

std::optional<int> bestKnownRank(const TensorSize& size, Field field) {
    if (!size.isValid()) return std::nullopt;
    std::array<int, 3> d{size.n, size.m, size.p};
    std::sort(d.begin(), d.end());
    // <1,m,p> is a matrix-vector product: every one of its m*p products is needed.
    if (d[0] == 1) return d[1] * d[2];
    auto pick = [field](const KnownRank& k) {
        return field == Field::Z2 ? k.mod2 : field == Field::Q ? k.overQ : k.overZ;
    };
    if (d == std::array<int, 3>{5, 5, 5}) return pick(kFiveCubed);
    for (const KnownRank& k : kKnown)
        if (k.n == d[0] && k.m == d[1] && k.p == d[2]) return pick(k);
    return std::nullopt;
}

}  // namespace tg
