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

// kKnown: generated at build time from data/published/catalog.json, the schemes the project
// ships (cmake/BestKnownRanksTable.cmake); tst_published checks the catalogue against the files.
#include "BestKnownRanksTable.inc"

}  // namespace

std::optional<int> bestKnownRank(const TensorSize& size, Field field) {
    if (!size.isValid()) return std::nullopt;
    std::array<int, 3> d{size.n, size.m, size.p};
    std::sort(d.begin(), d.end());
    // <1,m,p> is a matrix-vector product: every one of its m*p products is needed.
    if (d[0] == 1) return d[1] * d[2];
    for (const KnownRank& k : kKnown)
        if (k.n == d[0] && k.m == d[1] && k.p == d[2])
            return field == Field::Z2 ? k.mod2 : field == Field::Q ? k.overQ : k.overZ;
    return std::nullopt;
}

}  // namespace tg
