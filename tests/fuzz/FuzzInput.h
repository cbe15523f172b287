#pragma once
// Shared by the fuzz targets that go through the program's own entry points: the input becomes
// a file in a private temporary folder, its last byte picks the file name's extension (the
// readers go by content first and extension second, so both paths are exercised; real files
// serve as seeds unchanged), and loadSchemes() opens it by name exactly as the CLI and the app do.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "ScratchFolder.h"
#include "core/io/LoadError.h"
#include "core/io/SchemeSource.h"

namespace tg::fuzz {

inline const std::filesystem::path& scratchFolder() {
    static const ScratchFolder folder("tg-fuzz-");
    return folder.path();
}

// Writes the input to a file and returns its path.
inline std::string asFile(const std::uint8_t* data, std::size_t size) {
    static constexpr std::array<std::string_view, 8> kNames{
        "s.json", "s.exp", "s.m", "s.mpl", "s.txt", "s.npz", "444-47-mod2.exp", "s"};
    const std::string_view name =
        size == 0 ? kNames.back() : kNames[data[size - 1] % kNames.size()];
    const auto path = scratchFolder() / std::string(name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    return path.string();
}

// The schemes the input stands for, loaded by name; empty when the program refuses it (with
// LoadError, the only refusal allowed: any other exception escapes and is a finding).
inline std::vector<LoadedScheme> load(const std::uint8_t* data, std::size_t size) {
    try {
        return loadSchemes(asFile(data, size));
    } catch (const LoadError&) {
        return {};
    }
}

}  // namespace tg::fuzz
