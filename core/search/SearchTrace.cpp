#include "core/search/SearchTrace.h"

#include <algorithm>
#include <stdexcept>

namespace tg::search {

void applyStep(std::vector<Term>& terms, const TraceStep& step) {
    for (const TraceEdit& e : step.edits) {
        const auto idx = static_cast<std::size_t>(e.index);
        switch (e.op) {
            case TraceEdit::Op::Set:
                terms.at(idx) = e.term;
                break;
            case TraceEdit::Op::Append:
                terms.push_back(e.term);
                break;
            case TraceEdit::Op::Remove:
                terms.at(idx) = terms.back();
                terms.pop_back();
                break;
        }
    }
}

Scheme SearchTrace::schemeAt(int step) const {
    if (step < 0 || step > length()) throw std::out_of_range("trace step out of range");
    Scheme s = start;
    for (int k = 0; k < step; ++k) applyStep(s.terms, steps[static_cast<std::size_t>(k)]);
    return s;
}

int SearchTrace::count(const std::string& kind) const {
    return static_cast<int>(std::count_if(steps.begin(), steps.end(),
                                          [&](const TraceStep& s) { return s.kind == kind; }));
}

Episode SearchTrace::toEpisode(const std::string& source) const {
    Episode e = episodeFromScheme(schemeAt(length()), source);
    for (Move& m : e.moves) m.actor = Actor::Search;
    return e;
}

}  // namespace tg::search
