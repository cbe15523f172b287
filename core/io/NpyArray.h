#pragma once
// numpy's NPY array format (the members of an .npz archive), restricted to what schemes are
// stored in: little-endian int32, int64 and float64 arrays, plus the "|O" object arrays that
// hold a pickle (see RestrictedUnpickler.h). Elements are read exactly: a float64 becomes the
// rational it denotes, never a rounded value.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/tensor/Rational.h"

namespace tg {

enum class NpyDtype { Int32, Int64, Float64, Object };

// "<i4", "<i8", "<f8", "|O" (also "|O8"); nullopt for any other descr.
[[nodiscard]] std::optional<NpyDtype> parseNpyDescr(std::string_view descr);
[[nodiscard]] std::string npyDescr(NpyDtype dtype);
// Bytes per element; 0 for Object, whose elements are not stored inline.
[[nodiscard]] std::size_t npyItemSize(NpyDtype dtype);
// "(3, 4, 7)", "(3,)": numpy's spelling, used in messages and headers alike.
[[nodiscard]] std::string formatNpyShape(const std::vector<std::int64_t>& shape);

// A numeric array whose bytes live elsewhere (a decompressed member or a pickle): the view is
// valid only as long as that buffer is.
struct NpyArray {
    NpyDtype dtype = NpyDtype::Int64;
    std::vector<std::int64_t> shape;
    bool fortranOrder = false;
    std::string_view data;

    // Distance in elements between neighbours along each axis, honouring fortranOrder, so that
    // callers index [i][j][k] the same way whatever the storage order.
    [[nodiscard]] std::vector<std::int64_t> strides() const;
    // Appends `count` elements, from position `start` on, `stride` apart, to `out`, exactly.
    // Returns the position of the first element with no exact value (a float64 that is NaN,
    // infinite, or needs more than 64-bit parts: 1e300, 2^-70; the int64 -2^63), nullopt when
    // all were read.
    [[nodiscard]] std::optional<std::int64_t> appendExact(std::int64_t start, std::int64_t stride,
                                                          std::int64_t count,
                                                          std::vector<Rational>& out) const;
};

// Checks that `data` holds exactly the elements the shape declares (overflow-checked) before
// anyone allocates for them; throws LoadError ("data is 12 bytes, shape (3, 4, 7) of <i4 needs
// 336") otherwise. dtype must not be Object.
[[nodiscard]] NpyArray makeNpyArray(NpyDtype dtype, std::vector<std::int64_t> shape,
                                    bool fortranOrder, std::string_view data);

struct NpyHeader {
    NpyDtype dtype = NpyDtype::Int64;
    std::vector<std::int64_t> shape;
    bool fortranOrder = false;
    std::size_t dataOffset = 0;  // where the array data (or the pickle) starts
};

// Parses the magic string, the version (1.0, 2.0, 3.0) and the header dict
// {'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 7), }. Throws LoadError whose message
// names the problem but not the file (the caller knows which member it is).
[[nodiscard]] NpyHeader parseNpyHeader(std::string_view bytes);

// The NPY v1.0 prefix (magic, version, header dict padded to a multiple of 64 bytes) that
// numpy itself writes for an array of this dtype and shape.
[[nodiscard]] std::string formatNpyHeader(NpyDtype dtype, const std::vector<std::int64_t>& shape);

// Untrusted text (a key, a dtype, a global's name) as it may appear in a message: printable
// ASCII only, at most maxChars characters, then "...".
[[nodiscard]] std::string printableExcerpt(std::string_view text, std::size_t maxChars = 60);

// Appends the low `bytes` bytes of value, least significant first.
void appendLittleEndian(std::string& out, std::uint64_t value, int bytes);
// Reads `bytes` bytes (at most 8) least significant first; the caller checks the bounds.
[[nodiscard]] std::uint64_t readLittleEndian(std::string_view data, std::size_t pos, int bytes);

}  // namespace tg
