#pragma once
// Reads a search's recorded path (the JSON searchTraceToJson writes, `search --path FILE`) back
// into a SearchTrace, for the app's replay of the walk. Every edit is checked against the term
// list it applies to, so a damaged or hostile file is refused with a message instead of
// failing later in schemeAt().
#include <string>

#include "core/search/SearchTrace.h"

namespace tg::search {

// True when the text names the search-trace format (a quick look, not a full parse).
[[nodiscard]] bool looksLikeSearchTrace(const std::string& text);

// Throws LoadError naming `origin` and what is wrong.
[[nodiscard]] SearchTrace searchTraceFromJson(const std::string& text, const std::string& origin);

// Per step (0: the start, then after each step): the rank of the scheme, for charts.
[[nodiscard]] std::vector<int> traceRanks(const SearchTrace& trace);

}  // namespace tg::search
