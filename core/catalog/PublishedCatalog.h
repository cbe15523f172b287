#pragma once
// The published schemes the project ships (data/published, installed to
// share/tensorgame/published): AlphaTensor's two npz files and the best known scheme of every
// size up to 6x6x6 from the FastMatrixMultiplication collection. catalog.json lists each with its
// size, rank, field, origin and citation; scripts/import-published.py writes it and the tests
// check every entry against its file.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"

namespace tg {

struct PublishedScheme {
    TensorSize size;
    int rank = 0;
    Field field = Field::Z;  // where the scheme is valid (Z2: only modulo 2)
    // Relative to the published folder; "alphatensor/factorizations_f2.npz#4,4,4" names an npz key.
    std::string file;
    std::string source;    // where the file comes from, with its licence
    std::string citation;  // who found the scheme
};

// Parses the text of catalog.json. Throws LoadError naming `origin` and the entry at fault.
[[nodiscard]] std::vector<PublishedScheme> parsePublishedCatalog(const std::string& json,
                                                                 const std::string& origin);
// Reads DIR/catalog.json. Throws LoadError.
[[nodiscard]] std::vector<PublishedScheme> readPublishedCatalog(const std::filesystem::path& dir);

// The published folder for a program in `executableDir`: $TG_PUBLISHED_DIR when set, else the
// installed one (EXE/../share/tensorgame/published), else the build tree's (EXE/published, a
// link the build makes next to each program). nullopt when none holds a catalog.json.
[[nodiscard]] std::optional<std::filesystem::path> findPublishedDir(
    const std::filesystem::path& executableDir);

// What loadSchemes() takes to open the entry: "DIR/fmm/x.json" or "DIR/alphatensor/f.npz#4,4,4".
[[nodiscard]] std::string publishedSpec(const std::filesystem::path& dir,
                                        const PublishedScheme& scheme);

}  // namespace tg
