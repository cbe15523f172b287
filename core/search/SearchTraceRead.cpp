#include "core/search/SearchTraceRead.h"

#include <nlohmann/json.hpp>
#include <variant>

#include "core/io/JsonText.h"
#include "core/io/LoadError.h"
#include "core/io/ProjectJson.h"
#include "core/search/SearchTraceJson.h"

namespace tg::search {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& origin, const std::string& what) {
    throw LoadError(origin + ": " + what);
}

Factor factorFrom(const json& j, int length, const std::string& origin, const std::string& where) {
    if (!j.is_array() || j.size() != static_cast<std::size_t>(length))
        fail(origin, where + " must be an array of " + std::to_string(length) + " coefficients");
    Factor f;
    std::string at = origin;  // the prefix of every coefficient's message
    at.append(": ").append(where);
    for (const json& c : j) {
        if (c.is_number_integer()) {
            f.push_back(jsonIntegerCoefficient(c, at));
        } else if (const auto r =
                       c.is_string() ? Rational::parse(c.get<std::string>()) : std::nullopt) {
            f.push_back(*r);
        } else {
            fail(origin, where + ": " + describeJson(c) + " is not a coefficient");
        }
    }
    return f;
}

// One edit, checked against the number of terms before it; `terms` follows the edit.
TraceEdit editFrom(const json& j, const TensorSize& size, int& terms, const std::string& origin,
                   const std::string& where) {
    if (!j.is_object() || !j.contains("op") || !j["op"].is_string() || !j.contains("index") ||
        !j["index"].is_number_integer())
        fail(origin, where + " must be an object with \"op\" and \"index\"");
    TraceEdit e;
    const std::string op = j["op"].get<std::string>();
    e.index = jsonInt(j["index"], origin + ": " + where + ".index");
    if (op == "remove") {
        e.op = TraceEdit::Op::Remove;
        if (e.index < 0 || e.index >= terms)
            fail(origin, where + ": no term " + std::to_string(e.index));
        --terms;
        return e;
    }
    if (op == "set") {
        e.op = TraceEdit::Op::Set;
        if (e.index < 0 || e.index >= terms)
            fail(origin, where + ": no term " + std::to_string(e.index));
    } else if (op == "append") {
        e.op = TraceEdit::Op::Append;
        if (terms >= kMaxTerms)
            fail(origin, where + ": more than " + std::to_string(kMaxTerms) + " terms");
        ++terms;
    } else {
        fail(origin, where + ": unknown op " + describeJson(j["op"]));
    }
    for (const char* key : {"u", "v", "w"})
        if (!j.contains(key)) fail(origin, where + " has no \"" + key + "\"");
    e.term = {factorFrom(j["u"], size.uSize(), origin, where + ".u"),
              factorFrom(j["v"], size.vSize(), origin, where + ".v"),
              factorFrom(j["w"], size.wSize(), origin, where + ".w")};
    return e;
}

}  // namespace

bool looksLikeSearchTrace(const std::string& text) {
    return text.substr(0, 4096).find(kSearchTraceFormatName) != std::string::npos;
}

SearchTrace searchTraceFromJson(const std::string& text, const std::string& origin) {
    const json j = parseJsonText(text, origin);
    if (!j.is_object() || !j.contains("format") || j["format"] != kSearchTraceFormatName)
        fail(origin, std::string("not a search path (\"format\" must be \"") +
                         kSearchTraceFormatName + "\")");
    if (!j.contains("version") || j["version"] != 1) fail(origin, "only version 1 is known");
    if (!j.contains("start") || !j["start"].is_object()) fail(origin, "has no \"start\" scheme");
    auto start = parseProjectJson(j["start"].dump(), origin + ": start");
    if (!std::holds_alternative<Scheme>(start)) fail(origin, "\"start\" must be a scheme");
    SearchTrace trace;
    trace.start = std::get<Scheme>(std::move(start));
    if (!j.contains("steps") || !j["steps"].is_array()) fail(origin, "has no \"steps\" array");
    int terms = trace.start.rank();
    const TensorSize size = trace.start.size;
    for (std::size_t s = 0; s < j["steps"].size(); ++s) {
        const json& js = j["steps"][s];
        const std::string where = "steps[" + std::to_string(s) + "]";
        if (!js.is_object() || !js.contains("kind") || !js["kind"].is_string() ||
            !js.contains("edits") || !js["edits"].is_array())
            fail(origin, where + " must be an object with \"kind\" and \"edits\"");
        TraceStep step;
        step.kind = js["kind"].get<std::string>();
        if (step.kind != "flip" && step.kind != "reduction" && step.kind != "plus")
            fail(origin, where + ": unknown kind " + describeJson(js["kind"]));
        for (std::size_t e = 0; e < js["edits"].size(); ++e)
            step.edits.push_back(editFrom(js["edits"][e], size, terms, origin,
                                          where + ".edits[" + std::to_string(e) + "]"));
        trace.steps.push_back(std::move(step));
    }
    return trace;
}

std::vector<int> traceRanks(const SearchTrace& trace) {
    std::vector<int> out;
    int r = trace.start.rank();
    out.push_back(r);
    for (const TraceStep& step : trace.steps) {
        for (const TraceEdit& e : step.edits) {
            if (e.op == TraceEdit::Op::Remove) --r;
            if (e.op == TraceEdit::Op::Append) ++r;
        }
        out.push_back(r);
    }
    return out;
}

}  // namespace tg::search
