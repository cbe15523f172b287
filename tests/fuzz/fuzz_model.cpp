// libFuzzer target for the model file reader (core/nn/ModelFileFormat.h): the header, metadata
// and tensor table are checked before anything is allocated for a network. Refusal with
// ModelFileError is the only allowed failure; the data section is read only when the header
// describes it exactly.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "ScratchFolder.h"
#include "core/nn/ModelFileFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const tg::fuzz::ScratchFolder folder("tg-fuzz-model-");
    static const std::string path = (folder.path() / "model.tgm").string();
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), std::streamsize(size));
    try {
        tg::nn::detail::Reader reader(path);
        const auto header = reader.readHeader();
        (void)reader.readData(header);
    } catch (const tg::nn::ModelFileError&) {
    }
    return 0;
}
