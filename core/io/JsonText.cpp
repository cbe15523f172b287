#include "core/io/JsonText.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/io/LoadError.h"

namespace tg {

using nlohmann::json;

namespace {

std::string shortestText(double value) {
    char buf[40];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::string("a number");
}

bool printable(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= ' ' && c <= '~'; });
}

// The shortest decimal that reads back as `value`, as digits and a power of ten:
// value ~ sign * digits * 10^exponent. nullopt if it does not fit (it always does for doubles).
struct Decimal {
    bool negative = false;
    std::int64_t digits = 0;
    int exponent = 0;
};
std::optional<Decimal> shortestDecimal(double value) {
    char buf[40];
    const auto [end, ec] =
        std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    if (ec != std::errc()) return std::nullopt;
    Decimal d;
    const char* p = buf;
    if (*p == '-') {
        d.negative = true;
        ++p;
    }
    int fractionDigits = 0;
    bool afterPoint = false;
    for (; p != end && *p != 'e'; ++p) {
        if (*p == '.') {
            afterPoint = true;
            continue;
        }
        d.digits = d.digits * 10 + (*p - '0');  // at most 17 digits: no overflow
        fractionDigits += afterPoint ? 1 : 0;
    }
    if (p == end) return std::nullopt;
    ++p;
    if (p != end && *p == '+') ++p;
    int exponent = 0;
    if (std::from_chars(p, end, exponent).ec != std::errc()) return std::nullopt;
    d.exponent = exponent - fractionDigits;
    return d;
}

// The rational the decimal denotes, when it is an integer or a binary fraction with 64-bit
// parts; nullopt otherwise (0.1 = 1/10, 1e30).
std::optional<Rational> decimalValue(const Decimal& d) {
    std::int64_t num = d.digits;
    std::int64_t den = 1;
    if (d.exponent >= 0) {
        for (int i = 0; i < d.exponent; ++i)
            if (__builtin_mul_overflow(num, 10, &num)) return std::nullopt;
    } else {
        // digits / 10^k is a binary fraction when 5^k divides the digits; digits < 10^17 < 5^25.
        const int k = -d.exponent;
        if (k > 24) return std::nullopt;
        std::int64_t five = 1;
        for (int i = 0; i < k; ++i) five *= 5;
        if (num % five != 0) return std::nullopt;
        num /= five;
        den = std::int64_t{1} << k;
    }
    return Rational(d.negative ? -num : num, den);
}

// The exact value `value` was written as, as far as the double can tell: its shortest decimal,
// which is the text itself for any number written with up to 15 significant digits.
std::optional<Rational> exactFloat(double value) {
    const auto exact = Rational::fromDouble(value);
    if (!exact) return std::nullopt;
    const auto decimal = shortestDecimal(value);
    if (!decimal) return std::nullopt;
    const auto written = decimalValue(*decimal);
    if (!written || *written != *exact) return std::nullopt;
    return exact;
}

}  // namespace

// One pass over the bytes, no recursion: brackets inside strings do not nest. Malformed text
// (a stray ']') is left to the parser, which stops at the first error.
bool jsonNestsDeeperThan(std::string_view text, int limit) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;  // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return true;
        } else if (c == ']' || c == '}') {
            depth = std::max(0, depth - 1);
        }
    }
    return false;
}

void checkJsonDepth(const std::string& text, const std::string& origin) {
    if (jsonNestsDeeperThan(text, kMaxJsonDepth))
        throw LoadError(origin + ": nested deeper than " + std::to_string(kMaxJsonDepth) +
                        " levels of arrays and objects");
}

json parseJsonText(const std::string& text, const std::string& origin) {
    checkJsonDepth(text, origin);
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        throw LoadError(origin + ": not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const json::exception&) {
        // out_of_range 406: a number literal beyond what a double holds (1e3081).
        throw LoadError(origin + ": not valid JSON (a number too large to read)");
    }
}

std::string describeJson(const json& j) {
    switch (j.type()) {
        case json::value_t::null:
            return "null";
        case json::value_t::boolean:
            return j.get<bool>() ? "true" : "false";
        case json::value_t::number_integer:
            return std::to_string(j.get<std::int64_t>());
        case json::value_t::number_unsigned:
            return std::to_string(j.get<std::uint64_t>());
        case json::value_t::number_float:
            return shortestText(j.get<double>());
        case json::value_t::string: {
            const auto& s = j.get_ref<const std::string&>();
            if (s.size() <= 24 && printable(s)) return "\"" + s + "\"";
            return "a string of " + std::to_string(s.size()) + " characters";
        }
        case json::value_t::array:
            return "an array";
        case json::value_t::object:
            return "an object";
        default:
            return "a value of another kind";
    }
}

std::int64_t jsonInt64(const json& j, const std::string& where) {
    if (!j.is_number_integer())
        throw LoadError(where + ": " + describeJson(j) + " is not a whole number");
    if (j.is_number_unsigned() &&
        j.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        throw LoadError(where + ": " + describeJson(j) + " does not fit a 64-bit integer");
    return j.get<std::int64_t>();
}

int jsonInt(const json& j, const std::string& where) {
    constexpr int lo = std::numeric_limits<int>::min();
    constexpr int hi = std::numeric_limits<int>::max();
    const bool fits =
        j.is_number_unsigned()
            ? j.get<std::uint64_t>() <= std::uint64_t(hi)
            : j.is_number_integer() && j.get<std::int64_t>() >= lo && j.get<std::int64_t>() <= hi;
    if (!fits && j.is_number_integer())
        throw LoadError(where + ": " + describeJson(j) + " does not fit a 32-bit integer");
    return static_cast<int>(jsonInt64(j, where));  // a non-integer gets jsonInt64's message
}

Rational jsonIntegerCoefficient(const json& j, const std::string& where) {
    const std::int64_t value = jsonInt64(j, where);
    if (value == std::numeric_limits<std::int64_t>::min())
        throw LoadError(where + ": " + describeJson(j) +
                        " is out of range (a coefficient must lie strictly between -2^63 and "
                        "2^63)");
    return Rational(value);
}

Rational jsonFloatCoefficient(const json& j, const std::string& where) {
    if (j.is_number_float())
        if (const auto r = exactFloat(j.get<double>())) return *r;
    throw LoadError(where + ": " + describeJson(j) +
                    " is not an exact rational: a JSON number must be an integer or a binary "
                    "fraction such as 0.5 or 0.125 (write others as \"p/q\")");
}

bool isExactJsonFloat(double value, const Rational& x) {
    const auto r = exactFloat(value);
    return r && *r == x;
}

TensorSize jsonTensorSize(const json& j, const char* key, const std::string& origin) {
    const std::string name = std::string("\"") + key + "\"";
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array() || it->size() != 3 || !(*it)[0].is_number_integer() ||
        !(*it)[1].is_number_integer() || !(*it)[2].is_number_integer())
        throw LoadError(origin + ": " + name + " must be [n, m, p]");
    const auto dim = [&](std::size_t i) {
        return jsonInt((*it)[i], origin + ": " + name + "[" + std::to_string(i) + "]");
    };
    const TensorSize size{dim(0), dim(1), dim(2)};
    if (!size.isValid()) throw LoadError(origin + ": size " + size.toString() + " is out of range");
    return size;
}

}  // namespace tg
