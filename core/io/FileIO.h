#pragma once
// Whole-file reading with a size cap, and atomic writing (temporary file, then rename), so a
// failed or interrupted write never leaves a half-written file behind.

#include <cstdint>
#include <string>

namespace tg {

// Throws LoadError naming the path when it cannot be read or is larger than maxBytes.
[[nodiscard]] std::string readFileBytes(const std::string& path,
                                        std::uintmax_t maxBytes = 512ULL << 20);
// Throws std::runtime_error naming the path when the file cannot be written.
void writeFileAtomic(const std::string& path, const std::string& bytes);

}  // namespace tg
