#pragma once
// The recorded path of a flip-graph walk: the scheme it started from and every step taken
// (flip, reduction, plus transition), each as the primitive edits of the term list.
// The GUI replays it step by step; schemeAt(k) rebuilds the scheme after k steps.
#include <string>
#include <vector>

#include "core/game/Episode.h"
#include "core/tensor/Scheme.h"

namespace tg::search {

struct TraceEdit {
    enum class Op { Set, Remove, Append };
    Op op = Op::Set;
    int index = 0;  // Remove: the last term moves into this slot
    Term term;      // Set, Append: the new term
    friend bool operator==(const TraceEdit&, const TraceEdit&) = default;
};

struct TraceStep {
    std::string kind;  // "flip", "reduction", "plus"
    std::vector<TraceEdit> edits;
    friend bool operator==(const TraceStep&, const TraceStep&) = default;
};

class SearchTrace {
  public:
    Scheme start;
    std::vector<TraceStep> steps;

    [[nodiscard]] int length() const { return static_cast<int>(steps.size()); }
    // The scheme after the first `step` steps (0: the start). Throws std::out_of_range.
    [[nodiscard]] Scheme schemeAt(int step) const;
    // How many steps of each kind the path holds.
    [[nodiscard]] int count(const std::string& kind) const;
    // The final scheme as an episode whose moves are the search's (Actor::Search).
    [[nodiscard]] Episode toEpisode(const std::string& source) const;
};

void applyStep(std::vector<Term>& terms, const TraceStep& step);

}  // namespace tg::search
