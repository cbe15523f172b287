#pragma once
// The file formats the project reads and writes, named for the CLI (--format) and the GUI's
// file dialogs, and the writer for each.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/tensor/Scheme.h"

namespace tg {

enum class SchemeFormat {
    Project,         // the project's own JSON (.json)
    FmmJson,         // FastMatrixMultiplication JSON
    Exp,             // Kauers–Moosbauer (.exp)
    Mathematica,     // .m (read only)
    Maple,           // FMM catalogue .mpl (read only)
    Txt,             // "n m p R" + U, V, W (.txt)
    Npz,             // AlphaTensor's numpy archive (.npz)
    Formulas,        // m1 = ..., c11 = ... (write only)
    Latex,           // align* environment (write only, .tex)
    Cpp,             // C++ function template (write only, .hpp/.cpp/.h)
    Python,          // Python/NumPy function (write only, .py)
    FmmReducedJson,  // FastMatrixMultiplication "addition-reduced" JSON (fresh variables)
};

struct FormatInfo {
    SchemeFormat format;
    const char* name;        // what --format takes: "project", "fmm-json", "exp", ...
    const char* extensions;  // space-separated, with dots; the first is the default
    const char* title;       // for file dialogs: "Kauers–Moosbauer products"
    bool readable;
    bool writable;
};

[[nodiscard]] const std::vector<FormatInfo>& allFormats();
[[nodiscard]] const FormatInfo& formatInfo(SchemeFormat f);
[[nodiscard]] std::optional<SchemeFormat> formatByName(std::string_view name);
// The format a path's extension stands for when writing (.json means the project's JSON).
[[nodiscard]] std::optional<SchemeFormat> formatForWriting(const std::string& path);

// The bytes of a file holding these schemes. Only npz holds more than one; `keys` names the
// npz members ("n,m,p" when empty). Throws std::invalid_argument for a read-only format or
// several schemes in a single-scheme format.
[[nodiscard]] std::string writeSchemes(SchemeFormat format, const std::vector<Scheme>& schemes,
                                       const std::vector<std::string>& keys = {});

}  // namespace tg
