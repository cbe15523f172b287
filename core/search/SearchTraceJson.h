#pragma once
// A SearchTrace as JSON, for the GUI's replay of how a search found its scheme:
//   {"format": "tensorgame-search-trace", "version": 1, "size": [n,m,p], "field": "Z2",
//    "start": <the start scheme in the project format>,
//    "steps": [{"kind": "flip", "edits": [{"op": "set", "index": 3, "u": [...], "v": [...],
//               "w": [...]}, {"op": "remove", "index": 5}, ...]}, ...]}
// Remove moves the last term into the removed slot (see SearchTrace).
#include <string>

#include "core/search/SearchTrace.h"

namespace tg::search {

inline constexpr const char* kSearchTraceFormatName = "tensorgame-search-trace";

[[nodiscard]] std::string searchTraceToJson(const SearchTrace& trace);

}  // namespace tg::search
