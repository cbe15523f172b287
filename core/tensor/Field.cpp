#include "core/tensor/Field.h"

#include <algorithm>
#include <cctype>

namespace tg {

std::string fieldName(Field f) {
    switch (f) {
        case Field::Z:
            return "Z";
        case Field::Q:
            return "Q";
        case Field::Z2:
            return "Z2";
    }
    return "?";
}

std::optional<Field> parseField(std::string_view text) {
    std::string s(text);
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (s == "Z") return Field::Z;
    if (s == "Q") return Field::Q;
    if (s == "Z2" || s == "MOD2" || s == "F2" || s == "GF2") return Field::Z2;
    return std::nullopt;
}

}  // namespace tg
