// libFuzzer target for the npz reader (AlphaTensor's archives): zip, NPY headers and the
// restricted unpickler all see hostile bytes here. Rejecting input with LoadError is the only
// allowed outcome besides success: any other exception, crash, sanitizer report, leak, timeout
// or runaway allocation is a finding.
//
// Two input forms. A zip archive goes to the reader as is. An input that starts with a key line
// ("2,2,3\n") is one NPY member: it is zipped here first, because a mutation inside a member of
// a real archive never gets past the zip's CRC check to the NPY and pickle parsers.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/io/LoadError.h"
#include "core/io/NpzFormat.h"
#include "core/io/ZipArchive.h"

namespace {

// The archive the input stands for; empty if it cannot be built (not a finding).
std::string archiveOf(std::string input) {
    const auto newline = input.find('\n');
    if (input.rfind("PK", 0) == 0 || newline == std::string::npos || newline > 16) return input;
    try {
        return tg::writeZip({{input.substr(0, newline) + ".npy", input.substr(newline + 1)}});
    } catch (const std::runtime_error&) {
        return {};
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes = archiveOf(std::string(reinterpret_cast<const char*>(data), size));
    if (bytes.empty()) return 0;
    try {
        static_cast<void>(tg::npzKeys(bytes, "fuzz.npz"));
        static_cast<void>(tg::readNpz(bytes, "fuzz.npz"));
    } catch (const tg::LoadError&) {
    }
    return 0;
}
