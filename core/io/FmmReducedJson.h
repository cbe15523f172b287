#pragma once
// The FastMatrixMultiplication collection's "addition-reduced" JSON: a scheme written with its
// common subexpressions named, so that the file also says how many additions it needs:
//   {"n": [n, m, p], "m": R, "z2": false, "complexity": {"naive": N, "reduced": K},
//    "u_fresh": [[{"index": 2, "value": 1}, {"index": 3, "value": 1}], ...],
//    "u": R sparse lists, "v_fresh": ..., "v": R lists, "w_fresh": ..., "w": p*n lists}
// A u list (or u_fresh list) sums entries of A (index 0..nm-1) and fresh variables (index nm+k
// = u_fresh[k]); a fresh variable may use only earlier ones. v likewise over B (mp + k). "w"
// has one list per entry of C transposed (the AlphaTensor w index); it sums products (index
// 0..R-1) and fresh w variables (R + k), whose own lists range over products and earlier fresh
// w variables. A negative index -(base + k) stands for minus fresh variable k. Values are
// integers, or (on our reading and writing) fractions as "p/q" strings or exact JSON numbers.
// The stated addition count is, for every list, fresh or not, its number of entries - 1.

#include <optional>
#include <string>

#include "core/tensor/Scheme.h"

namespace tg {

struct ReducedFmmScheme {
    Scheme scheme;                       // AlphaTensor's convention, as the plain FMM JSON
    std::optional<int> statedAdditions;  // "complexity": {"reduced": K}
    std::optional<int> statedNaive;      // "complexity": {"naive": N}
    int countedAdditions = 0;            // recounted from the lists: sum of (entries - 1)
};

// True when the text looks like this form (a JSON object with fresh-variable lists).
[[nodiscard]] bool looksLikeFmmReducedJson(const std::string& text);

// Throws LoadError naming the file, the list and the problem: indices out of range, forward or
// self references among fresh variables, non-integer indices (or values, when "z2" is true),
// list counts that do not fit n, m, p and R, and expansions beyond a fixed work budget.
[[nodiscard]] ReducedFmmScheme readFmmReducedJson(const std::string& text,
                                                  const std::string& origin);

// Writes the scheme with the fresh variables of shareSubexpressions(), so that "reduced" equals
// additionsWithSharing() and "naive" cost().additions. Terms with a zero factor compute nothing
// and are left out. Each fresh variable x + r*y is written scaled so that its values are whole
// numbers when possible ("y + (1/r)*x" when 1/r is an integer, the uses rescaled to match);
// values that stay fractional (rational schemes) are written as "p/q" strings, the way the
// collection's plain JSON writes fractions.
[[nodiscard]] std::string writeFmmReducedJson(const Scheme& scheme);

}  // namespace tg
