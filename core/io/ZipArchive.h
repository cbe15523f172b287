#pragma once
// Zip archives held in memory, through libzip: a reader that refuses to decompress more than a
// cap (zip bombs) and a writer of DEFLATE members. libzip stays inside ZipArchive.cpp.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tg {

class ZipReader {
  public:
    // Members larger than this (uncompressed) are refused: AlphaTensor's largest is 3.2 MB.
    static constexpr std::uint64_t kMaxMemberBytes = 256ULL << 20;

    // Opens `bytes`, which must outlive the reader. Throws LoadError "ORIGIN: ..." for input that
    // is not a consistent zip archive.
    ZipReader(const std::string& bytes, const std::string& origin);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    [[nodiscard]] std::int64_t count() const;
    // The member's name as stored (raw bytes).
    [[nodiscard]] std::string name(std::int64_t index) const;
    // The member's uncompressed bytes. Throws LoadError (message without the file name) when its
    // declared size exceeds kMaxMemberBytes, when it inflates past its declared size, or when
    // it is corrupt (bad CRC, truncated, unsupported compression, encrypted).
    [[nodiscard]] std::string read(std::int64_t index) const;

  private:
    struct Archive;
    std::unique_ptr<Archive> archive_;
    std::string origin_;
};

struct ZipMember {
    std::string name;
    std::string data;
};

// A zip archive of these members, DEFLATE-compressed, with a fixed timestamp so that the same
// input gives the same bytes. Throws std::runtime_error if libzip fails.
[[nodiscard]] std::string writeZip(const std::vector<ZipMember>& members);

}  // namespace tg
