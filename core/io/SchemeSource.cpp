#include "core/io/SchemeSource.h"

#include <filesystem>

#include "core/catalog/Catalog.h"
#include "core/io/FileIO.h"
#include "core/io/LoadError.h"
#include "core/io/ProjectJson.h"

namespace tg {

namespace {

std::vector<LoadedScheme> loadFile(const std::string& path) {
    const std::string text = readFileBytes(path);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw LoadError(path + ": file is empty");
    if (looksLikeProjectJson(text)) {
        auto parsed = parseProjectJson(text, path);
        if (auto* s = std::get_if<Scheme>(&parsed)) {
            s->checkShape();
            return {{path, std::move(*s), std::nullopt}};
        }
        Episode e = std::get<Episode>(std::move(parsed));
        Scheme s = schemeFromEpisode(e);
        return {{path, std::move(s), std::move(e)}};
    }
    const auto ext = std::filesystem::path(path).extension().string();
    throw LoadError(path + ": unrecognised format" + (ext.empty() ? std::string() : " (" + ext + ")") +
                    "; readable here: the project's JSON (schemes and episodes)");
}

}  // namespace

std::vector<LoadedScheme> loadSchemes(const std::string& spec) {
    if (spec.rfind("builtin:", 0) == 0) {
        const std::string key = spec.substr(8);
        auto s = builtinScheme(key);
        if (!s) throw LoadError(spec + ": no such built-in scheme (try 'tensorgame-cli list')");
        return {{spec, std::move(*s), std::nullopt}};
    }
    std::error_code ec;
    if (!std::filesystem::exists(spec, ec)) throw LoadError(spec + ": no such file");
    return loadFile(spec);
}

Episode episodeOf(const LoadedScheme& loaded) {
    if (loaded.episode) return *loaded.episode;
    return episodeFromScheme(loaded.scheme, loaded.source);
}

}  // namespace tg
