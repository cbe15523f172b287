#include "core/io/ReportJson.h"

#include <nlohmann/json.hpp>

#include "core/io/Formula.h"
#include "core/tensor/Stability.h"

namespace tg {

using nlohmann::json;

namespace {
json factorJson(const Factor& f) {
    json a = json::array();
    for (const Rational& x : f) a.push_back(x.isInteger() ? json(x.num()) : json(x.toString()));
    return a;
}
}  // namespace

std::string verifyJson(const std::string& source, const Scheme& scheme,
                       const std::array<VerifyReport, 3>& reports, Field checked) {
    const Cost c = cost(scheme);
    json valid = json::object();
    const VerifyReport* listed = nullptr;
    for (const VerifyReport& r : reports) {
        valid[fieldName(r.field)] = r.valid;
        if (r.field == checked) listed = &r;
    }
    json j = {{"source", source},
              {"name", scheme.name},
              {"size", {scheme.size.n, scheme.size.m, scheme.size.p}},
              {"rank", scheme.rank()},
              {"field", fieldName(scheme.field)},
              {"checked", fieldName(checked)},
              {"valid", valid},
              {"multiplications", c.multiplications},
              {"additions", c.additions},
              {"scalings", c.scalings},
              // Bini-Lotti / Ballard et al. (core/tensor/Stability.h)
              {"stability_factor", stabilityFactor(scheme)}};
    if (listed) {
        j["wrong_count"] = listed->wrongCount;
        if (!listed->reason.empty()) j["reason"] = listed->reason;
        json wrong = json::array();
        for (const WrongEntry& e : listed->wrong)
            wrong.push_back(
                {{"a", scheme.size.aLabel(e.a)},
                 {"b", scheme.size.bLabel(e.b)},
                 {"c", scheme.size.cLabel(e.c)},
                 {"expected", e.expected.toString()},
                 {"actual", e.actualText.empty() ? e.actual.toString() : e.actualText}});
        j["wrong"] = std::move(wrong);
    }
    return j.dump();
}

std::string stepJson(const Episode& episode, const StepFacts& facts, const Move* move) {
    json j = {{"step", facts.step},
              {"length", episode.length()},
              {"residual_nonzeros", facts.residualNonZeros},
              {"flattening_ranks", facts.flatteningRanks},
              {"rank_lower_bound", facts.rankLowerBound},
              {"solved", facts.solved}};
    json complete = json::array();
    for (int i = 0; i < episode.size.n; ++i)
        for (int k = 0; k < episode.size.p; ++k)
            if (facts.completeC[std::size_t(episode.size.cIndex(i, k))])
                complete.push_back(episode.size.cLabel(episode.size.cIndex(i, k)));
    j["complete_c"] = std::move(complete);
    if (move) {
        j["actor"] = actorName(move->actor);
        j["product"] = productFormula(episode.size, move->term, facts.step - 1);
        j["u"] = factorJson(move->term.u);
        j["v"] = factorJson(move->term.v);
        j["w"] = factorJson(move->term.w);
    } else {
        j["actor"] = nullptr;
        j["product"] = nullptr;
    }
    return j.dump();
}

}  // namespace tg
