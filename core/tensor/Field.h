#pragma once
// The rings a scheme can be meant for and verified over.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tg {

enum class Field {
    Z,   // integer coefficients; the identity holds over the integers
    Q,   // rational coefficients (1/2, 1/8 appear in published schemes)
    Z2,  // coefficients modulo 2 (AlphaTensor's f2 schemes, Kauers–Moosbauer mod2 files)
};

inline constexpr std::array<Field, 3> kAllFields{Field::Z, Field::Q, Field::Z2};

[[nodiscard]] std::string fieldName(Field f);
// Accepts "Z", "Q", "Z2" (also "mod2", "F2", "GF2"), case-insensitive.
[[nodiscard]] std::optional<Field> parseField(std::string_view text);

}  // namespace tg
