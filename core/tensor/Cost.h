#pragma once
// What evaluating a scheme costs, counted the way the literature counts it.

#include "core/tensor/Scheme.h"

namespace tg {

struct Cost {
    int multiplications = 0;  // products m_r of a linear form in A by one in B (the rank)
    // Additions and subtractions of the straightforward evaluation: forming each linear form of
    // A and B, then each entry of C, with no sharing of common subexpressions.
    int additions = 0;
    // Multiplications by a constant other than +-1 (e.g. 2*a11 or 1/2*m3); not counted above.
    int scalings = 0;
};

[[nodiscard]] Cost cost(const Scheme& s);

}  // namespace tg

namespace tg {

// Additions when common subexpressions are computed once: the greedy pairing used in the
// literature (repeatedly name the pair x + r*y that occurs in the most linear forms, as long as
// it occurs in two or more), applied separately to the A forms, the B forms and the entries of
// C. Winograd's variant of Strassen goes from 24 to 15 additions this way. A heuristic: it gives
// an upper bound on the optimum, not the optimum. Quadratic in the form sizes; meant for the
// schemes people read, not for rank-900 ones.
[[nodiscard]] int additionsWithSharing(const Scheme& s);

}  // namespace tg
