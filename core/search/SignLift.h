#pragma once
// Lifting a scheme valid mod 2 to one valid over Z, the first step of Hensel lifting.
//
// What is implemented (and what is not): every coefficient 1 of the mod-2 scheme becomes +1 or
// -1 and every 0 stays 0, i.e. X = X0 - 2D with D a 0/1 vector on the support of X0. Such an X
// is congruent to X0 mod 2, and T - sum(X) = 0 mod 4 is a linear system over GF(2) in D
// (the Jacobian of the scheme at X0 times D equals half the integer residual of X0). Solving it
// is the Hensel step from mod 2 to mod 4; the solution space is an affine space whose
// directions include the trivial sign changes of each term (negate two of its factors), which
// are fixed first. The remaining candidates (the particular solution, then random points of
// the affine space) are checked exactly over Z, and the first valid one is returned. A lift
// that needs coefficients outside {-1, 0, 1}, or rational ones (Hensel steps to mod 8, 16, ...
// with rational reconstruction), is not attempted: the result is then nullopt.
#include <cstdint>
#include <optional>

#include "core/tensor/Scheme.h"

namespace tg::search {

struct SignLiftStats {
    int unknowns = 0;    // signs left after the trivial ones are fixed
    int kernelDim = 0;   // dimension of the affine solution space mod 4
    int candidates = 0;  // candidates checked over Z
    bool solvableMod4 = false;
};

// `scheme` must be valid mod 2 (coefficients are read mod 2). Returns a scheme valid over Z
// with coefficients in {-1, 0, 1} and the same support, or nullopt.
[[nodiscard]] std::optional<Scheme> signLift(const Scheme& scheme, std::uint64_t seed = 1,
                                             int maxCandidates = 256,
                                             SignLiftStats* stats = nullptr);

}  // namespace tg::search
