// libFuzzer target for format detection and loading by name (core/io/SchemeSource): what the
// CLI and the app do with a file a user names. Refusal with LoadError is the only allowed failure.
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = tg::fuzz::asFile(data, size);
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    (void)tg::detectFormat(path, bytes);
    try {
        for (const std::string& spec : tg::listSchemes(path)) (void)tg::loadSchemes(spec);
    } catch (const tg::LoadError&) {
    }
    return 0;
}
