#pragma once
// train --lessons: schemes the network learns from beside its synthetic demonstrations (and, in
// expert iteration, its own games), read and checked before any training starts.
#include <optional>
#include <string>
#include <vector>

#include "CliOptions.h"
#include "core/search/LessonFiles.h"
#include "core/search/MctsParams.h"

namespace tg::cli {

// The lessons of every scheme --lessons names (scheme files, files of several, or folders of
// them), for `game`; mod 2 in random bases unless `randomBasis` is off. Empty when --lessons is
// not given; nothing once it has said on stderr why a file cannot teach (unreadable, another
// size, a scheme that does not verify).
[[nodiscard]] std::optional<search::FileLessons> readLessons(const Options& o,
                                                             const search::AgentGame& game,
                                                             bool randomBasis);

// ", learning from 2000 schemes (368000 demonstrations, the newest 100000 kept)" for the start
// line: what the lessons made and what the buffer (--buffer-size) holds; "" without lessons.
[[nodiscard]] std::string lessonsSaid(int schemes, std::size_t demonstrations, std::size_t kept);

}  // namespace tg::cli
