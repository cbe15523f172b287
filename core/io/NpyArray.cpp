#include "core/io/NpyArray.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/io/LoadError.h"

namespace tg {

namespace {

constexpr std::string_view kMagic = "\x93NUMPY";
// Dimensions past this are refused outright; products are checked for overflow on top.
constexpr std::int64_t kMaxDimension = std::int64_t{1} << 40;

// A reader for the one Python literal numpy writes as the NPY header: a dict with string keys
// whose values are strings, booleans and tuples of integers. Anything else is an error, so
// nothing in the header is ever evaluated.
class HeaderParser {
  public:
    explicit HeaderParser(std::string_view text) : text_(text) {}

    NpyHeader parse() {
        NpyHeader h;
        bool seenDescr = false;
        bool seenOrder = false;
        bool seenShape = false;
        expect('{');
        while (!consume('}')) {
            const std::string_view key = parseString();
            expect(':');
            if (key == "descr") {
                markSeen(seenDescr, key);
                h.dtype = parseDescr();
            } else if (key == "fortran_order") {
                markSeen(seenOrder, key);
                h.fortranOrder = parseBool();
            } else if (key == "shape") {
                markSeen(seenShape, key);
                h.shape = parseShape();
            } else {
                fail("unexpected key '" + printableExcerpt(key) + "'");
            }
            if (!consume(',')) {
                expect('}');
                break;
            }
        }
        skipSpace();
        if (pos_ != text_.size()) fail("text after the closing brace");
        if (!seenDescr || !seenOrder || !seenShape)
            fail("it lacks one of 'descr', 'fortran_order', 'shape'");
        return h;
    }

  private:
    [[noreturn]] void fail(const std::string& what) const {
        throw LoadError("malformed NPY header (" + what + " at offset " + std::to_string(pos_) +
                        "): " + printableExcerpt(text_));
    }
    void markSeen(bool& seen, std::string_view key) const {
        if (seen) fail("duplicate key '" + std::string(key) + "'");
        seen = true;
    }
    void skipSpace() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                       text_[pos_] == '\t' || text_[pos_] == '\r'))
            ++pos_;
    }
    bool consume(char c) {
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    void expect(char c) {
        if (!consume(c)) fail(std::string("expected '") + c + "'");
    }
    bool startsWith(std::string_view word) {
        skipSpace();
        if (text_.substr(pos_, word.size()) != word) return false;
        pos_ += word.size();
        return true;
    }
    // A quoted string without escapes: numpy never needs them in the keys and descrs it writes.
    std::string_view parseString() {
        skipSpace();
        if (pos_ >= text_.size() || (text_[pos_] != '\'' && text_[pos_] != '"'))
            fail("expected a quoted string");
        const char quote = text_[pos_++];
        const std::size_t end = text_.find(quote, pos_);
        if (end == std::string_view::npos) fail("unterminated string");
        const std::string_view s = text_.substr(pos_, end - pos_);
        if (s.find('\\') != std::string_view::npos) fail("escape in string");
        pos_ = end + 1;
        return s;
    }
    NpyDtype parseDescr() {
        skipSpace();
        if (pos_ < text_.size() && (text_[pos_] == '[' || text_[pos_] == '('))
            throw LoadError("unsupported dtype: structured arrays are not schemes");
        const std::string_view descr = parseString();
        const auto dtype = parseNpyDescr(descr);
        if (!dtype)
            throw LoadError("unsupported dtype '" + printableExcerpt(descr) +
                            "' (readable: <i4, <i8, <f8 and pickled object arrays)");
        return *dtype;
    }
    bool parseBool() {
        if (startsWith("True")) return true;
        if (startsWith("False")) return false;
        fail("expected True or False");
    }
    std::vector<std::int64_t> parseShape() {
        std::vector<std::int64_t> shape;
        expect('(');
        while (!consume(')')) {
            if (shape.size() >= 32) fail("more than 32 dimensions");
            shape.push_back(parseDimension());
            if (!consume(',')) {
                expect(')');
                break;
            }
        }
        return shape;
    }
    std::int64_t parseDimension() {
        skipSpace();
        const std::size_t start = pos_;
        std::int64_t value = 0;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
            value = value * 10 + (text_[pos_++] - '0');
            if (value > kMaxDimension) fail("dimension too large");
        }
        if (pos_ == start) fail("expected a non-negative integer");
        if (pos_ < text_.size() && text_[pos_] == 'L') ++pos_;  // Python 2 longs: (3L, 4L)
        return value;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

std::optional<NpyDtype> parseNpyDescr(std::string_view descr) {
    if (descr == "<i4") return NpyDtype::Int32;
    if (descr == "<i8") return NpyDtype::Int64;
    if (descr == "<f8") return NpyDtype::Float64;
    if (descr == "|O" || descr == "|O8") return NpyDtype::Object;
    return std::nullopt;
}

std::string npyDescr(NpyDtype dtype) {
    switch (dtype) {
        case NpyDtype::Int32:
            return "<i4";
        case NpyDtype::Int64:
            return "<i8";
        case NpyDtype::Float64:
            return "<f8";
        case NpyDtype::Object:
            return "|O";
    }
    return "?";
}

std::size_t npyItemSize(NpyDtype dtype) {
    switch (dtype) {
        case NpyDtype::Int32:
            return 4;
        case NpyDtype::Int64:
        case NpyDtype::Float64:
            return 8;
        case NpyDtype::Object:
            return 0;
    }
    return 0;
}

std::string formatNpyShape(const std::vector<std::int64_t>& shape) {
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0) s += ", ";
        s += std::to_string(shape[i]);
    }
    if (shape.size() == 1) s += ",";
    return s + ")";
}

std::vector<std::int64_t> NpyArray::strides() const {
    std::vector<std::int64_t> s(shape.size(), 1);
    if (fortranOrder) {
        for (std::size_t i = 1; i < shape.size(); ++i) s[i] = s[i - 1] * shape[i - 1];
    } else {
        for (std::size_t i = shape.size(); i-- > 1;) s[i - 1] = s[i] * shape[i];
    }
    return s;
}

namespace {

std::optional<Rational> exactDouble(double value) {
    // Small integers (nearly every coefficient) skip the general conversion.
    if (std::abs(value) < 0x1p52 && value == std::trunc(value))
        return Rational(static_cast<std::int64_t>(value));
    return Rational::fromDouble(value);
}

template <typename T>
T load(const char* p) {
    return static_cast<T>(readLittleEndian(std::string_view(p, sizeof(T)), 0, sizeof(T)));
}

}  // namespace

std::optional<std::int64_t> NpyArray::appendExact(std::int64_t start, std::int64_t stride,
                                                  std::int64_t count,
                                                  std::vector<Rational>& out) const {
    const auto size = static_cast<std::int64_t>(npyItemSize(dtype));
    const char* base = data.data();
    // The dtype switch sits outside the loops so that each loop is a plain load-and-store.
    switch (dtype) {
        case NpyDtype::Int32:
            for (std::int64_t i = 0, pos = start; i < count; ++i, pos += stride)
                out.emplace_back(load<std::int32_t>(base + pos * size));
            return std::nullopt;
        case NpyDtype::Int64:
            for (std::int64_t i = 0, pos = start; i < count; ++i, pos += stride) {
                const auto x = load<std::int64_t>(base + pos * size);
                // -2^63 has no negation in 64 bits, so Rational refuses it.
                if (x == std::numeric_limits<std::int64_t>::min()) return pos;
                out.emplace_back(x);
            }
            return std::nullopt;
        case NpyDtype::Float64:
            for (std::int64_t i = 0, pos = start; i < count; ++i, pos += stride) {
                const auto x =
                    exactDouble(std::bit_cast<double>(load<std::uint64_t>(base + pos * size)));
                if (!x) return pos;
                out.push_back(*x);
            }
            return std::nullopt;
        case NpyDtype::Object:
            break;
    }
    return start;
}

NpyArray makeNpyArray(NpyDtype dtype, std::vector<std::int64_t> shape, bool fortranOrder,
                      std::string_view data) {
    const std::size_t itemSize = npyItemSize(dtype);
    std::int64_t needed = static_cast<std::int64_t>(itemSize);
    for (std::int64_t d : shape)
        if (d < 0 || __builtin_mul_overflow(needed, d, &needed))
            throw LoadError("shape " + formatNpyShape(shape) + " is too large");
    if (static_cast<std::uint64_t>(needed) != data.size())
        throw LoadError("data is " + std::to_string(data.size()) + " bytes, but shape " +
                        formatNpyShape(shape) + " of " + npyDescr(dtype) + " needs " +
                        std::to_string(needed));
    return {dtype, std::move(shape), fortranOrder, data};
}

NpyHeader parseNpyHeader(std::string_view bytes) {
    if (bytes.substr(0, kMagic.size()) != kMagic)
        throw LoadError("not an NPY array (the magic string \\x93NUMPY is missing)");
    if (bytes.size() < 10) throw LoadError("NPY header is truncated");
    const auto major = static_cast<unsigned char>(bytes[6]);
    const auto minor = static_cast<unsigned char>(bytes[7]);
    if (major < 1 || major > 3 || minor != 0)
        throw LoadError("unsupported NPY version " + std::to_string(major) + "." +
                        std::to_string(minor));
    // Version 1.0 stores the header length in 2 bytes; 2.0 and 3.0 (utf-8 header) in 4.
    const std::size_t lengthBytes = major == 1 ? 2 : 4;
    if (bytes.size() < 8 + lengthBytes) throw LoadError("NPY header is truncated");
    const std::uint64_t length = readLittleEndian(bytes, 8, static_cast<int>(lengthBytes));
    const std::size_t start = 8 + lengthBytes;
    if (length > bytes.size() - start)
        throw LoadError("NPY header claims " + std::to_string(length) + " bytes, but only " +
                        std::to_string(bytes.size() - start) + " follow");
    NpyHeader h = HeaderParser(bytes.substr(start, length)).parse();
    h.dataOffset = start + length;
    return h;
}

std::string formatNpyHeader(NpyDtype dtype, const std::vector<std::int64_t>& shape) {
    std::string dict = "{'descr': '" + npyDescr(dtype) +
                       "', 'fortran_order': False, 'shape': " + formatNpyShape(shape) + ", }";
    // numpy pads with spaces and a final newline so that the data starts 64-byte aligned.
    const std::size_t total = kMagic.size() + 4 + dict.size() + 1;
    dict.append((64 - total % 64) % 64, ' ');
    dict += '\n';
    std::string out(kMagic);
    out += '\x01';
    out += '\x00';
    appendLittleEndian(out, dict.size(), 2);
    return out + dict;
}

std::string printableExcerpt(std::string_view text, std::size_t maxChars) {
    std::string out;
    for (char c : text.substr(0, maxChars)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
    if (text.size() > maxChars) out += "...";
    return out;
}

void appendLittleEndian(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint64_t readLittleEndian(std::string_view data, std::size_t pos, int bytes) {
    if constexpr (std::endian::native == std::endian::little) {
        // One load instead of a byte loop: element decoding is on the hot path of loading.
        std::uint64_t v = 0;
        std::memcpy(&v, data.data() + pos, static_cast<std::size_t>(bytes));
        return v;
    }
    std::uint64_t v = 0;
    for (int i = bytes; i-- > 0;)
        v = (v << 8) | static_cast<unsigned char>(data[pos + static_cast<std::size_t>(i)]);
    return v;
}

}  // namespace tg
