#include "core/io/FileIO.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <utility>

#include "core/io/LoadError.h"

namespace tg {

std::string readFileBytes(const std::string& path, std::uintmax_t maxBytes) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw LoadError(path + ": is a directory");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) throw LoadError(path + ": cannot read: " + ec.message());
    if (size > maxBytes)
        throw LoadError(path + ": file is too large (" + std::to_string(size) + " bytes, limit " +
                        std::to_string(maxBytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path + ": cannot open: " + std::strerror(errno));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) throw LoadError(path + ": read failed");
    return bytes;
}

namespace {

namespace fs = std::filesystem;

std::runtime_error writeError(const std::string& path, const char* what, int error) {
    return std::runtime_error(path + ": " + what + ": " + std::strerror(error));
}

// A random suffix for temporary names: unpredictable across processes (random_device seeds),
// and distinct across the threads of one process (each has its own generator).
std::string randomSuffix() {
    thread_local std::mt19937_64 generator{
        (static_cast<std::uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}()};
    static constexpr char kDigits[] = "0123456789abcdef";
    std::uint64_t x = generator();
    std::string suffix(16, '0');
    for (char& c : suffix) {
        c = kDigits[x & 15];
        x >>= 4;
    }
    return suffix;
}

// A new temporary file beside the target (the same file system, so rename is atomic), created
// with O_EXCL: two writers never share one, nor does a writer truncate a stranger's file.
// Returns its descriptor and path; another suffix on EEXIST.
std::pair<int, fs::path> createTemporary(const fs::path& dir, const fs::path& target,
                                         const std::string& path) {
    constexpr int kAttempts = 100;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "." + std::string. The
        // name is shortened so that the suffix never pushes it past NAME_MAX (255).
        std::string name(".");
        name.append(target.filename().string().substr(0, 200))
            .append(".tmp-")
            .append(randomSuffix());
        fs::path temp = dir / name;
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) return {fd, std::move(temp)};
        if (errno != EEXIST && errno != EINTR) throw writeError(path, "cannot write", errno);
    }
    throw writeError(path, "cannot create a temporary file", EEXIST);
}

// All of `bytes` (write may take fewer at a time, or be interrupted), then to the disk.
void writeAndSync(int fd, const std::string& bytes, const std::string& path) {
    const char* at = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, at, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw writeError(path, "write failed", errno);
        at += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) throw writeError(path, "cannot sync", errno);
}

// The rename reaches the disk only with the folder's own entry: sync the folder too. A file
// system that cannot sync folders (EINVAL) has nothing more to do.
void syncFolder(const fs::path& dir, const std::string& path) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) throw writeError(path, "cannot sync its folder", errno);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0 && error != EINVAL) throw writeError(path, "cannot sync its folder", error);
}

}  // namespace

void writeFileAtomic(const std::string& path, const std::string& bytes) {
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    auto [fd, temp] = createTemporary(dir, target, path);
    try {
        writeAndSync(fd, bytes, path);
        const int rc = ::close(fd);
        fd = -1;
        if (rc != 0) throw writeError(path, "write failed", errno);
        if (::rename(temp.c_str(), target.c_str()) != 0)
            throw writeError(path, "cannot replace file", errno);
    } catch (...) {
        // Whatever failed, the old file (if any) is untouched and no temporary stays behind.
        if (fd >= 0) ::close(fd);
        ::unlink(temp.c_str());
        throw;
    }
    syncFolder(dir, path);
}

}  // namespace tg
