#pragma once
// A decomposition of the matrix-multiplication tensor T<n,m,p> into rank-1 terms: an algorithm
// that multiplies an n x m by an m x p matrix with rank() multiplications.

#include <stdexcept>
#include <string>
#include <vector>

#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"
#include "core/tensor/Term.h"

namespace tg {

// Thrown for schemes whose shape is inconsistent (factor lengths that do not match the size).
class SchemeError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Readers refuse files that claim more terms than this: no published scheme comes close
// (AlphaTensor's largest has 928), and a hostile file must not make us allocate without bound.
inline constexpr int kMaxTerms = 100000;

struct Scheme {
    TensorSize size;
    // The ring the scheme is meant for (what its source says). Verification can be asked for any
    // field; this one decides how coefficients are shown and which check the UI leads with.
    Field field = Field::Z;
    std::vector<Term> terms;
    std::string name;         // e.g. "Strassen (1969)"
    std::string description;  // provenance, free text

    [[nodiscard]] int rank() const { return static_cast<int>(terms.size()); }
    // Throws SchemeError naming the first term whose factor lengths do not fit the size.
    void checkShape() const;
    // True when every coefficient is an integer.
    [[nodiscard]] bool isIntegral() const;
    // True when every coefficient has an odd denominator, i.e. the scheme can be read mod 2.
    [[nodiscard]] bool isReducibleMod2() const;
    // The field a scheme with these coefficients is most naturally read in.
    [[nodiscard]] Field naturalField() const;
};

// Equality of the mathematical content (size and terms in order), ignoring names.
[[nodiscard]] bool sameTerms(const Scheme& a, const Scheme& b);

}  // namespace tg
