#pragma once
// Scheme files turned into lessons for the network, as `train --lessons` and the Training dock
// take them: every file read (any format the app reads, every scheme a file holds), then every
// scheme verified and taught (schemesLessons, Lessons.h). All of it happens before training
// starts, so that a file that cannot teach is refused with its name instead of half-taught.
#include <atomic>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/search/Demonstration.h"
#include "core/search/MctsParams.h"

namespace tg::search {

struct FileLessons {
    int schemes = 0;                            // the schemes the files held
    std::vector<Demonstration> demonstrations;  // `copies` per scheme and move
};

// The first file that does not read (`unreadable`; what() names it and says why) or the first
// scheme that cannot teach (what() says why; `source` names the scheme as the loader does: the
// file, or "FILE#n,m,p" for one scheme of an archive).
struct LessonFileError : std::runtime_error {
    LessonFileError(std::string where, bool notRead, const std::string& why)
        : std::runtime_error(why), source(std::move(where)), unreadable(notRead) {}
    std::string source;
    bool unreadable;
};

// The lessons of `files` for `game`: each scheme taught `copies` times (mod 2 in random bases
// unless `randomBasis` is off) with its own seed from `seed`. Throws LessonFileError. Returns
// nothing when `stop` is set (checked between files and between schemes), so that a caller
// reading thousands of files on a background thread can be stopped.
[[nodiscard]] std::optional<FileLessons> readLessonFiles(const std::vector<std::string>& files,
                                                         const AgentGame& game, int copies,
                                                         bool randomBasis, std::uint64_t seed,
                                                         const std::atomic<bool>* stop = nullptr);

}  // namespace tg::search
