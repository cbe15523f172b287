#pragma once
// Which coefficients a move in TensorGame may use.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/tensor/Field.h"
#include "core/tensor/Rational.h"

namespace tg {

enum class CoefficientSet {
    Mod2,          // {0, 1}, arithmetic modulo 2
    Ternary,       // {-1, 0, 1} over Z
    Quinary,       // {-2, -1, 0, 1, 2} over Z: AlphaTensor's set F
    Unrestricted,  // any rational: replaying imported schemes (1/2, 1/8 appear in the literature)
};

[[nodiscard]] Field fieldOf(CoefficientSet set);
[[nodiscard]] bool contains(CoefficientSet set, const Rational& x);
// The values of a finite set in increasing order; empty for Unrestricted.
[[nodiscard]] std::vector<Rational> values(CoefficientSet set);
[[nodiscard]] std::string coefficientSetName(
    CoefficientSet set);  // "mod2", "-1..1", "-2..2", "any"
[[nodiscard]] std::optional<CoefficientSet> parseCoefficientSet(std::string_view text);
// The smallest set that holds every coefficient of a scheme meant for `field`.
[[nodiscard]] CoefficientSet coefficientSetFor(Field field, const std::vector<Rational>& used);

}  // namespace tg
