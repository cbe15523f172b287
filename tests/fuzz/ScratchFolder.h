#pragma once
// The private folder a fuzz target writes its inputs to, so that they are opened by name as a
// user's files are. One per process (its id in the name: the smoke tests run targets side by
// side), created on first use and removed when the process exits: libFuzzer ends with exit(),
// which runs this destructor, so a run leaves nothing behind in the temporary folder.
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace tg::fuzz {

class ScratchFolder {
  public:
    explicit ScratchFolder(const std::string& prefix)
        : path_(std::filesystem::temp_directory_path() / (prefix + std::to_string(::getpid()))) {
        std::filesystem::create_directories(path_);
    }
    ~ScratchFolder() {
        std::error_code ignored;  // nothing to report to at exit; a leftover is harmless
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace tg::fuzz
