#include "core/io/NpzFormat.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdio>
#include <stdexcept>
#include <unordered_set>

#include "core/io/LoadError.h"
#include "core/io/NpyArray.h"
#include "core/io/PickleWriter.h"
#include "core/io/RestrictedUnpickler.h"
#include "core/io/ZipArchive.h"
#include "core/tensor/Verification.h"

namespace tg {

namespace {

// Coefficients held as Rationals (16 bytes each). The largest real scheme has 0.4 million and
// factorizations_r.npz 8.6 million in all: the caps leave room while bounding memory.
constexpr std::int64_t kMaxSchemeCoefficients = std::int64_t{1} << 23;
constexpr std::int64_t kMaxTotalCoefficients = std::int64_t{1} << 25;
// Work verification may do for one archive, in entry updates: per field checked (Q, then Z2),
// a scan of the tensor's volume plus the entries the terms touch (nnz(u)*nnz(v)*nnz(w) each).
// factorizations_r.npz needs 0.15 billion; a crafted dense <16,16,16> alone could need 10^11.
// Schemes past the budget take their field from their coefficients instead.
constexpr std::int64_t kMaxVerifyWork = std::int64_t{1} << 29;

// Caps what one archive may make us hold and do, across all its members.
struct Budget {
    std::int64_t coefficients = 0;
    std::int64_t verifyWork = 0;
};

std::string keyOfMember(const std::string& name) {
    return name.ends_with(".npy") ? name.substr(0, name.size() - 4) : name;
}

// Strictly "n,m,p" with each in 1..kMaxDim: the key decides the size of everything read after.
std::optional<TensorSize> parseKey(std::string_view key) {
    int dims[3] = {0, 0, 0};
    const char* p = key.data();
    const char* end = key.data() + key.size();
    for (int i = 0; i < 3; ++i) {
        if (i > 0 && (p == end || *p++ != ',')) return std::nullopt;
        const auto [next, ec] = std::from_chars(p, end, dims[i]);
        if (ec != std::errc() || next == p || *p == '+' || *p == '-') return std::nullopt;
        p = next;
    }
    const TensorSize size{dims[0], dims[1], dims[2]};
    if (p != end || !size.isValid()) return std::nullopt;
    return size;
}

std::string canonicalKey(const TensorSize& s) {
    return std::to_string(s.n) + "," + std::to_string(s.m) + "," + std::to_string(s.p);
}

// Rank and memory checks made from the declared shape, before any term is allocated.
void checkRank(std::int64_t rank, const TensorSize& size, Budget& budget) {
    if (rank > kMaxTerms)
        throw LoadError("rank " + std::to_string(rank) + " exceeds the limit of " +
                        std::to_string(kMaxTerms));
    const std::int64_t coefficients = rank * (size.uSize() + size.vSize() + size.wSize());
    if (coefficients > kMaxSchemeCoefficients)
        throw LoadError("scheme has " + std::to_string(coefficients) +
                        " coefficients, more than the limit of " +
                        std::to_string(kMaxSchemeCoefficients));
    budget.coefficients += coefficients;
    if (budget.coefficients > kMaxTotalCoefficients)
        throw LoadError("the archive holds more than " + std::to_string(kMaxTotalCoefficients) +
                        " coefficients in all");
}

// Factor `factor` (0, 1, 2: u, v, w) of term `term`: `rows` entries from position `start`,
// `rowStride` apart. Each factor is built in place once: loading writes millions of
// coefficients, so no zero-filled first pass.
Factor readFactor(const NpyArray& array, int factor, std::int64_t start, std::int64_t rowStride,
                  std::int64_t rows, std::int64_t term) {
    Factor f;
    f.reserve(static_cast<std::size_t>(rows));
    if (const auto bad = array.appendExact(start, rowStride, rows, f)) {
        // Only float64 and int64 arrays hold values that are not exact (int64: -2^63).
        char text[40];
        const std::uint64_t raw =
            readLittleEndian(array.data, static_cast<std::size_t>(*bad) * 8, 8);
        if (array.dtype == NpyDtype::Int64)
            std::snprintf(text, sizeof text, "%lld", static_cast<long long>(raw));
        else
            std::snprintf(text, sizeof text, "%.17g", std::bit_cast<double>(raw));
        throw LoadError("coefficient " + std::string(text) + " at " + "uvw"[factor] + "[" +
                        std::to_string((*bad - start) / rowStride) + "] of term " +
                        std::to_string(term + 1) + " has no exact rational value");
    }
    return f;
}

constexpr Factor Term::*kFactors[3] = {&Term::u, &Term::v, &Term::w};

// A square key: one (3, n*n, R) array, u, v, w stacked.
std::vector<Term> termsFromStacked(const NpyArray& a, const TensorSize& size, Budget& budget) {
    const std::int64_t rows = size.uSize();
    const bool square = size.n == size.m && size.m == size.p;
    if (!square || a.shape.size() != 3 || a.shape[0] != 3 || a.shape[1] != rows)
        throw LoadError("array shape " + formatNpyShape(a.shape) + " does not match " +
                        canonicalKey(size) +
                        (square ? " (expected (3, " + std::to_string(rows) + ", R))"
                                : " (a plain array holds only square schemes; rectangular ones "
                                  "are pickled (3,) object arrays)"));
    checkRank(a.shape[2], size, budget);
    const auto s = a.strides();
    std::vector<Term> terms(static_cast<std::size_t>(a.shape[2]));
    for (std::int64_t r = 0; r < a.shape[2]; ++r)
        for (int f = 0; f < 3; ++f)
            terms[static_cast<std::size_t>(r)].*kFactors[f] =
                readFactor(a, f, f * s[0] + r * s[2], s[1], rows, r);
    return terms;
}

// A rectangular key (or any key written as an object array): u, v, w as three 2-d arrays.
std::vector<Term> termsFromFactors(const std::vector<NpyArray>& arrays, const TensorSize& size,
                                   Budget& budget) {
    const std::int64_t rows[3] = {size.uSize(), size.vSize(), size.wSize()};
    const char* names[3] = {"u", "v", "w"};
    for (int f = 0; f < 3; ++f)
        if (arrays[static_cast<std::size_t>(f)].shape[0] != rows[f])
            throw LoadError("factor " + std::string(names[f]) + " has shape " +
                            formatNpyShape(arrays[static_cast<std::size_t>(f)].shape) + ", but " +
                            canonicalKey(size) + " needs (" + std::to_string(rows[f]) + ", R)");
    const std::int64_t rank = arrays[0].shape[1];
    if (arrays[1].shape[1] != rank || arrays[2].shape[1] != rank)
        throw LoadError("the factors disagree on the rank: u has " + std::to_string(rank) +
                        " columns, v " + std::to_string(arrays[1].shape[1]) + ", w " +
                        std::to_string(arrays[2].shape[1]));
    checkRank(rank, size, budget);
    std::vector<Term> terms(static_cast<std::size_t>(rank));
    for (std::size_t f = 0; f < 3; ++f) {
        const auto s = arrays[f].strides();
        for (std::int64_t r = 0; r < rank; ++r)
            terms[static_cast<std::size_t>(r)].*kFactors[f] =
                readFactor(arrays[f], static_cast<int>(f), r * s[1], s[0], rows[f], r);
    }
    return terms;
}

std::vector<Term> decodeMember(std::string_view bytes, const TensorSize& size, Budget& budget) {
    const NpyHeader h = parseNpyHeader(bytes);
    const std::string_view body = bytes.substr(h.dataOffset);
    if (h.dtype != NpyDtype::Object)
        return termsFromStacked(makeNpyArray(h.dtype, h.shape, h.fortranOrder, body), size, budget);
    if (h.shape != std::vector<std::int64_t>{3})
        throw LoadError("object array has shape " + formatNpyShape(h.shape) + ", expected (3,)");
    return termsFromFactors(unpickleObjectArray(body), size, budget);
}

// The file does not say the ring: inferField picks the first of Z, Q, Z2 the scheme is valid
// over, unless the archive has used up its verification budget.
void assignField(Scheme& s, Budget& budget) {
    // Twice one check's work (inferField may check over Q and then Z2), plus a pass over T.
    budget.verifyWork += 2 * (std::min(verificationWork(s), kMaxVerifyWork) + s.size.volume());
    if (budget.verifyWork > kMaxVerifyWork) {
        s.field = s.naturalField();
        s.description += " (not verified while loading: the archive is too large)";
        return;
    }
    s.field = inferField(s);
}

NpzScheme readMember(const ZipReader& zip, std::int64_t index, const std::string& origin,
                     Budget& budget) {
    const std::string name = zip.name(index);
    const std::string key = keyOfMember(name);
    try {
        if (!name.ends_with(".npy"))
            throw LoadError("member '" + printableExcerpt(name) +
                            "' is not an array named n,m,p.npy");
        const auto size = parseKey(key);
        if (!size)
            throw LoadError("key is not a size n,m,p with each between 1 and " +
                            std::to_string(TensorSize::kMaxDim));
        NpzScheme out{key, {}};
        out.scheme.size = *size;
        out.scheme.terms = decodeMember(zip.read(index), *size, budget);
        out.scheme.name =
            "AlphaTensor " + size->toString() + " rank " + std::to_string(out.scheme.rank());
        out.scheme.description = origin + "#" + key;
        return out;
    } catch (const LoadError& e) {
        throw LoadError(origin + "#" + printableExcerpt(key) + ": " + e.what());
    }
}

std::vector<std::string> memberNames(const ZipReader& zip, const std::string& origin) {
    std::vector<std::string> names;
    std::unordered_set<std::string> seen;
    for (std::int64_t i = 0; i < zip.count(); ++i) {
        names.push_back(zip.name(i));
        if (!seen.insert(names.back()).second)
            throw LoadError(origin + ": the archive holds '" + printableExcerpt(names.back()) +
                            "' twice");
    }
    return names;
}

std::string keyList(const std::vector<std::string>& names) {
    std::string s;
    for (std::size_t i = 0; i < names.size() && i < 8; ++i)
        s += (i ? ", " : "") + printableExcerpt(keyOfMember(names[i]));
    if (names.size() > 8) s += ", ...";
    return s;
}

// --- writing ---

void appendCoefficient(std::string& out, const Rational& x, bool integral, const std::string& key,
                       std::size_t term) {
    if (integral) return appendLittleEndian(out, static_cast<std::uint64_t>(x.num()), 8);
    const double d = static_cast<double>(x.num()) / static_cast<double>(x.den());
    if (Rational::fromDouble(d) != x)
        throw std::invalid_argument(key + ": coefficient " + x.toString() + " in term " +
                                    std::to_string(term + 1) + " has no exact float64 value");
    appendLittleEndian(out, std::bit_cast<std::uint64_t>(d), 8);
}

// Factor f of every term as a (rows x R) C-order matrix: entry [a][r] at a*R + r.
std::string factorData(const Scheme& s, int f, bool integral, const std::string& key) {
    std::string out;
    const Factor Term::*factor = kFactors[f];
    const std::size_t rows = s.terms.empty() ? 0 : (s.terms[0].*factor).size();
    out.reserve(rows * s.terms.size() * 8);
    for (std::size_t a = 0; a < rows; ++a)
        for (std::size_t r = 0; r < s.terms.size(); ++r)
            appendCoefficient(out, (s.terms[r].*factor)[a], integral, key, r);
    return out;
}

std::string encodeMember(const NpzScheme& item) {
    const Scheme& s = item.scheme;
    if (parseKey(item.key) != s.size || item.key != canonicalKey(s.size))
        throw std::invalid_argument("npz key '" + item.key + "' is not the size " +
                                    canonicalKey(s.size) + " of its scheme");
    try {
        s.checkShape();
    } catch (const SchemeError& e) {
        throw std::invalid_argument(item.key + ": " + e.what());
    }
    const bool integral = s.isIntegral();
    const NpyDtype dtype = integral ? NpyDtype::Int64 : NpyDtype::Float64;
    const auto rank = static_cast<std::int64_t>(s.terms.size());
    if (s.size.n == s.size.m && s.size.m == s.size.p) {
        std::string out = formatNpyHeader(dtype, {3, s.size.uSize(), rank});
        for (int f = 0; f < 3; ++f) out += factorData(s, f, integral, item.key);
        return out;
    }
    const std::int64_t rows[3] = {s.size.uSize(), s.size.vSize(), s.size.wSize()};
    std::vector<PickleMatrix> matrices;
    matrices.reserve(3);
    for (int f = 0; f < 3; ++f)
        matrices.push_back({rows[f], rank, factorData(s, f, integral, item.key)});
    return formatNpyHeader(NpyDtype::Object, {3}) + pickleObjectArray(dtype, matrices);
}

}  // namespace

std::vector<NpzScheme> readNpz(const std::string& bytes, const std::string& origin,
                               const std::optional<std::string>& key) {
    const ZipReader zip(bytes, origin);
    Budget budget;
    const std::vector<std::string> names = memberNames(zip, origin);
    std::vector<NpzScheme> out;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (!key || names[i] == *key + ".npy")
            out.push_back(readMember(zip, static_cast<std::int64_t>(i), origin, budget));
    if (key && out.empty())
        throw LoadError(origin + ": has no key " + printableExcerpt(*key) + " (it holds " +
                        std::to_string(names.size()) + ": " + keyList(names) + ")");
    // Loading nothing would look like success to a script ("verify" would print nothing and
    // exit 0): an archive without schemes is an error.
    if (out.empty()) throw LoadError(origin + ": no schemes in the archive");
    // Verification, the costly part, runs only once every member has decoded, so that a
    // corrupt archive is refused at once rather than after verifying what precedes the damage.
    for (NpzScheme& n : out) assignField(n.scheme, budget);
    return out;
}

std::vector<std::string> npzKeys(const std::string& bytes, const std::string& origin) {
    const ZipReader zip(bytes, origin);
    std::vector<std::string> keys = memberNames(zip, origin);
    for (std::string& k : keys) k = keyOfMember(k);
    return keys;
}

std::string writeNpz(const std::vector<NpzScheme>& schemes) {
    std::vector<ZipMember> members;
    std::unordered_set<std::string> seen;
    for (const NpzScheme& item : schemes) {
        if (!seen.insert(item.key).second)
            throw std::invalid_argument("npz key '" + item.key + "' appears twice");
        members.push_back({item.key + ".npy", encodeMember(item)});
    }
    return writeZip(members);
}

}  // namespace tg
