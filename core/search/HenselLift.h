#pragma once
// Hensel lifting of a scheme valid mod 2 to a scheme valid over Z (or over Q with odd
// denominators, i.e. over the 2-adic integers restricted to rationals).
//
// The Brent equations F(X) = sum_r u_r (x) v_r (x) w_r - T = 0 are polynomial in the scheme's
// coefficients X. Given X_k with F(X_k) = 0 mod 2^k, every X_{k+1} = X_k + 2^k D with
// F(X_{k+1}) = 0 mod 2^{k+1} solves the linear system over GF(2)
//     J(X_0) D = -F(X_k) / 2^k   (mod 2),
// where J(X_0) is the Jacobian of F at the 0/1 representatives X_0 (the quadratic and cubic
// terms in 2^k D vanish mod 2^{k+1} for k >= 1). One Newton step per bit; after `bits` steps
// every coefficient is known mod 2^bits and is recovered as a rational a/b (b odd) by rational
// reconstruction, or read as a small integer (symmetric residue) after each step. Whatever is
// returned has been verified exactly with Verification (over Z, or over Q when a denominator
// is not 1).
//
// The solution of each step is an affine space: its directions include the symmetries of the
// scheme (scaling a term's factors, changes of basis) and genuine moduli. Those are fixed by a
// gauge: the first nonzero coefficient of u and of v of each term keeps its value 1, and free
// unknowns are 0 (so coefficients that are 0 mod 2 stay 0 when they can). If that gauge gives
// no rational point, a few random gauges are tried.
//
// When the system mod 4 (the first step) has no solution, no scheme over Z, and none over Q
// with odd denominators, reduces to the input mod 2: the result says so (`NoLiftMod4`). A
// failure at a later step only says that the chosen solutions of the earlier steps led nowhere.
#include <cstdint>
#include <optional>
#include <string>

#include "core/tensor/Scheme.h"

namespace tg::search {

struct HenselLiftOptions {
    int bits = 40;   // Newton steps (precision 2^bits); at most 60
    int gauges = 4;  // gauges tried (the first is the canonical one), at least 1
    std::uint64_t seed = 1;
};

struct HenselLiftResult {
    enum class Status {
        Lifted,           // `scheme` is valid over Z (integer coefficients) or Q
        NotValidMod2,     // the input is not a scheme valid mod 2
        NoLiftMod4,       // proof that no lift exists: the first linear system is inconsistent
        StepFailed,       // a later step had no solution in every gauge tried
        NoRationalPoint,  // all steps solved, but no gauge gave coefficients that reconstruct
    };
    Status status = Status::NotValidMod2;
    std::optional<Scheme> scheme;  // set when Lifted
    Field field = Field::Z;        // Z or Q, when Lifted
    int unknowns = 0;              // coefficients solved for (the gauge-fixed ones excluded)
    int equations = 0;             // entries of the tensor
    int kernelDim = 0;             // dimension of the solution space of each step
    int stepsDone = 0;             // Newton steps that succeeded (in the best gauge)
    int failedStep = 0;            // for StepFailed: the step k (precision 2^(k+1)) that failed
    int gaugesTried = 0;
    int maxAbsCoefficient = 0;  // of the lifted scheme (numerators and denominators)

    [[nodiscard]] bool lifted() const { return status == Status::Lifted; }
    // One line for users: "lifted to Z (coefficients up to 1)", "no lift: ... mod 4 ...".
    [[nodiscard]] std::string describe() const;
};

// `scheme` is read mod 2 (coefficients must have odd denominators). Factors of up to 64
// entries and any rank.
[[nodiscard]] HenselLiftResult henselLift(const Scheme& scheme,
                                          const HenselLiftOptions& options = {});

[[nodiscard]] std::string henselStatusName(HenselLiftResult::Status status);

// The rational a/b with b odd and |a|, b <= bound that is congruent to x mod 2^bits, if any
// (rational reconstruction; unique when 2 bound^2 < 2^bits). bits in 1..60.
[[nodiscard]] std::optional<Rational> rationalFrom2Adic(std::uint64_t x, int bits,
                                                        std::int64_t bound);

}  // namespace tg::search
