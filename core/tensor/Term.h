#pragma once
// One rank-1 term u (x) v (x) w of a scheme: the product
//   m = (sum_a u[a] * A_a) * (sum_b v[b] * B_b)
// contributing w[c] * m to the entry of C that index c stands for (C transposed, see TensorSize).

#include <vector>

#include "core/tensor/Rational.h"

namespace tg {

using Factor = std::vector<Rational>;

struct Term {
    Factor u;
    Factor v;
    Factor w;

    [[nodiscard]] bool hasZeroFactor() const;
    friend bool operator==(const Term&, const Term&) = default;
};

[[nodiscard]] bool isZero(const Factor& f);
[[nodiscard]] int nonZeroCount(const Factor& f);

}  // namespace tg
