// libFuzzer target for search checkpoints (core/search/Checkpoint.h, `search --resume`): a
// hostile file must be refused with LoadError, never crash, hang or allocate what it does not
// back with bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/LoadError.h"
#include "core/search/Checkpoint.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        const tg::search::SearchSnapshot s = tg::search::decodeCheckpoint(bytes, "fuzz");
        (void)tg::search::bestScheme(s);
    } catch (const tg::LoadError&) {
    }
    return 0;
}
