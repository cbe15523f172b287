#include "core/io/FmmJsonFormat.h"

#include <nlohmann/json.hpp>

#include "core/io/Formula.h"
#include "core/io/JsonText.h"
#include "core/io/LoadError.h"

namespace tg {

using nlohmann::json;

namespace {

Rational coefficient(const json& j, const std::string& where) {
    if (j.is_number_integer()) return jsonIntegerCoefficient(j, where);
    if (j.is_number_float()) return jsonFloatCoefficient(j, where);
    if (j.is_string()) {
        if (auto r = Rational::parse(j.get<std::string>())) return *r;
    }
    throw LoadError(where + ": " + describeJson(j) + " is not a number");
}

std::vector<Factor> factors(const json& j, const char* key, int rank, int length,
                            const std::string& origin) {
    const std::string where = origin + ": \"" + key + "\"";
    if (!j.contains(key) || !j[key].is_array())
        throw LoadError(where + " is missing or not a list");
    const json& list = j[key];
    if (list.size() != std::size_t(rank))
        throw LoadError(where + " has " + std::to_string(list.size()) + " rows but \"m\" says " +
                        std::to_string(rank));
    std::vector<Factor> out;
    out.reserve(list.size());
    for (std::size_t r = 0; r < list.size(); ++r) {
        const std::string at = where + "[" + std::to_string(r) + "]";
        if (!list[r].is_array() || list[r].size() != std::size_t(length))
            throw LoadError(at + " must list " + std::to_string(length) + " coefficients");
        Factor f;
        f.reserve(std::size_t(length));
        for (std::size_t i = 0; i < list[r].size(); ++i)
            f.push_back(coefficient(list[r][i], at + "[" + std::to_string(i) + "]"));
        out.push_back(std::move(f));
    }
    return out;
}

json coefficientJson(const Rational& x) {
    if (x.isInteger()) return x.num();
    // Binary fractions are exact as JSON numbers, which other tools read; others as "p/q".
    const double d = static_cast<double>(x.num()) / static_cast<double>(x.den());
    if (isExactJsonFloat(d, x)) return d;
    return x.toString();
}

Scheme readParsed(json& j, const std::string& origin) {
    if (!j.is_object()) throw LoadError(origin + ": must be a JSON object");
    Scheme s;
    s.size = jsonTensorSize(j, "n", origin);
    if (!j.contains("m") || !j["m"].is_number_integer())
        throw LoadError(origin + ": \"m\" (the rank) is missing");
    const int rank = jsonInt(j["m"], origin + ": \"m\"");
    if (rank < 0 || rank > kMaxTerms)
        throw LoadError(origin + ": rank " + std::to_string(rank) + " is out of range");
    const auto u = factors(j, "u", rank, s.size.uSize(), origin);
    const auto v = factors(j, "v", rank, s.size.vSize(), origin);
    const auto w = factors(j, "w", rank, s.size.wSize(), origin);
    for (int r = 0; r < rank; ++r)
        s.terms.push_back({u[std::size_t(r)], v[std::size_t(r)], w[std::size_t(r)]});
    s.field = j.value("z2", false) ? Field::Z2 : s.naturalField();
    return s;
}

}  // namespace

bool looksLikeFmmJson(const std::string& text) {
    const auto head = text.substr(0, 4096);
    return head.find('{') != std::string::npos && head.find("\"n\"") != std::string::npos &&
           (head.find("\"u\"") != std::string::npos ||
            head.find("\"multiplications\"") != std::string::npos);
}

Scheme readFmmJson(const std::string& text, const std::string& origin) {
    json j = parseJsonText(text, origin);
    try {
        return readParsed(j, origin);
    } catch (const json::exception& e) {
        throw LoadError(origin + ": malformed scheme: " + e.what());
    }
}

std::string writeFmmJson(const Scheme& scheme) {
    json j;
    j["n"] = {scheme.size.n, scheme.size.m, scheme.size.p};
    j["m"] = scheme.rank();
    j["z2"] = scheme.field == Field::Z2;
    json mults = json::array();
    for (int r = 0; r < scheme.rank(); ++r)
        mults.push_back(productFormula(scheme.size, scheme.terms[std::size_t(r)], r, " * "));
    j["multiplications"] = std::move(mults);
    j["elements"] = entryFormulas(scheme);
    for (const char* key : {"u", "v", "w"}) {
        json rows = json::array();
        for (const Term& t : scheme.terms) {
            const Factor& f = key[0] == 'u' ? t.u : key[0] == 'v' ? t.v : t.w;
            json row = json::array();
            for (const Rational& x : f) row.push_back(coefficientJson(x));
            rows.push_back(std::move(row));
        }
        j[key] = std::move(rows);
    }
    return j.dump(4) + "\n";
}

}  // namespace tg
