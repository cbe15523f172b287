#pragma once
// Exact verification of a scheme against T<n,m,p> over Z, Q or Z2, with the wrong entries named.

#include <array>
#include <string>
#include <vector>

#include "core/tensor/Field.h"
#include "core/tensor/Rational.h"
#include "core/tensor/Scheme.h"

namespace tg {

struct WrongEntry {
    int a = 0;  // index into u (an entry of A)
    int b = 0;  // index into v (an entry of B)
    int c = 0;  // index into w (an entry of C, transposed)
    Rational expected;
    Rational actual;  // what the scheme's terms sum to there (reduced mod 2 over Z2)
    // The exact value in decimal ("1208925819614629174706177", "-5/36893488147419103232") when
    // it does not fit a Rational (64-bit parts), which only the arbitrary-precision check can
    // find; `actual` is 0 then and means nothing. Empty otherwise. describe() prints it.
    std::string actualText;
};

struct VerifyReport {
    Field field = Field::Q;
    bool valid = false;
    // Why the scheme cannot even be read in this field ("coefficient 1/2 in term 3 (u) is not an
    // integer"); empty when the identity itself was checked.
    std::string reason;
    std::vector<WrongEntry> wrong;  // at most kMaxListed, in index order
    long long wrongCount = 0;       // all of them
    // False: checked with 64-bit integers (the fast path, enough for published schemes). True:
    // those overflowed and the same check ran with arbitrary-precision integers (GMP). Either
    // way the answer is exact; the flag only says which arithmetic was needed.
    bool arbitraryPrecision = false;
    // Not checked: the work it would take (verificationWork) is past the limit asked for; the
    // reason says how much. `valid` is false, which here means unknown, not wrong.
    bool tooMuchWork = false;

    static constexpr std::size_t kMaxListed = 64;
};

// The products of coefficients a check sums: for each term, the nonzeros of u times those of v
// times those of w (saturating). Real schemes need a few million at most (<16,16,16> of rank
// 2401 from Strassen: 10 M); a dense <16,16,16> of rank 400 needs 6.7 billion, minutes of work.
[[nodiscard]] std::int64_t verificationWork(const Scheme& scheme);
// About half a second here: every published scheme is far below it.
inline constexpr std::int64_t kVerifyWorkLimit = 200'000'000;

[[nodiscard]] VerifyReport verify(const Scheme& scheme, Field field,
                                  std::int64_t workLimit = kVerifyWorkLimit);
// Z, Q and Z2 in that order; cheaper than three calls (the Z check reuses the Q sum).
[[nodiscard]] std::array<VerifyReport, 3> verifyAll(const Scheme& scheme,
                                                    std::int64_t workLimit = kVerifyWorkLimit);

// The field a scheme is most naturally read in when its source does not say: Z if it is valid
// over the integers, else Q, else Z2; if it is valid nowhere, Z for integral schemes, else Q
// (also when checking would take more than kVerifyWorkLimit).
[[nodiscard]] Field inferField(const Scheme& scheme);

// "a12*b21 -> c11: expected 1, got 0": one wrong entry in the labels readers use.
[[nodiscard]] std::string describe(const TensorSize& size, const WrongEntry& e);
// A multi-line summary: "valid over Q" or the reason / the wrong entries.
[[nodiscard]] std::string describe(const TensorSize& size, const VerifyReport& r);

}  // namespace tg
