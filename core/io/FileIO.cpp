#include "core/io/FileIO.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

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

void writeFileAtomic(const std::string& path, const std::string& bytes) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::random_device rd;
    // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "." + std::string.
    std::string tmpName(".");
    tmpName.append(target.filename().string()).append(".tmp").append(std::to_string(rd() % 1000000));
    const fs::path tmp = dir / tmpName;
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(tmp, ignored);
            throw std::runtime_error(path + ": write failed: " + std::strerror(errno));
        }
    }
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        throw std::runtime_error(path + ": cannot replace file: " + ec.message());
    }
}

}  // namespace tg
