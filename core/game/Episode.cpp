#include "core/game/Episode.h"

namespace tg {

std::string actorName(Actor a) {
    switch (a) {
        case Actor::Person:
            return "person";
        case Actor::Agent:
            return "agent";
        case Actor::Search:
            return "search";
        case Actor::Import:
            return "import";
    }
    return "?";
}

std::optional<Actor> parseActor(std::string_view text) {
    for (Actor a : {Actor::Person, Actor::Agent, Actor::Search, Actor::Import})
        if (actorName(a) == text) return a;
    return std::nullopt;
}

Episode episodeFromScheme(const Scheme& scheme, const std::string& source) {
    Episode e;
    e.size = scheme.size;
    e.field = scheme.field;
    e.name = scheme.name;
    e.source = source;
    std::vector<Rational> used;
    for (const Term& t : scheme.terms) {
        e.moves.push_back({t, Actor::Import, std::nullopt});
        for (const Factor* f : {&t.u, &t.v, &t.w}) used.insert(used.end(), f->begin(), f->end());
    }
    e.coefficients = coefficientSetFor(scheme.field, used);
    return e;
}

Scheme schemeFromEpisode(const Episode& episode) {
    Scheme s;
    s.size = episode.size;
    s.field = episode.field;
    s.name = episode.name;
    s.description = episode.source;
    for (const Move& m : episode.moves) s.terms.push_back(m.term);
    return s;
}

}  // namespace tg
