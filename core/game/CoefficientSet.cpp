#include "core/game/CoefficientSet.h"

#include <algorithm>

namespace tg {

Field fieldOf(CoefficientSet set) {
    switch (set) {
        case CoefficientSet::Mod2:
            return Field::Z2;
        case CoefficientSet::Ternary:
        case CoefficientSet::Quinary:
            return Field::Z;
        case CoefficientSet::Unrestricted:
            return Field::Q;
    }
    return Field::Q;
}

bool contains(CoefficientSet set, const Rational& x) {
    switch (set) {
        case CoefficientSet::Mod2:
            return x == Rational(0) || x == Rational(1);
        case CoefficientSet::Ternary:
            return x.isInteger() && x.num() >= -1 && x.num() <= 1;
        case CoefficientSet::Quinary:
            return x.isInteger() && x.num() >= -2 && x.num() <= 2;
        case CoefficientSet::Unrestricted:
            return true;
    }
    return false;
}

std::vector<Rational> values(CoefficientSet set) {
    switch (set) {
        case CoefficientSet::Mod2:
            return {0, 1};
        case CoefficientSet::Ternary:
            return {-1, 0, 1};
        case CoefficientSet::Quinary:
            return {-2, -1, 0, 1, 2};
        case CoefficientSet::Unrestricted:
            return {};
    }
    return {};
}

std::string coefficientSetName(CoefficientSet set) {
    switch (set) {
        case CoefficientSet::Mod2:
            return "mod2";
        case CoefficientSet::Ternary:
            return "-1..1";
        case CoefficientSet::Quinary:
            return "-2..2";
        case CoefficientSet::Unrestricted:
            return "any";
    }
    return "?";
}

std::optional<CoefficientSet> parseCoefficientSet(std::string_view text) {
    if (text == "mod2" || text == "Z2" || text == "0..1") return CoefficientSet::Mod2;
    if (text == "-1..1" || text == "ternary") return CoefficientSet::Ternary;
    if (text == "-2..2" || text == "quinary") return CoefficientSet::Quinary;
    if (text == "any" || text == "Q" || text == "Z") return CoefficientSet::Unrestricted;
    return std::nullopt;
}

CoefficientSet coefficientSetFor(Field field, const std::vector<Rational>& used) {
    if (field == Field::Z2) return CoefficientSet::Mod2;
    if (field == Field::Q) return CoefficientSet::Unrestricted;
    const bool ternary = std::all_of(used.begin(), used.end(), [](const Rational& x) {
        return contains(CoefficientSet::Ternary, x);
    });
    if (ternary) return CoefficientSet::Ternary;
    const bool quinary = std::all_of(used.begin(), used.end(), [](const Rational& x) {
        return contains(CoefficientSet::Quinary, x);
    });
    return quinary ? CoefficientSet::Quinary : CoefficientSet::Unrestricted;
}

}  // namespace tg
