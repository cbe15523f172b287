#pragma once
// Whole-file reading with a size cap, and atomic writing (temporary file, then rename), so a
// failed or interrupted write never leaves a half-written file behind. The one writer of the
// project's files: schemes, reports, episodes and (through bytes in memory) model files.

#include <cstdint>
#include <string>

namespace tg {

// Throws LoadError naming the path when it cannot be read or is larger than maxBytes.
[[nodiscard]] std::string readFileBytes(const std::string& path,
                                        std::uintmax_t maxBytes = 512ULL << 20);
// Writes `bytes` to a new temporary file in the target's folder (a unique name, created with
// O_EXCL), syncs it to the disk, renames it over `path` and syncs the folder: after a crash or a
// power cut `path` holds the old content or the new, whole. Throws std::runtime_error naming the
// path when the file cannot be written; the temporary is removed and the old file left intact.
void writeFileAtomic(const std::string& path, const std::string& bytes);

}  // namespace tg
