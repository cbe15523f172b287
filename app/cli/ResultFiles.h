#pragma once
// Where a CLI search keeps what it finds: every improvement replaces --out (and --trace) at once,
// atomically, from whichever search thread reports it, so a search that is stopped or killed
// keeps its best. A failed write is remembered rather than thrown: the search goes on (it may
// still find something worth keeping) and the command reports the first error at the end.

#include <mutex>
#include <string>

#include "core/io/SchemeFormat.h"
#include "core/search/SearchListener.h"

namespace tg::cli {

class ResultFiles {
  public:
    // An empty `out` or `trace` writes nothing there.
    ResultFiles(std::string out, SchemeFormat format, std::string trace = {});

    // Writes the result's scheme to `out` and, when it carries one, its episode to `trace`.
    void save(const search::SearchResult& result);

    // The first write error, or empty.
    [[nodiscard]] std::string firstError() const;

  private:
    std::string out_;
    SchemeFormat format_;
    std::string trace_;
    mutable std::mutex mutex_;
    std::string error_;
};

}  // namespace tg::cli
