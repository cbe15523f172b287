#include "core/search/SearchTraceJson.h"

#include <nlohmann/json.hpp>

#include "core/io/ProjectJson.h"

namespace tg::search {

namespace {

using nlohmann::json;

json factorToJson(const Factor& f) {
    json a = json::array();
    for (const Rational& x : f) {
        if (x.isInteger())
            a.push_back(x.num());
        else
            a.push_back(x.toString());
    }
    return a;
}

const char* opName(TraceEdit::Op op) {
    switch (op) {
        case TraceEdit::Op::Set:
            return "set";
        case TraceEdit::Op::Remove:
            return "remove";
        case TraceEdit::Op::Append:
            return "append";
    }
    return "set";
}

}  // namespace

std::string searchTraceToJson(const SearchTrace& trace) {
    const Scheme& s = trace.start;
    json steps = json::array();
    for (const TraceStep& step : trace.steps) {
        json edits = json::array();
        for (const TraceEdit& e : step.edits) {
            json je{{"op", opName(e.op)}, {"index", e.index}};
            if (e.op != TraceEdit::Op::Remove) {
                je["u"] = factorToJson(e.term.u);
                je["v"] = factorToJson(e.term.v);
                je["w"] = factorToJson(e.term.w);
            }
            edits.push_back(std::move(je));
        }
        steps.push_back({{"kind", step.kind}, {"edits", std::move(edits)}});
    }
    json j{{"format", kSearchTraceFormatName},
           {"version", 1},
           {"size", {s.size.n, s.size.m, s.size.p}},
           {"field", fieldName(s.field)},
           {"start", json::parse(schemeToProjectJson(s))},
           {"steps", std::move(steps)}};
    return j.dump() + "\n";
}

}  // namespace tg::search
