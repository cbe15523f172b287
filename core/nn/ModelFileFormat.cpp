#include "core/nn/ModelFileFormat.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "core/io/JsonText.h"
#include "core/nn/ActionCodec.h"
#include "core/search/Evaluator.h"

namespace tg::nn::detail {

// The parameters PolicyValueNetImpl registers for a configuration, without building it (the
// constructor's layout; loadModel checks that the built network agrees).
std::vector<ParameterShape> parameterShapes(const NetworkConfig& c) {
    const ActionCodec codec(c.size, c.coefficients, c.chunk);
    const std::int64_t d = c.width, ff = c.feedForward;
    const std::int64_t u = c.size.uSize(), v = c.size.vSize(), w = c.size.wSize();
    const std::int64_t tokens = u + v + w + 1 + search::Observation::kHistory;
    const std::int64_t vocabulary = codec.vocabulary();
    std::vector<ParameterShape> out;
    auto linear = [&](const std::string& name, std::int64_t in, std::int64_t outWidth) {
        out.push_back({name + ".weight", {outWidth, in}});
        out.push_back({name + ".bias", {outWidth}});
    };
    auto norm = [&](const std::string& name) {
        out.push_back({name + ".weight", {d}});
        out.push_back({name + ".bias", {d}});
    };
    out.push_back({"position", {tokens, d}});
    linear("in_u", 4 * v * w, d);
    linear("in_v", 4 * u * w, d);
    linear("in_w", 4 * u * v, d);
    linear("in_scalars", 3, d);
    linear("in_history", static_cast<std::int64_t>(codec.base()) * codec.length() + 1, d);
    for (int i = 0; i < c.layers; ++i) {
        const std::string b = "blocks." + std::to_string(i) + ".";
        norm(b + "norm1");
        norm(b + "norm2");
        linear(b + "qkv", d, 3 * d);
        linear(b + "proj", d, d);
        linear(b + "fc1", d, ff);
        linear(b + "fc2", ff, d);
    }
    norm("final_norm");
    linear("value1", d, d);
    linear("value2", d, 1);
    linear("init_hidden", d, d);
    linear("key_proj", d, d);
    out.push_back({"token_embedding.weight", {vocabulary + 1, d}});
    out.push_back({"step_embedding.weight", {codec.steps(), d}});
    out.push_back({"cell.weight_ih", {3 * d, d}});
    out.push_back({"cell.weight_hh", {3 * d, d}});
    out.push_back({"cell.bias_ih", {3 * d}});
    out.push_back({"cell.bias_hh", {3 * d}});
    linear("out1", 2 * d, d);
    linear("out2", d, vocabulary);
    return out;
}

std::int64_t elementsOf(const Shape& shape) {
    std::int64_t n = 1;
    for (std::int64_t s : shape) n *= s;  // callers bound each dimension first
    return n;
}

std::string shapeText(const Shape& shape) {
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

ModelFileError Reader::fail(const std::string& why) const {
    return ModelFileError("model file '" + path_ + "': " + why);
}
ModelFileError Reader::notModel(const std::string& why) const {
    return fail("not a model file (" + why + ")");
}

Header Reader::readHeader() {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path_, ec)) throw fail("no such file");
    const auto size = std::filesystem::file_size(path_, ec);
    if (ec) throw fail("cannot read it (" + ec.message() + ")");
    fileBytes_ = size;
    in_.open(path_, std::ios::binary);
    if (!in_) throw fail("cannot open it");
    char prefix[8] = {};
    const auto got = std::min<std::uint64_t>(fileBytes_, 8);
    read(prefix, got);
    if (got >= 4 && std::string_view(prefix, 4) == kOldFormatMagic)
        throw ModelFileError(
            "model file '" + path_ +
            "' is a model in the old TorchScript format, which can run code when loaded; it "
            "is no longer read. Retrain it (tensorgame-cli train) or convert it as "
            "docs/models.md describes (\"Converting old models\")");
    if (got < 8)
        throw notModel("only " + std::to_string(fileBytes_) +
                       " bytes, shorter than the 8-byte header length");
    std::uint64_t n = 0;
    std::memcpy(&n, prefix, 8);
    if (n > kMaxHeaderBytes)
        throw notModel("header length " + std::to_string(n) + " bytes, above the limit of " +
                       std::to_string(kMaxHeaderBytes));
    if (n < 2 || n > fileBytes_ - 8)
        throw notModel("header length " + std::to_string(n) + " bytes, but the file has " +
                       std::to_string(fileBytes_ - 8) + " bytes after it");
    std::string text(static_cast<std::size_t>(n), '\0');
    read(text.data(), n);
    if (jsonNestsDeeperThan(text, kMaxNesting))
        throw notModel("header JSON nested deeper than " + std::to_string(kMaxNesting));
    const auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
        throw notModel("header is not a JSON object (or not UTF-8)");

    Header h;
    h.dataStart = 8 + n;
    h.dataBytes = fileBytes_ - h.dataStart;
    h.info = readMetadata(j);
    readTensors(j, h);
    return h;
}

std::string Reader::readData(const Header& h) {
    std::string data(static_cast<std::size_t>(h.dataBytes), '\0');
    in_.seekg(static_cast<std::streamoff>(h.dataStart));
    read(data.data(), h.dataBytes);
    return data;
}

void Reader::read(char* to, std::uint64_t bytes) {
    in_.read(to, static_cast<std::streamsize>(bytes));
    if (static_cast<std::uint64_t>(in_.gcount()) != bytes) throw fail("read error");
}

ModelInfo Reader::readMetadata(const nlohmann::json& j) {
    const auto it = j.find(std::string(kMetadataKey));
    if (it == j.end() || !it->is_object())
        throw notModel("no \"__metadata__\" object in the header");
    if (it->size() > kMaxMetadataEntries)
        throw notModel("more than " + std::to_string(kMaxMetadataEntries) + " metadata entries");
    std::map<std::string, std::string> metadata;
    for (const auto& [key, value] : it->items()) {
        if (!value.is_string())
            throw notModel("metadata \"" + key.substr(0, kMaxMetadataKey) + "\" is not a string");
        if (key.size() > kMaxMetadataKey ||
            value.get_ref<const std::string&>().size() > kMaxMetadataValue)
            throw notModel("metadata \"" + key.substr(0, kMaxMetadataKey) + "\" too long");
        metadata.emplace(key, value.get<std::string>());
    }
    try {
        return ModelInfo::fromMetadata(metadata);
    } catch (const std::exception& e) {
        throw fail(e.what());
    }
}

void Reader::readTensors(const nlohmann::json& j, Header& h) {
    const NetworkConfig& config = h.info.network;
    std::map<std::string, Shape> parameters;
    std::int64_t values = 0;
    for (auto& p : parameterShapes(config)) {
        values += elementsOf(p.shape);
        parameters.emplace(std::move(p.name), std::move(p.shape));
    }
    if (values > kMaxParameterValues)
        throw fail("the architecture in its metadata has " + std::to_string(values) +
                   " parameters, above the limit of " + std::to_string(kMaxParameterValues));
    // Entries beyond every parameter with its optimizer state cannot all fit: refuse early.
    if (j.size() > 1 + 4 * parameters.size())
        throw fail("more tensors than the architecture has (" + std::to_string(j.size() - 1) + ")");

    std::map<std::string, int> stateFields;  // parameter -> optimizer fields present
    for (const auto& [name, e] : j.items()) {
        if (name == kMetadataKey) continue;
        const std::string shown = "tensor '" + name.substr(0, 200) + "'";
        if (!e.is_object() || e.size() != 3 || !e.contains("dtype") || !e.contains("shape") ||
            !e.contains("data_offsets") || !e["dtype"].is_string() || !e["shape"].is_array() ||
            !e["data_offsets"].is_array() || e["data_offsets"].size() != 2 || e["shape"].size() > 8)
            throw fail(shown + ": not {dtype, shape, data_offsets}");
        TensorEntry t;
        t.name = name;
        t.dtype = e["dtype"].get<std::string>();
        for (const auto& s : e["shape"]) {
            if (!s.is_number_unsigned() || s.get<std::uint64_t>() > (1ULL << 31))
                throw fail(shown + ": bad shape");
            t.shape.push_back(static_cast<std::int64_t>(s.get<std::uint64_t>()));
        }
        for (int k = 0; k < 2; ++k)
            if (!e["data_offsets"][k].is_number_unsigned())
                throw fail(shown + ": bad data_offsets");
        t.begin = e["data_offsets"][0].get<std::uint64_t>();
        t.end = e["data_offsets"][1].get<std::uint64_t>();

        // What the architecture expects under this name.
        std::string_view expectedType = "F32";
        const Shape* expectedShape = nullptr;
        static const Shape scalar;
        if (const auto p = parameters.find(name); p != parameters.end()) {
            expectedShape = &p->second;
        } else if (name.starts_with(kOptimizerPrefix)) {
            const auto slash = name.rfind('/');
            const std::string param =
                name.substr(kOptimizerPrefix.size(), slash - kOptimizerPrefix.size());
            const std::string field = name.substr(slash + 1);
            const auto q = parameters.find(param);
            if (q != parameters.end() && (field == "exp_avg" || field == "exp_avg_sq")) {
                expectedShape = &q->second;
            } else if (q != parameters.end() && field == "step") {
                expectedType = "I64";
                expectedShape = &scalar;
            }
            if (expectedShape) ++stateFields[param];
        }
        if (!expectedShape)
            throw fail(shown + " is not a parameter of the " + config.size.toString() +
                       " network its metadata describes");
        if (t.dtype != expectedType)
            throw fail(shown + " has dtype \"" + t.dtype.substr(0, 40) + "\", not " +
                       std::string(expectedType));
        if (t.shape != *expectedShape)
            throw fail(shown + " has shape " + shapeText(t.shape) +
                       ", the metadata's architecture needs " + shapeText(*expectedShape));
        const auto bytes =
            static_cast<std::uint64_t>(elementsOf(t.shape)) * 4 * (expectedType == "I64" ? 2 : 1);
        if (t.end < t.begin || t.end - t.begin != bytes)
            throw fail(shown + ": data_offsets [" + std::to_string(t.begin) + ", " +
                       std::to_string(t.end) + "] do not hold its " + std::to_string(bytes) +
                       " bytes");
        if (t.end > h.dataBytes)
            throw fail(shown + ": data_offsets [" + std::to_string(t.begin) + ", " +
                       std::to_string(t.end) + "] past the end of the file (" +
                       std::to_string(h.dataBytes) + " bytes of data)");
        h.tensors.push_back(std::move(t));
    }
    for (const auto& [name, shape] : parameters)
        if (!j.contains(name)) throw fail("parameter " + name + " missing");
    for (const auto& [param, fields] : stateFields)
        if (fields != 3)
            throw fail("optimizer state of " + param +
                       " incomplete (exp_avg, exp_avg_sq and step go together)");

    std::sort(h.tensors.begin(), h.tensors.end(),
              [](const TensorEntry& a, const TensorEntry& b) { return a.begin < b.begin; });
    std::uint64_t at = 0;
    for (std::size_t i = 0; i < h.tensors.size(); ++i) {
        const auto& t = h.tensors[i];
        if (t.begin != at)
            throw fail("tensor '" + t.name + "' starts at " + std::to_string(t.begin) +
                       (t.begin < at ? ", overlapping tensor '" + h.tensors[i - 1].name + "'"
                                     : ", leaving a gap after byte " + std::to_string(at)));
        at = t.end;
    }
    if (at != h.dataBytes)
        throw fail("the tensors hold " + std::to_string(at) + " bytes, the file has " +
                   std::to_string(h.dataBytes) + " after its header");
}

}  // namespace tg::nn::detail
