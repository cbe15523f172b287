#include "core/io/ZipArchive.h"

#include <zip.h>

#include <cstdio>
#include <stdexcept>

#include "core/io/LoadError.h"

namespace tg {

namespace {

// zip_error_t owns its message; copy it out before releasing it.
std::string takeMessage(zip_error_t& error) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return message;
}

// libzip's wording for the failures a user meets, made specific where it is vague.
std::string openFailure(zip_error_t& error) {
    switch (zip_error_code_zip(&error)) {
        case ZIP_ER_EXISTS:
            zip_error_fini(&error);
            return "two members have the same name";
        case ZIP_ER_NOZIP:
            zip_error_fini(&error);
            return "no end of central directory found (not a zip file, or truncated)";
        case ZIP_ER_INCONS:
            zip_error_fini(&error);
            return "the central directory and the members disagree (corrupt or truncated)";
        default:
            return takeMessage(error);
    }
}

struct FileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

struct ArchiveDiscarder {
    void operator()(zip_t* z) const { zip_discard(z); }
};

struct SourceFreer {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFreer>;

// 2000-01-01 00:00 UTC: any fixed time makes the output reproducible; this one survives the
// conversion to DOS time in every time zone.
constexpr time_t kFixedTime = 946684800;

}  // namespace

struct ZipReader::Archive {
    std::unique_ptr<zip_t, ArchiveDiscarder> zip;
};

ZipReader::ZipReader(const std::string& bytes, const std::string& origin)
    : archive_(std::make_unique<Archive>()), origin_(origin) {
    if (bytes.empty()) throw LoadError(origin + ": not a zip archive (the file is empty)");
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr source(zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error));
    if (!source) throw LoadError(origin + ": cannot read the archive: " + takeMessage(error));
    // ZIP_CHECKCONS: also compare the local headers with the central directory.
    zip_t* z = zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!z) throw LoadError(origin + ": not a readable zip archive: " + openFailure(error));
    static_cast<void>(source.release());  // the archive owns it now
    zip_error_fini(&error);
    archive_->zip.reset(z);
}

ZipReader::~ZipReader() = default;

std::int64_t ZipReader::count() const {
    return zip_get_num_entries(archive_->zip.get(), 0);
}

std::string ZipReader::name(std::int64_t index) const {
    const char* n =
        zip_get_name(archive_->zip.get(), static_cast<zip_uint64_t>(index), ZIP_FL_ENC_RAW);
    if (!n) throw LoadError(origin_ + ": cannot read the name of member " + std::to_string(index));
    return n;
}

std::string ZipReader::read(std::int64_t index) const {
    zip_t* z = archive_->zip.get();
    const auto i = static_cast<zip_uint64_t>(index);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, i, 0, &st) != 0 || (st.valid & ZIP_STAT_SIZE) == 0)
        throw LoadError(std::string("cannot read the member's entry: ") + zip_strerror(z));
    // The declared size is checked first, so a bomb is refused before a byte is inflated.
    if (st.size > kMaxMemberBytes)
        throw LoadError("member claims " + std::to_string(st.size) +
                        " bytes uncompressed, more than the limit of " +
                        std::to_string(kMaxMemberBytes));
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(z, i, 0));
    if (!file) throw LoadError(std::string("cannot open the member: ") + zip_strerror(z));
    std::string out;
    out.reserve(static_cast<std::size_t>(std::min<zip_uint64_t>(st.size, 1 << 20)));
    char buffer[1 << 16];
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
        if (got < 0)
            throw LoadError(std::string("the member is corrupt: ") + zip_file_strerror(file.get()));
        if (got == 0) break;
        // A stream that inflates past its declared size is cut off here, whatever libzip does.
        if (static_cast<zip_uint64_t>(got) > st.size - out.size())
            throw LoadError("the member inflates past its declared size of " +
                            std::to_string(st.size) + " bytes");
        out.append(buffer, static_cast<std::size_t>(got));
    }
    if (out.size() != st.size)
        throw LoadError("the member is truncated: " + std::to_string(out.size()) + " of " +
                        std::to_string(st.size) + " bytes");
    return out;
}

std::string writeZip(const std::vector<ZipMember>& members) {
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target) throw std::runtime_error("cannot create a zip buffer: " + takeMessage(error));
    std::unique_ptr<zip_t, ArchiveDiscarder> zip(
        zip_open_from_source(target.get(), ZIP_TRUNCATE, &error));
    if (!zip) throw std::runtime_error("cannot create a zip archive: " + takeMessage(error));
    zip_error_fini(&error);
    zip_source_keep(target.get());  // one reference for the archive, one kept for reading back

    for (const ZipMember& m : members) {
        SourcePtr data(zip_source_buffer(zip.get(), m.data.data(), m.data.size(), 0));
        if (!data) throw std::runtime_error(std::string("zip: ") + zip_strerror(zip.get()));
        const zip_int64_t index =
            zip_file_add(zip.get(), m.name.c_str(), data.get(), ZIP_FL_ENC_UTF_8);
        if (index < 0)
            throw std::runtime_error("zip: cannot add " + m.name + ": " + zip_strerror(zip.get()));
        static_cast<void>(data.release());  // added: the archive owns it
        const auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(zip.get(), i, ZIP_CM_DEFLATE, 0) != 0 ||
            zip_file_set_mtime(zip.get(), i, kFixedTime, 0) != 0)
            throw std::runtime_error(std::string("zip: ") + zip_strerror(zip.get()));
    }
    // libzip writes nothing for an archive without members; numpy writes the bare end record.
    if (members.empty()) return std::string("PK\x05\x06", 4) + std::string(18, '\0');
    if (zip_close(zip.get()) != 0)
        throw std::runtime_error(std::string("zip: cannot write: ") + zip_strerror(zip.get()));
    static_cast<void>(zip.release());  // zip_close freed it

    zip_source_t* src = target.get();
    if (zip_source_open(src) != 0 || zip_source_seek(src, 0, SEEK_END) != 0)
        throw std::runtime_error("zip: cannot read back the archive");
    const zip_int64_t size = zip_source_tell(src);
    std::string out(static_cast<std::size_t>(size < 0 ? 0 : size), '\0');
    const bool ok = size >= 0 && zip_source_seek(src, 0, SEEK_SET) == 0 &&
                    zip_source_read(src, out.data(), out.size()) == size;
    zip_source_close(src);
    if (!ok) throw std::runtime_error("zip: cannot read back the archive");
    return out;
}

}  // namespace tg
