#pragma once
// What every JSON reader shares so that no file can crash, hang or fool it: parsing with a
// bound on nesting, numbers checked against the type they are read into, and values described
// in error messages by a bounded text, never by dump() (which recurses into the whole value).
//
// Internal to core: nlohmann-json is a private dependency, so only core's .cpp files include it.

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "core/tensor/Rational.h"
#include "core/tensor/TensorSize.h"

namespace tg {

// Deepest nesting of arrays and objects a file may have. The formats need at most 4; walking,
// copying or printing a value recurses once per level, so a million levels would overflow the
// stack.
inline constexpr int kMaxJsonDepth = 64;

// Whether `text` nests arrays and objects deeper than `limit`: a linear scan of its brackets
// outside strings, before any parser sees it (the model files' reader uses a smaller limit).
[[nodiscard]] bool jsonNestsDeeperThan(std::string_view text, int limit);

// Throws LoadError "ORIGIN: nested deeper than 64 ..." when `text` nests arrays and objects
// deeper than kMaxJsonDepth: a linear scan of the bytes, for readers that parse by themselves.
void checkJsonDepth(const std::string& text, const std::string& origin);

// Parses `text`, refusing nesting deeper than kMaxJsonDepth before anything is built. Throws
// LoadError: "ORIGIN: nested deeper than 64", "ORIGIN: not valid JSON (byte N)".
[[nodiscard]] nlohmann::json parseJsonText(const std::string& text, const std::string& origin);

// The value of `key` in `j` as a size [n, m, p], each fitting an int and the size valid (a
// wrapped 2^32 + 1 would read as 1). Throws LoadError "ORIGIN: "n" must be [n, m, p]", ...
[[nodiscard]] TensorSize jsonTensorSize(const nlohmann::json& j, const char* key,
                                        const std::string& origin);

// A value for an error message, at most ~60 characters whatever it holds: the number itself,
// true/false/null, "a string of N characters" (the string itself when short and printable),
// "an array", "an object".
[[nodiscard]] std::string describeJson(const nlohmann::json& j);

// The integer `j` holds, which must be an integer JSON number (is_number_integer()); throws
// LoadError "WHERE: N does not fit a 64-bit integer" when it exceeds int64_t.
[[nodiscard]] std::int64_t jsonInt64(const nlohmann::json& j, const std::string& where);
// The same for int fields (sizes, counts): "WHERE: N does not fit a 32-bit integer".
[[nodiscard]] int jsonInt(const nlohmann::json& j, const std::string& where);

// A coefficient written as a JSON integer: as jsonInt64, and -2^63, which has no negation and
// which Rational refuses, is "out of range" too.
[[nodiscard]] Rational jsonIntegerCoefficient(const nlohmann::json& j, const std::string& where);
// A coefficient written as a JSON float (0.5, 0.125): accepted only when the decimal it is
// written as is exactly a binary fraction with 64-bit parts. 0.1 is refused (its double is
// only near 1/10), so is 1e30 (too large). Throws LoadError naming `where`.
[[nodiscard]] Rational jsonFloatCoefficient(const nlohmann::json& j, const std::string& where);
// True when jsonFloatCoefficient would read `value` back as exactly `x`: writers use it to pick
// a JSON number over a "p/q" string.
[[nodiscard]] bool isExactJsonFloat(double value, const Rational& x);

}  // namespace tg
