#pragma once
// Exact endgame of TensorGame for small residuals.
//
// If a residual needs at most b more moves and one of its flattening ranks equals b ("tight"),
// every move of a b-move solution must lower that rank by one, and a rank-1 term u(x)v(x)w
// lowers the rank of the flattening along A only if v(x)w lies in its row span (likewise for
// B and C). Mod 2 those (v, w) are found by enumerating the span itself (2^b - 1 elements,
// kept when they are outer products), which is what makes 3x3 endgames affordable (511^2 pairs
// otherwise). That condition cuts the moves of a tight state from |U||V||W| to a handful, so a
// depth-first search decides tight states exactly: it finds a solution, proves there is none
// among tight continuations, or says Unknown when it meets a state with slack (no flattening
// rank equal to the moves left) or runs out of its node budget. A state that is not tight at
// all is Unknown at once: the solver never guesses. Mod 2, for sizes whose flattenings fit bit
// rows (Gf2Flattenings.h: <4,4,4> and smaller), the search runs on bit rows and takes the
// lowering moves straight from the span; over Z (and larger sizes mod 2) on ints and ModSpan.
#include <array>
#include <cstdint>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/search/IntResidual.h"

namespace tg::search {

struct EndgameLimits {
    // Pairs of factors enumerated per state (mod 2: elements of the span, 2^b - 1); above it
    // the state is Unknown (3x3 over Z has 19682^2 / 4 pairs, far too many; 2x2 mod 2 has 225).
    long long maxPairs = 60000;
    long long maxNodes = 20000;  // states visited per call
};

enum class EndgameOutcome { Solved, Impossible, Unknown };

struct EndgameResult {
    EndgameOutcome outcome = EndgameOutcome::Unknown;
    std::vector<Action> moves;  // when Solved: the moves, in order, that reach zero
};

// Every nonzero vector of `length` over the set's values (mod 2: {0,1}; over Z the values of
// `set`); with canonicalSign, only those whose first nonzero entry is positive.
[[nodiscard]] std::vector<std::vector<int>> factorVectors(int length, CoefficientSet set,
                                                          bool canonicalSign);
// How many factorVectors(length, set, canonicalSign) lists, without listing them (saturating at
// 2^62): a <5,5,5> factor has 2^25 - 1 vectors mod 2, which callers must refuse before building.
[[nodiscard]] long long factorCount(int length, CoefficientSet set, bool canonicalSign);
// factorVectors, built once per (length, set, canonicalSign) for the whole process and shared
// by every thread (the tree search asks on every expansion).
[[nodiscard]] const std::vector<std::vector<int>>& factorTable(int length, CoefficientSet set,
                                                               bool canonicalSign);

// Decides whether `residual` can reach zero in at most `budget` moves with coefficients from
// `set` (see above for what Unknown means).
[[nodiscard]] EndgameResult solveEndgame(const IntResidual& residual, int budget,
                                         CoefficientSet set, const EndgameLimits& limits = {});

// True when some flattening rank of `residual` equals `budget` (the solver applies).
[[nodiscard]] bool isTight(const IntResidual& residual, int budget);
// The same from its flattening ranks, when the caller has them already.
[[nodiscard]] bool isTight(const std::array<int, 3>& ranks, int budget);

}  // namespace tg::search
