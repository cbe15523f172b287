#include "core/io/SchemeFormat.h"

#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "core/io/CodeExport.h"
#include "core/io/ExpFormat.h"
#include "core/io/FmmJsonFormat.h"
#include "core/io/FmmReducedJson.h"
#include "core/io/NpzFormat.h"
#include "core/io/ProjectJson.h"
#include "core/io/TxtFormat.h"

namespace tg {

const std::vector<FormatInfo>& allFormats() {
    static const std::vector<FormatInfo> formats = {
        {SchemeFormat::Project, "project", ".json", "TensorGame Explorer JSON", true, true},
        {SchemeFormat::FmmJson, "fmm-json", ".json", "FastMatrixMultiplication JSON", true, true},
        {SchemeFormat::FmmReducedJson, "fmm-reduced-json", ".json",
         "FastMatrixMultiplication addition-reduced JSON", true, true},
        {SchemeFormat::Exp, "exp", ".exp", "Kauers-Moosbauer products", true, true},
        {SchemeFormat::Mathematica, "mathematica", ".m", "Mathematica lists", true, false},
        {SchemeFormat::Maple, "maple", ".mpl", "Maple TriadSet (FMM catalogue)", true, false},
        {SchemeFormat::Txt, "txt", ".txt", "Plain text n m p R + U V W", true, true},
        {SchemeFormat::Npz, "npz", ".npz", "AlphaTensor NumPy archive", true, true},
        {SchemeFormat::Formulas, "formulas", ".formulas.txt", "Formulas (m1 = ..., c11 = ...)",
         false, true},
        {SchemeFormat::Latex, "latex", ".tex", "LaTeX", false, true},
        {SchemeFormat::Cpp, "cpp", ".hpp .cpp .h", "C++ function", false, true},
        {SchemeFormat::Python, "python", ".py", "Python/NumPy function", false, true},
    };
    return formats;
}

const FormatInfo& formatInfo(SchemeFormat f) {
    for (const FormatInfo& i : allFormats())
        if (i.format == f) return i;
    throw std::invalid_argument("unknown format");
}

std::optional<SchemeFormat> formatByName(std::string_view name) {
    for (const FormatInfo& i : allFormats())
        if (name == i.name) return i.format;
    return std::nullopt;
}

std::optional<SchemeFormat> formatForWriting(const std::string& path) {
    const std::string file = std::filesystem::path(path).filename().string();
    if (file.ends_with(".formulas.txt")) return SchemeFormat::Formulas;
    const std::string ext = std::filesystem::path(path).extension().string();
    for (const FormatInfo& i : allFormats()) {
        if (!i.writable) continue;
        std::istringstream exts(i.extensions);
        for (std::string e; exts >> e;)
            if (e == ext) return i.format;
    }
    return std::nullopt;
}

std::string writeSchemes(SchemeFormat format, const std::vector<Scheme>& schemes,
                         const std::vector<std::string>& keys) {
    const FormatInfo& info = formatInfo(format);
    if (!info.writable)
        throw std::invalid_argument(std::string(info.name) + " is a read-only format");
    if (schemes.empty()) throw std::invalid_argument("nothing to write");
    if (format == SchemeFormat::Npz) {
        std::vector<NpzScheme> members;
        for (std::size_t i = 0; i < schemes.size(); ++i) {
            const TensorSize& z = schemes[i].size;
            std::string key = i < keys.size() ? keys[i]
                                              : std::to_string(z.n) + "," + std::to_string(z.m) +
                                                    "," + std::to_string(z.p);
            members.push_back({std::move(key), schemes[i]});
        }
        return writeNpz(members);
    }
    if (schemes.size() > 1)
        throw std::invalid_argument(std::string(info.name) + " holds one scheme; " +
                                    std::to_string(schemes.size()) +
                                    " were given (name one key, or write npz)");
    const Scheme& s = schemes.front();
    switch (format) {
        case SchemeFormat::Project:
            return schemeToProjectJson(s);
        case SchemeFormat::FmmJson:
            return writeFmmJson(s);
        case SchemeFormat::FmmReducedJson:
            return writeFmmReducedJson(s);
        case SchemeFormat::Exp:
            return writeExp(s);
        case SchemeFormat::Txt:
            return writeTxt(s);
        case SchemeFormat::Formulas:
            return formulasText(s);
        case SchemeFormat::Latex:
            return latexText(s);
        case SchemeFormat::Cpp:
            return cppCode(s);
        case SchemeFormat::Python:
            return pythonCode(s);
        default:
            break;
    }
    throw std::invalid_argument("no writer for " + std::string(info.name));
}

}  // namespace tg
