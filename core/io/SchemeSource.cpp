#include "core/io/SchemeSource.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/catalog/Catalog.h"
#include "core/io/ExpFormat.h"
#include "core/io/FileIO.h"
#include "core/io/FmmJsonFormat.h"
#include "core/io/FmmReducedJson.h"
#include "core/io/LoadError.h"
#include "core/io/MatrixListFormats.h"
#include "core/io/NpzFormat.h"
#include "core/io/ProjectJson.h"
#include "core/io/TxtFormat.h"
#include "core/tensor/Verification.h"

namespace tg {

namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string fileName(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

bool firstLineIsFourIntegers(const std::string& bytes) {
    const std::string line = bytes.substr(0, bytes.find('\n'));
    int count = 0;
    bool inNumber = false;
    for (char c : line) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (!inNumber) ++count;
            inNumber = true;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            inNumber = false;
        } else {
            return false;
        }
    }
    return count == 4;
}

// Published files rarely say which ring they are meant for; the name sometimes does.
Field fieldFromNameOr(const std::string& path, const Scheme& s) {
    std::string name = fileName(path);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name.find("mod2") != std::string::npos || name.find("_z2") != std::string::npos)
        return Field::Z2;
    return inferField(s);
}

LoadedScheme plain(const std::string& source, Scheme s, SchemeFormat f) {
    s.checkShape();
    if (s.name.empty()) s.name = fileName(source);
    if (s.description.empty()) s.description = source;
    return {source, std::move(s), std::nullopt, f, std::nullopt};
}

std::vector<LoadedScheme> loadFile(const std::string& path, const std::optional<std::string>& key) {
    const std::string bytes = readFileBytes(path);
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos)
        throw LoadError(path + ": file is empty");
    const auto format = detectFormat(path, bytes);
    if (!format)
        throw LoadError(
            path +
            ": unrecognised format; readable: project or FastMatrixMultiplication JSON, "
            ".exp, .m, .mpl, .txt, .npz");
    if (key && *format != SchemeFormat::Npz)
        throw LoadError(path + "#" + *key +
                        ": only archives (.npz) hold several schemes to choose from");
    switch (*format) {
        case SchemeFormat::Npz: {
            std::vector<LoadedScheme> out;
            for (NpzScheme& m : readNpz(bytes, path, key))
                out.push_back(plain(path + "#" + m.key, std::move(m.scheme), SchemeFormat::Npz));
            return out;
        }
        case SchemeFormat::Project: {
            auto parsed = parseProjectJson(bytes, path);
            if (auto* s = std::get_if<Scheme>(&parsed))
                return {plain(path, std::move(*s), *format)};
            Episode e = std::get<Episode>(std::move(parsed));
            LoadedScheme l = plain(path, schemeFromEpisode(e), *format);
            l.episode = std::move(e);
            return {std::move(l)};
        }
        case SchemeFormat::FmmJson:
            return {plain(path, readFmmJson(bytes, path), *format)};
        case SchemeFormat::FmmReducedJson: {
            ReducedFmmScheme r = readFmmReducedJson(bytes, path);
            LoadedScheme l = plain(path, std::move(r.scheme), *format);
            l.statedAdditions = r.statedAdditions;
            return {std::move(l)};
        }
        case SchemeFormat::Exp: {
            Scheme s = readExp(bytes, path, sizeFromExpFileName(path));
            s.field = fieldFromNameOr(path, s);
            return {plain(path, std::move(s), *format)};
        }
        case SchemeFormat::Mathematica:
        case SchemeFormat::Maple:
        case SchemeFormat::Txt: {
            Scheme s = *format == SchemeFormat::Txt           ? readTxt(bytes, path)
                       : *format == SchemeFormat::Mathematica ? readMathematica(bytes, path)
                                                              : readMaple(bytes, path);
            s.field = fieldFromNameOr(path, s);
            return {plain(path, std::move(s), *format)};
        }
        default:
            break;
    }
    throw LoadError(path + ": this format can be written but not read");
}

// Splits "FILE#KEY" when FILE exists (a '#' may also be part of a file name).
std::pair<std::string, std::optional<std::string>> splitKey(const std::string& spec) {
    std::error_code ec;
    const auto hash = spec.rfind('#');
    if (hash != std::string::npos && !std::filesystem::exists(spec, ec) &&
        std::filesystem::exists(spec.substr(0, hash), ec))
        return {spec.substr(0, hash), spec.substr(hash + 1)};
    return {spec, std::nullopt};
}

}  // namespace

std::optional<SchemeFormat> detectFormat(const std::string& path, const std::string& bytes) {
    if (bytes.rfind("PK\x03\x04", 0) == 0 || bytes.rfind("PK\x05\x06", 0) == 0)
        return SchemeFormat::Npz;
    if (looksLikeProjectJson(bytes)) return SchemeFormat::Project;
    // The reduced form also has "n" and "u": tell it by its fresh-variable lists first.
    if (looksLikeFmmReducedJson(bytes)) return SchemeFormat::FmmReducedJson;
    if (looksLikeFmmJson(bytes)) return SchemeFormat::FmmJson;
    if (bytes.find("TriadSet(") != std::string::npos) return SchemeFormat::Maple;
    const std::string ext = lowerExtension(path);
    if (ext == ".exp") return SchemeFormat::Exp;
    if (ext == ".m") return SchemeFormat::Mathematica;
    if (ext == ".mpl") return SchemeFormat::Maple;
    if (ext == ".txt" || firstLineIsFourIntegers(bytes)) return SchemeFormat::Txt;
    if (ext == ".json") return SchemeFormat::FmmJson;  // its reader says what is missing
    const auto first = bytes.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return std::nullopt;  // empty or blank: nothing to recognise
    if (bytes[first] == '{') return SchemeFormat::Mathematica;
    if (bytes.find("*(") != std::string::npos || bytes.find(")*") != std::string::npos)
        return SchemeFormat::Exp;
    return std::nullopt;
}

std::vector<LoadedScheme> loadSchemes(const std::string& spec) {
    if (spec.rfind("builtin:", 0) == 0) {
        const std::string key = spec.substr(8);
        auto s = builtinScheme(key);
        if (!s) throw LoadError(spec + ": no such built-in scheme (try 'tensorgame-cli list')");
        return {{spec, std::move(*s), std::nullopt, SchemeFormat::Project, std::nullopt}};
    }
    const auto [path, key] = splitKey(spec);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw LoadError(spec + ": no such file");
    return loadFile(path, key);
}

std::vector<std::string> listSchemes(const std::string& spec) {
    if (spec.rfind("builtin:", 0) == 0) return {spec};
    const auto [path, key] = splitKey(spec);
    if (key) return {spec};
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw LoadError(spec + ": no such file");
    const std::string bytes = readFileBytes(path);
    if (detectFormat(path, bytes) != SchemeFormat::Npz) return {spec};
    std::vector<std::string> out;
    const std::string prefix = path + "#";
    for (const std::string& k : npzKeys(bytes, path)) out.push_back(prefix + k);
    // As loading says: listing nothing would look like an empty folder rather than a bad file.
    if (out.empty()) throw LoadError(path + ": no schemes in the archive");
    return out;
}

Episode episodeOf(const LoadedScheme& loaded) {
    if (loaded.episode) return *loaded.episode;
    return episodeFromScheme(loaded.scheme, loaded.source);
}

}  // namespace tg
