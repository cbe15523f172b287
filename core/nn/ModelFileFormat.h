#pragma once
// The model file format without LibTorch (docs/models.md): an 8-byte little-endian header
// length N, N bytes of UTF-8 JSON (safetensors' layout: "__metadata__" with string values, then
// one entry per tensor with its dtype, shape and data_offsets), then the tensors' raw
// little-endian bytes. Reader checks the header's size and nesting, the metadata's
// architecture and every tensor's name, dtype, shape and place against that architecture before
// anything is allocated for them; ModelFile.cpp then copies the bytes into a network. Torch-free,
// so that the checks build into core and can be fuzzed (tests/fuzz/fuzz_model.cpp).

#include <cstdint>
#include <fstream>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/nn/ModelFile.h"
#include "core/nn/ModelInfo.h"

namespace tg::nn::detail {

inline constexpr std::uint64_t kMaxHeaderBytes = 1ULL << 20;  // 1 MiB of JSON
inline constexpr int kMaxNesting = 8;
inline constexpr std::size_t kMaxMetadataEntries = 64;
inline constexpr std::size_t kMaxMetadataKey = 64;
inline constexpr std::size_t kMaxMetadataValue = 16384;
// Floats in one network's parameters (256 MB): NetworkConfig::validate bounds each dimension,
// this bounds their product.
inline constexpr std::int64_t kMaxParameterValues = 64LL << 20;
inline constexpr std::string_view kMetadataKey = "__metadata__";
inline constexpr std::string_view kOptimizerPrefix = "optimizer/";
inline constexpr std::string_view kOldFormatMagic{"PK\x03\x04", 4};

using Shape = std::vector<std::int64_t>;

struct ParameterShape {
    std::string name;
    Shape shape;
};

// The parameters PolicyValueNetImpl registers for a configuration, without building it (the
// constructor's layout; loadModel checks that the built network agrees).
[[nodiscard]] std::vector<ParameterShape> parameterShapes(const NetworkConfig& c);
[[nodiscard]] std::int64_t elementsOf(const Shape& shape);
[[nodiscard]] std::string shapeText(const Shape& shape);

struct TensorEntry {
    std::string name;
    std::string dtype;
    Shape shape;
    std::uint64_t begin = 0, end = 0;
};

struct Header {
    ModelInfo info;
    std::vector<TensorEntry> tensors;  // in data order, contiguous from 0
    std::uint64_t dataStart = 0;       // 8 + N
    std::uint64_t dataBytes = 0;
};

// Reads one model file's header, refusing (ModelFileError naming the file) whatever does not
// describe exactly the network its metadata names; then its data section.
class Reader {
  public:
    explicit Reader(std::string path) : path_(std::move(path)) {}

    [[nodiscard]] ModelFileError fail(const std::string& why) const;
    [[nodiscard]] ModelFileError notModel(const std::string& why) const;
    [[nodiscard]] Header readHeader();
    // The data section (its size checked against the architecture by readHeader).
    [[nodiscard]] std::string readData(const Header& h);

  private:
    void read(char* to, std::uint64_t bytes);
    ModelInfo readMetadata(const nlohmann::json& j);
    void readTensors(const nlohmann::json& j, Header& h);

    std::string path_;
    std::ifstream in_;
    std::uint64_t fileBytes_ = 0;
};

}  // namespace tg::nn::detail
