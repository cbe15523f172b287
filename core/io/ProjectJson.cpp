#include "core/io/ProjectJson.h"

#include <nlohmann/json.hpp>

#include "core/io/JsonText.h"
#include "core/io/LoadError.h"

namespace tg {

using nlohmann::json;

namespace {

json coefficientToJson(const Rational& x) {
    if (x.isInteger()) return x.num();
    return x.toString();
}

json factorToJson(const Factor& f) {
    json a = json::array();
    for (const Rational& x : f) a.push_back(coefficientToJson(x));
    return a;
}

json termToJson(const Term& t) {
    return {{"u", factorToJson(t.u)}, {"v", factorToJson(t.v)}, {"w", factorToJson(t.w)}};
}

json header(const char* kind, const std::string& name, const TensorSize& size, Field field) {
    return {{"format", kProjectFormatName},
            {"version", kProjectFormatVersion},
            {"kind", kind},
            {"name", name},
            {"size", {size.n, size.m, size.p}},
            {"field", fieldName(field)}};
}

// Error helper: every message starts with the origin and the JSON path that is wrong.
[[noreturn]] void fail(const std::string& origin, const std::string& where,
                       const std::string& what) {
    throw LoadError(origin + ": " + where + ": " + what);
}

Rational coefficientFromJson(const json& j, const std::string& origin, const std::string& where) {
    if (j.is_number_integer()) return jsonIntegerCoefficient(j, origin + ": " + where);
    if (j.is_string()) {
        if (auto r = Rational::parse(j.get<std::string>())) return *r;
        fail(origin, where, describeJson(j) + " is not a number like 3 or -1/2");
    }
    fail(origin, where,
         "coefficient must be an integer or a string like \"1/2\", not " + describeJson(j));
}

Factor factorFromJson(const json& j, std::size_t length, const std::string& origin,
                      const std::string& where) {
    if (!j.is_array()) fail(origin, where, "must be an array of coefficients");
    if (j.size() != length)
        fail(origin, where,
             "has " + std::to_string(j.size()) + " coefficients, the size needs " +
                 std::to_string(length));
    Factor f;
    f.reserve(length);
    for (std::size_t i = 0; i < j.size(); ++i)
        f.push_back(coefficientFromJson(j[i], origin, where + "[" + std::to_string(i) + "]"));
    return f;
}

Term termFromJson(const json& j, const TensorSize& size, const std::string& origin,
                  const std::string& where) {
    if (!j.is_object()) fail(origin, where, "must be an object with u, v and w");
    for (const char* key : {"u", "v", "w"})
        if (!j.contains(key)) fail(origin, where, std::string("has no \"") + key + "\"");
    return {factorFromJson(j["u"], std::size_t(size.uSize()), origin, where + ".u"),
            factorFromJson(j["v"], std::size_t(size.vSize()), origin, where + ".v"),
            factorFromJson(j["w"], std::size_t(size.wSize()), origin, where + ".w")};
}

std::string stringOr(const json& j, const char* key, const std::string& fallback = {}) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : fallback;
}

// An optional count (step_limit, the agent's visits...): 0 when absent, an error when it is
// not a whole number or does not fit an int (a wrapped 2^32 + 1 would read as 1).
int countOr0(const json& j, const char* key, const std::string& origin, const std::string& where) {
    if (!j.contains(key)) return 0;
    const json& v = j[key];
    if (!v.is_number_integer())
        fail(origin, where + key, "must be a whole number, not " + describeJson(v));
    return jsonInt(v, origin + ": " + where + key);
}

// Builds the value as nlohmann's own parser does, counting the elements of the top-level
// "terms" and "moves" arrays as they are read, so that a file with too many is refused before
// it is built (each term costs far more as a JSON value than as text). nlohmann's callback
// parser could count too, but it rescans the enclosing array after every object: quadratic.
class CappedDomBuilder {
  public:
    CappedDomBuilder(json& result, const std::string& origin) : dom_(result), origin_(origin) {}

    bool null() { return element() && dom_.null(); }
    bool boolean(bool v) { return element() && dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return element() && dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return element() && dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& text) {
        return element() && dom_.number_float(v, text);
    }
    bool string(json::string_t& v) { return element() && dom_.string(v); }
    bool binary(json::binary_t& v) { return element() && dom_.binary(v); }
    bool start_object(std::size_t n) {
        ++depth_;
        return element(depth_ - 1) && dom_.start_object(n);
    }
    bool key(json::string_t& k) {
        if (depth_ == 1) {
            topKey_ = k;
            elements_ = 0;
        }
        return dom_.key(k);
    }
    bool end_object() {
        --depth_;
        return dom_.end_object();
    }
    bool start_array(std::size_t n) {
        ++depth_;
        return element(depth_ - 1) && dom_.start_array(n);
    }
    bool end_array() {
        --depth_;
        return dom_.end_array();
    }
    // nlohmann's own handler would rethrow `e` as its base class, losing the byte offset.
    [[noreturn]] bool parse_error(std::size_t position, const std::string& /*token*/,
                                  const nlohmann::detail::exception& /*e*/) {
        throw LoadError(origin_ + ": not valid JSON (byte " + std::to_string(position) + ")");
    }

  private:
    // A value starts at `depth` open containers: at 2 it is an element of a top-level array.
    bool element() { return element(depth_); }
    bool element(int depth) {
        if (depth == 2 && (topKey_ == "terms" || topKey_ == "moves") &&
            ++elements_ > std::size_t(kMaxTerms))
            fail(origin_, topKey_, "has more than " + std::to_string(kMaxTerms) + " entries");
        return true;
    }

    nlohmann::detail::json_sax_dom_parser<json> dom_;
    const std::string& origin_;
    int depth_ = 0;
    std::string topKey_;
    std::size_t elements_ = 0;
};

json parseCapped(const std::string& text, const std::string& origin) {
    checkJsonDepth(text, origin);
    json result;
    CappedDomBuilder builder(result, origin);
    json::sax_parse(text, &builder);
    return result;
}

}  // namespace

std::string schemeToProjectJson(const Scheme& scheme) {
    json j = header("scheme", scheme.name, scheme.size, scheme.field);
    j["description"] = scheme.description;
    j["rank"] = scheme.rank();
    json terms = json::array();
    for (const Term& t : scheme.terms) terms.push_back(termToJson(t));
    j["terms"] = std::move(terms);
    return j.dump(1) + "\n";
}

std::string episodeToProjectJson(const Episode& episode) {
    json j = header("episode", episode.name, episode.size, episode.field);
    j["source"] = episode.source;
    j["coefficients"] = coefficientSetName(episode.coefficients);
    j["step_limit"] = episode.stepLimit;
    json moves = json::array();
    for (const Move& m : episode.moves) {
        json mj = termToJson(m.term);
        mj["actor"] = actorName(m.actor);
        if (m.stats)
            mj["stats"] = {{"visits", m.stats->visits},
                           {"prior", m.stats->prior},
                           {"value", m.stats->value},
                           {"simulations", m.stats->simulations},
                           {"candidates", m.stats->candidates}};
        moves.push_back(std::move(mj));
    }
    j["moves"] = std::move(moves);
    return j.dump(1) + "\n";
}

bool looksLikeProjectJson(const std::string& text) {
    const auto head = text.substr(0, 4096);
    return head.find(kProjectFormatName) != std::string::npos &&
           head.find('{') != std::string::npos;
}

namespace {
std::variant<Scheme, Episode> parseImpl(const std::string& text, const std::string& origin);
}  // namespace

std::variant<Scheme, Episode> parseProjectJson(const std::string& text, const std::string& origin) {
    try {
        return parseImpl(text, origin);
    } catch (const json::exception& e) {
        // Wrong value types deep inside (e.g. "visits": "many") surface here.
        throw LoadError(origin + ": malformed project file: " + e.what());
    }
}

namespace {
std::variant<Scheme, Episode> parseImpl(const std::string& text, const std::string& origin) {
    json j = parseCapped(text, origin);
    if (!j.is_object()) fail(origin, "top level", "must be a JSON object");
    if (stringOr(j, "format") != kProjectFormatName)
        fail(origin, "format", std::string("must be \"") + kProjectFormatName + "\"");
    if (!j.contains("version") || !j["version"].is_number_integer())
        fail(origin, "version", "missing");
    const int version = jsonInt(j["version"], origin + ": version");
    if (version < 1 || version > kProjectFormatVersion)
        fail(origin, "version",
             std::to_string(version) + " is not supported (this build reads up to " +
                 std::to_string(kProjectFormatVersion) + ")");

    if (!j.contains("size") || !j["size"].is_array() || j["size"].size() != 3 ||
        !j["size"][0].is_number_integer() || !j["size"][1].is_number_integer() ||
        !j["size"][2].is_number_integer())
        fail(origin, "size", "must be [n, m, p]");
    const auto dim = [&](std::size_t i) {
        return jsonInt(j["size"][i], origin + ": size[" + std::to_string(i) + "]");
    };
    const TensorSize size{dim(0), dim(1), dim(2)};
    if (!size.isValid())
        fail(origin, "size",
             size.toString() + " is out of range (each dimension 1.." +
                 std::to_string(TensorSize::kMaxDim) + ")");
    const auto field = parseField(stringOr(j, "field"));
    if (!field) fail(origin, "field", "must be \"Z\", \"Q\" or \"Z2\"");

    const std::string kind = stringOr(j, "kind");
    if (kind == "scheme") {
        Scheme s;
        s.size = size;
        s.field = *field;
        s.name = stringOr(j, "name");
        s.description = stringOr(j, "description");
        if (!j.contains("terms") || !j["terms"].is_array())
            fail(origin, "terms", "must be an array");
        s.terms.reserve(j["terms"].size());  // at most kMaxTerms: parseCapped counted them
        for (std::size_t r = 0; r < j["terms"].size(); ++r)
            s.terms.push_back(
                termFromJson(j["terms"][r], size, origin, "terms[" + std::to_string(r) + "]"));
        if (j.contains("rank") && j["rank"].is_number_integer() &&
            jsonInt64(j["rank"], origin + ": rank") != s.rank())
            fail(origin, "rank",
                 "says " + describeJson(j["rank"]) + " but there are " + std::to_string(s.rank()) +
                     " terms");
        return s;
    }
    if (kind == "episode") {
        Episode e;
        e.size = size;
        e.field = *field;
        e.name = stringOr(j, "name");
        e.source = stringOr(j, "source");
        const auto set = parseCoefficientSet(stringOr(j, "coefficients", "any"));
        if (!set) fail(origin, "coefficients", "must be \"mod2\", \"-1..1\", \"-2..2\" or \"any\"");
        e.coefficients = *set;
        if (j.contains("step_limit") && j["step_limit"].is_number_integer())
            e.stepLimit = countOr0(j, "step_limit", origin, "");
        if (!j.contains("moves") || !j["moves"].is_array())
            fail(origin, "moves", "must be an array");
        e.moves.reserve(j["moves"].size());  // at most kMaxTerms: parseCapped counted them
        for (std::size_t r = 0; r < j["moves"].size(); ++r) {
            const std::string where = "moves[" + std::to_string(r) + "]";
            const json& mj = j["moves"][r];
            Move m;
            m.term = termFromJson(mj, size, origin, where);
            const auto actor = parseActor(stringOr(mj, "actor", "import"));
            if (!actor) fail(origin, where + ".actor", "must be person, agent, search or import");
            m.actor = *actor;
            if (mj.contains("stats") && mj["stats"].is_object()) {
                const json& sj = mj["stats"];
                AgentStats st;
                const std::string at = where + ".stats.";
                st.visits = countOr0(sj, "visits", origin, at);
                st.prior = sj.value("prior", 0.0);
                st.value = sj.value("value", 0.0);
                st.simulations = countOr0(sj, "simulations", origin, at);
                st.candidates = countOr0(sj, "candidates", origin, at);
                m.stats = st;
            }
            e.moves.push_back(std::move(m));
        }
        return e;
    }
    fail(origin, "kind", "must be \"scheme\" or \"episode\"");
}

}  // namespace

}  // namespace tg
