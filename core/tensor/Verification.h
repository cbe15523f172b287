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
};

struct VerifyReport {
    Field field = Field::Q;
    bool valid = false;
    // Why the scheme cannot even be read in this field ("coefficient 1/2 in term 3 (u) is not an
    // integer"); empty when the identity itself was checked.
    std::string reason;
    std::vector<WrongEntry> wrong;  // at most kMaxListed, in index order
    long long wrongCount = 0;       // all of them

    static constexpr std::size_t kMaxListed = 64;
};

[[nodiscard]] VerifyReport verify(const Scheme& scheme, Field field);
// Z, Q and Z2 in that order; cheaper than three calls (the Z check reuses the Q sum).
[[nodiscard]] std::array<VerifyReport, 3> verifyAll(const Scheme& scheme);

// The field a scheme is most naturally read in when its source does not say: Z if it is valid
// over the integers, else Q, else Z2; if it is valid nowhere, Z for integral schemes, else Q.
[[nodiscard]] Field inferField(const Scheme& scheme);

// "a12*b21 -> c11: expected 1, got 0": one wrong entry in the labels readers use.
[[nodiscard]] std::string describe(const TensorSize& size, const WrongEntry& e);
// A multi-line summary: "valid over Q" or the reason / the wrong entries.
[[nodiscard]] std::string describe(const TensorSize& size, const VerifyReport& r);

}  // namespace tg
