// libFuzzer target for the npz reader (AlphaTensor's archives): zip, NPY headers and the
// restricted unpickler all see hostile bytes here. Rejecting input with LoadError is the only
// allowed outcome besides success: any other exception, crash, sanitizer report, leak, timeout
// or runaway allocation is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/LoadError.h"
#include "core/io/NpzFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        static_cast<void>(tg::npzKeys(bytes, "fuzz.npz"));
        static_cast<void>(tg::readNpz(bytes, "fuzz.npz"));
    } catch (const tg::LoadError&) {
    }
    return 0;
}
