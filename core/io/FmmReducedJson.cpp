#include "core/io/FmmReducedJson.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "core/io/JsonText.h"
#include "core/io/LoadError.h"
#include "core/tensor/Cost.h"

namespace tg {

using nlohmann::json;

namespace {

using Sparse = std::vector<std::pair<int, Rational>>;  // (variable, coefficient)

// Expanding the fresh variables of one side may add at most this many coefficients in all: far
// above any published scheme (a <6,6,6> one needs tens of thousands), far below what would
// make a hostile file slow or large in memory.
constexpr std::int64_t kMaxExpansionWork = std::int64_t(1) << 22;

std::string listName(const std::string& origin, const std::string& key, std::size_t i) {
    return origin + ": \"" + key + "\"[" + std::to_string(i) + "]";
}

// A value: an integer, or (unless the field needs integers) "p/q" or an exact JSON number.
Rational entryValue(const json& v, bool integersOnly, const std::string& where) {
    if (v.is_number_integer()) return jsonIntegerCoefficient(v, where + ": \"value\"");
    if (integersOnly)
        throw LoadError(where + ": value " + describeJson(v) +
                        " must be a whole number (the file says \"z2\": true)");
    if (v.is_number_float()) return jsonFloatCoefficient(v, where + ": \"value\"");
    if (v.is_string())
        if (auto r = Rational::parse(v.get<std::string>())) return *r;
    throw LoadError(where + ": value " + describeJson(v) + " is not a number");
}

// Which variables a list may name: inputs 0..inputs-1, fresh variables inputs+k for k below
// `freshAllowed` (the earlier ones, for a fresh list); `freshTotal` tells a forward reference
// from an index that names nothing.
struct IndexRange {
    int inputs = 0;
    int freshAllowed = 0;
    int freshTotal = 0;
};

// Resolves an index: a negative one, -(inputs + k), is minus fresh variable k.
std::pair<int, Rational> resolveIndex(std::int64_t index, Rational value, const IndexRange& range,
                                      const std::string& where) {
    if (index < 0) {
        if (index == std::numeric_limits<std::int64_t>::min() || -index < range.inputs)
            throw LoadError(where + ": negative index " + std::to_string(index) +
                            " names no fresh variable (-(" + std::to_string(range.inputs) +
                            " + k) stands for minus fresh variable k)");
        index = -index;
        value = -value;
    }
    if (index >= std::int64_t(range.inputs) + range.freshTotal)
        throw LoadError(where + ": index " + std::to_string(index) + " is out of range (" +
                        std::to_string(range.inputs) + " variables and " +
                        std::to_string(range.freshTotal) + " fresh ones)");
    if (index >= std::int64_t(range.inputs) + range.freshAllowed)
        throw LoadError(where + ": uses fresh variable " + std::to_string(index - range.inputs) +
                        ", which is not defined before it (a fresh variable may use only earlier "
                        "ones)");
    return {static_cast<int>(index), value};
}

// One list of {"index": i, "value": x} objects, indices resolved.
Sparse readList(const json& list, const IndexRange& range, bool integersOnly,
                const std::string& where) {
    if (!list.is_array()) throw LoadError(where + " must be a list of {\"index\", \"value\"}");
    Sparse out;
    out.reserve(list.size());
    for (std::size_t e = 0; e < list.size(); ++e) {
        const std::string here = where + "[" + std::to_string(e) + "]";
        const json& item = list[e];
        if (!item.is_object() || !item.contains("index") || !item.contains("value"))
            throw LoadError(here + " must be an object with \"index\" and \"value\"");
        if (!item["index"].is_number_integer())
            throw LoadError(here + ": \"index\" must be a whole number, not " +
                            describeJson(item["index"]));
        out.push_back(resolveIndex(jsonInt64(item["index"], here + ": \"index\""),
                                   entryValue(item["value"], integersOnly, here), range, here));
    }
    return out;
}

// Rewrites lists over inputs and fresh variables as sums of inputs only. Fresh variables use
// only earlier ones, so each is expanded once, in order, and reused (memoised): a chain of them
// costs a sum, not a product. Every coefficient added counts against kMaxExpansionWork.
class Expander {
  public:
    Expander(int inputs, std::string where)
        : inputs_(inputs),
          scratch_(std::size_t(inputs)),
          seen_(std::size_t(inputs), false),
          where_(std::move(where)) {}

    void defineFresh(const Sparse& list) { fresh_.push_back(expand(list)); }

    Sparse expand(const Sparse& list) {
        for (const auto& [var, c] : list) {
            if (var < inputs_) {
                add(var, c);
                continue;
            }
            for (const auto& [input, d] : fresh_[std::size_t(var - inputs_)]) add(input, c * d);
        }
        return collect();
    }

  private:
    void add(int var, const Rational& c) {
        if (++work_ > kMaxExpansionWork)
            throw LoadError(where_ + ": the fresh variables expand to more than " +
                            std::to_string(kMaxExpansionWork) + " terms");
        if (!seen_[std::size_t(var)]) touched_.push_back(var);
        seen_[std::size_t(var)] = true;
        scratch_[std::size_t(var)] += c;
    }

    Sparse collect() {
        std::sort(touched_.begin(), touched_.end());
        Sparse out;
        for (const int var : touched_) {
            if (!scratch_[std::size_t(var)].isZero())
                out.emplace_back(var, scratch_[std::size_t(var)]);
            scratch_[std::size_t(var)] = 0;
            seen_[std::size_t(var)] = false;
        }
        touched_.clear();
        return out;
    }

    int inputs_;
    std::vector<Rational> scratch_;
    std::vector<bool> seen_;
    std::vector<int> touched_;
    std::vector<Sparse> fresh_;
    std::int64_t work_ = 0;
    std::string where_;
};

// One side ("u", "v" or "w" with its "_fresh" lists), expanded over its inputs. Adds each
// list's (entries - 1) to `counted`.
std::vector<Sparse> readSide(const json& j, const std::string& key, int inputs,
                             std::size_t expectedLists, const std::string& why, bool z2,
                             const std::string& origin, std::int64_t& counted) {
    const std::string freshKey = key + "_fresh";
    const json noFresh = json::array();
    const json& fresh = j.contains(freshKey) ? j[freshKey] : noFresh;
    if (!fresh.is_array()) throw LoadError(origin + ": \"" + freshKey + "\" must be a list");
    if (fresh.size() > std::size_t(kMaxExpansionWork))
        throw LoadError(origin + ": \"" + freshKey + "\" names too many fresh variables");
    if (!j.contains(key) || !j[key].is_array())
        throw LoadError(origin + ": \"" + key + "\" is missing or not a list");
    const json& lists = j[key];
    if (lists.size() != expectedLists)
        throw LoadError(origin + ": \"" + key + "\" has " + std::to_string(lists.size()) +
                        " lists, expected " + std::to_string(expectedLists) + " (" + why + ")");
    const int freshTotal = static_cast<int>(fresh.size());
    Expander expander(inputs, origin + ": \"" + freshKey + "\"");
    for (std::size_t k = 0; k < fresh.size(); ++k) {
        const Sparse list =
            readList(fresh[k], {inputs, int(k), freshTotal}, z2, listName(origin, freshKey, k));
        counted += std::max<std::int64_t>(0, std::int64_t(list.size()) - 1);
        expander.defineFresh(list);
    }
    std::vector<Sparse> out;
    out.reserve(lists.size());
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const Sparse list =
            readList(lists[i], {inputs, freshTotal, freshTotal}, z2, listName(origin, key, i));
        counted += std::max<std::int64_t>(0, std::int64_t(list.size()) - 1);
        out.push_back(expander.expand(list));
    }
    return out;
}

std::optional<int> statedCount(const json& complexity, const char* key, const std::string& origin) {
    if (!complexity.contains(key)) return std::nullopt;
    const json& v = complexity[key];
    const auto isCount = [](const json& x) {
        if (x.is_number_unsigned()) return x.get<std::uint64_t>() <= INT32_MAX;
        return x.is_number_integer() && x.get<std::int64_t>() >= 0 &&
               x.get<std::int64_t>() <= INT32_MAX;
    };
    if (!isCount(v))
        throw LoadError(origin + ": \"complexity\".\"" + key +
                        "\" must be a whole number of additions, not " + describeJson(v));
    return static_cast<int>(v.get<std::int64_t>());
}

int readRank(const json& j, const std::string& origin) {
    if (!j.contains("m") || !j["m"].is_number_integer())
        throw LoadError(origin + ": \"m\" (the rank) is missing");
    const std::int64_t rank = jsonInt64(j["m"], origin + ": \"m\"");
    if (rank < 0 || rank > kMaxTerms)
        throw LoadError(origin + ": rank " + std::to_string(rank) + " is out of range");
    return static_cast<int>(rank);
}

ReducedFmmScheme readParsed(const json& j, const std::string& origin) {
    if (!j.is_object()) throw LoadError(origin + ": must be a JSON object");
    ReducedFmmScheme out;
    Scheme& s = out.scheme;
    s.size = jsonTensorSize(j, "n", origin);
    const int rank = readRank(j, origin);
    if (j.contains("z2") && !j["z2"].is_boolean())
        throw LoadError(origin + ": \"z2\" must be true or false");
    const bool z2 = j.value("z2", false);
    if (j.contains("complexity")) {
        if (!j["complexity"].is_object())
            throw LoadError(origin + ": \"complexity\" must be an object");
        out.statedAdditions = statedCount(j["complexity"], "reduced", origin);
        out.statedNaive = statedCount(j["complexity"], "naive", origin);
    }
    std::int64_t counted = 0;
    const auto u =
        readSide(j, "u", s.size.uSize(), std::size_t(rank), "one per product", z2, origin, counted);
    const auto v =
        readSide(j, "v", s.size.vSize(), std::size_t(rank), "one per product", z2, origin, counted);
    const auto w = readSide(j, "w", rank, std::size_t(s.size.wSize()),
                            "one per entry of C transposed", z2, origin, counted);
    out.countedAdditions = static_cast<int>(std::min<std::int64_t>(counted, INT32_MAX));
    for (int r = 0; r < rank; ++r) {
        Term t{Factor(std::size_t(s.size.uSize())), Factor(std::size_t(s.size.vSize())),
               Factor(std::size_t(s.size.wSize()))};
        for (const auto& [i, c] : u[std::size_t(r)]) t.u[std::size_t(i)] = c;
        for (const auto& [i, c] : v[std::size_t(r)]) t.v[std::size_t(i)] = c;
        s.terms.push_back(std::move(t));
    }
    for (std::size_t e = 0; e < w.size(); ++e)
        for (const auto& [r, c] : w[e]) s.terms[std::size_t(r)].w[e] = c;
    s.field = z2 ? Field::Z2 : s.naturalField();
    return out;
}

// ---- writing ----

json valueJson(const Rational& x) {
    if (x.isInteger()) return x.num();
    return x.toString();  // the collection's plain JSON writes fractions as "p/q"
}

json entryJson(int index, const Rational& value, bool& fractional) {
    fractional = fractional || !value.isInteger();
    json e = json::object();
    e["index"] = index;
    e["value"] = valueJson(value);
    return e;
}

// The lists of one side. Fresh variable k is written as W_k = z_k / scale[k] with the scale
// that makes both its values whole numbers when one does (1, or either value), so uses of z_k
// are written as uses of W_k with their coefficient multiplied by scale[k].
std::pair<json, json> sideJson(const SharedForms& side, bool& fractional) {
    std::vector<Rational> scale;
    const auto written = [&](int var, const Rational& c) {
        return var < side.inputs ? c : c * scale[std::size_t(var - side.inputs)];
    };
    json fresh = json::array();
    for (const FreshVariable& f : side.fresh) {
        const Rational vx = written(f.x, 1);
        const Rational vy = written(f.y, f.ratio);
        Rational s = 1;
        for (const Rational& candidate : {Rational(1), vx, vy})
            if ((vx / candidate).isInteger() && (vy / candidate).isInteger()) {
                s = candidate;
                break;
            }
        scale.push_back(s);
        fresh.push_back(
            json::array({entryJson(f.x, vx / s, fractional), entryJson(f.y, vy / s, fractional)}));
    }
    json forms = json::array();
    for (const SparseForm& form : side.forms) {
        json list = json::array();
        for (const auto& [var, c] : form)
            list.push_back(entryJson(var, written(var, c), fractional));
        forms.push_back(std::move(list));
    }
    return {std::move(fresh), std::move(forms)};
}

// One list per line, as the collection lays these files out.
std::string listsText(const json& lists) {
    std::string out = "[";
    for (std::size_t i = 0; i < lists.size(); ++i)
        out += std::string(i == 0 ? "\n" : ",\n") + "        " + lists[i].dump(-1, ' ', false);
    return out + (lists.empty() ? "]" : "\n    ]");
}

}  // namespace

bool looksLikeFmmReducedJson(const std::string& text) {
    const auto head = std::string_view(text).substr(0, 4096);
    return head.find('{') != std::string_view::npos &&
           head.find("\"n\"") != std::string_view::npos &&
           (head.find("\"u_fresh\"") != std::string_view::npos ||
            head.find("\"index\"") != std::string_view::npos);
}

ReducedFmmScheme readFmmReducedJson(const std::string& text, const std::string& origin) {
    const json j = parseJsonText(text, origin);
    try {
        return readParsed(j, origin);
    } catch (const ArithmeticOverflow& e) {
        throw LoadError(origin + ": a coefficient overflows 64-bit arithmetic (" + e.what() + ")");
    } catch (const json::exception& e) {
        throw LoadError(origin + ": malformed scheme: " + e.what());
    }
}

std::string writeFmmReducedJson(const Scheme& scheme) {
    const SharingPlan plan = shareSubexpressions(scheme);
    bool fractional = false;
    const auto [uFresh, u] = sideJson(plan.a, fractional);
    const auto [vFresh, v] = sideJson(plan.b, fractional);
    const auto [wFresh, w] = sideJson(plan.c, fractional);
    // A "z2" file must hold whole numbers (the reader refuses others): say so rather than
    // write a file nobody can read.
    if (fractional && scheme.field == Field::Z2)
        throw std::invalid_argument(
            "the reduced form of this mod-2 scheme needs fractions; write fmm-json instead");
    const TensorSize& z = scheme.size;
    std::string out = "{\n";
    out += "    \"n\": [" + std::to_string(z.n) + ", " + std::to_string(z.m) + ", " +
           std::to_string(z.p) + "],\n";
    out += "    \"m\": " + std::to_string(plan.products.size()) + ",\n";
    out += std::string("    \"z2\": ") + (scheme.field == Field::Z2 ? "true" : "false") + ",\n";
    out += "    \"complexity\": {\"naive\": " + std::to_string(cost(scheme).additions) +
           ", \"reduced\": " + std::to_string(plan.additions()) + "},\n";
    out += "    \"u_fresh\": " + listsText(uFresh) + ",\n";
    out += "    \"u\": " + listsText(u) + ",\n";
    out += "    \"v_fresh\": " + listsText(vFresh) + ",\n";
    out += "    \"v\": " + listsText(v) + ",\n";
    out += "    \"w_fresh\": " + listsText(wFresh) + ",\n";
    out += "    \"w\": " + listsText(w) + "\n}\n";
    return out;
}

}  // namespace tg
