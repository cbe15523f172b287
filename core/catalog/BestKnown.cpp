#include "core/catalog/BestKnown.h"

#include <algorithm>
#include <array>

namespace tg {

namespace {

struct Known {
    std::array<int, 3> size;  // ascending
    int overZ;
    int overQ;
    int mod2;
};

// Hopcroft-Kerr for 2xmxp, Laderman 3x3x3, AlphaTensor, AlphaEvolve and flip-graph records.
constexpr Known kTable[] = {
    {{1, 1, 1}, 1, 1, 1},    {{2, 2, 2}, 7, 7, 7},    {{2, 2, 3}, 11, 11, 11},
    {{2, 2, 4}, 14, 14, 14}, {{2, 2, 5}, 18, 18, 18}, {{2, 3, 3}, 15, 15, 15},
    {{2, 3, 4}, 20, 20, 20}, {{2, 3, 5}, 25, 25, 25}, {{2, 4, 4}, 26, 26, 26},
    {{2, 4, 5}, 33, 32, 33}, {{2, 5, 5}, 40, 40, 40}, {{3, 3, 3}, 23, 23, 23},
    {{3, 3, 4}, 29, 29, 29}, {{3, 3, 5}, 36, 36, 36}, {{3, 4, 4}, 38, 38, 38},
    {{3, 4, 5}, 47, 47, 47}, {{3, 5, 5}, 58, 58, 58}, {{4, 4, 4}, 49, 48, 47},
    {{4, 4, 5}, 61, 61, 60}, {{4, 5, 5}, 76, 76, 73}, {{5, 5, 5}, 93, 93, 93},
};

}  // namespace

std::optional<int> bestKnownRank(const TensorSize& size, Field field) {
    std::array<int, 3> s{size.n, size.m, size.p};
    std::sort(s.begin(), s.end());
    // <1,m,p> is a plain matrix-vector style product: rank m*p, nothing to gain.
    if (s[0] == 1) return s[1] * s[2];
    for (const Known& k : kTable)
        if (k.size == s) return field == Field::Z2 ? k.mod2 : field == Field::Q ? k.overQ : k.overZ;
    return std::nullopt;
}

}  // namespace tg
