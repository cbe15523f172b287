#include "core/catalog/PublishedCatalog.h"

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/io/JsonText.h"
#include "core/io/LoadError.h"

namespace tg {

namespace {

// The catalogue is small (a few hundred entries); anything far larger is not ours.
constexpr std::size_t kMaxCatalogBytes = 4 << 20;

PublishedScheme entryFrom(const nlohmann::json& e, const std::string& where) {
    if (!e.is_object()) throw LoadError(where + ": not an object");
    auto text = [&](const char* key) {
        const auto it = e.find(key);
        if (it == e.end() || !it->is_string())
            throw LoadError(where + ": \"" + key + "\" must be a string");
        return it->get<std::string>();
    };
    auto whole = [&](const nlohmann::json& v, const std::string& what, int lo, int hi) {
        // Unsigned values above 2^63 would wrap to negative ones: test them as unsigned.
        const bool inRange = v.is_number_unsigned()
                                 ? v.get<std::uint64_t>() <= std::uint64_t(hi) &&
                                       std::int64_t(v.get<std::uint64_t>()) >= lo
                                 : v.is_number_integer() && v.get<std::int64_t>() >= lo &&
                                       v.get<std::int64_t>() <= hi;
        if (!inRange)
            throw LoadError(where + ": " + what + " must be a whole number from " +
                            std::to_string(lo) + " to " + std::to_string(hi) + ", not " +
                            describeJson(v));
        return static_cast<int>(v.get<std::int64_t>());
    };
    PublishedScheme s;
    const auto size = e.find("size");
    if (size == e.end() || !size->is_array() || size->size() != 3)
        throw LoadError(where + ": \"size\" must be [n, m, p]");
    s.size = {whole((*size)[0], "n", 1, TensorSize::kMaxDim),
              whole((*size)[1], "m", 1, TensorSize::kMaxDim),
              whole((*size)[2], "p", 1, TensorSize::kMaxDim)};
    s.rank = whole(e.value("rank", nlohmann::json()), "\"rank\"", 1, 1 << 20);
    const auto field = parseField(text("field"));
    if (!field) throw LoadError(where + ": unknown field '" + text("field") + "'");
    s.field = *field;
    s.file = text("file");
    // Entries name files inside the published folder, never outside it.
    if (s.file.empty() || s.file.front() == '/' || s.file.find("..") != std::string::npos)
        throw LoadError(where + ": \"file\" must be a path inside the published folder");
    s.source = text("source");
    s.citation = text("citation");
    return s;
}

}  // namespace

std::vector<PublishedScheme> parsePublishedCatalog(const std::string& json,
                                                   const std::string& origin) {
    if (json.size() > kMaxCatalogBytes) throw LoadError(origin + ": too large for a catalogue");
    const nlohmann::json doc = parseJsonText(json, origin);
    if (!doc.is_array()) throw LoadError(origin + ": expected a list of schemes");
    std::vector<PublishedScheme> out;
    out.reserve(doc.size());
    for (std::size_t i = 0; i < doc.size(); ++i)
        out.push_back(entryFrom(doc[i], origin + ": entry " + std::to_string(i + 1)));
    return out;
}

std::vector<PublishedScheme> readPublishedCatalog(const std::filesystem::path& dir) {
    const std::filesystem::path path = dir / "catalog.json";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path.string() + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return parsePublishedCatalog(text.str(), path.string());
}

std::optional<std::filesystem::path> findPublishedDir(const std::filesystem::path& executableDir) {
    std::vector<std::filesystem::path> candidates;
    if (const char* env = std::getenv("TG_PUBLISHED_DIR"); env != nullptr && *env != '\0')
        candidates.emplace_back(env);
    candidates.push_back(executableDir / TG_PUBLISHED_RELDIR);
    candidates.push_back(executableDir / "published");
    std::error_code ec;
    for (const auto& dir : candidates)
        if (std::filesystem::is_regular_file(dir / "catalog.json", ec))
            return std::filesystem::weakly_canonical(dir, ec);
    return std::nullopt;
}

std::string publishedSpec(const std::filesystem::path& dir, const PublishedScheme& scheme) {
    const auto hash = scheme.file.find('#');
    if (hash == std::string::npos) return (dir / scheme.file).string();
    return (dir / scheme.file.substr(0, hash)).string() + scheme.file.substr(hash);
}

}  // namespace tg
