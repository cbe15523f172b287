#include "core/nn/ModelFile.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/io/FileIO.h"
#include "core/nn/ModelFileFormat.h"
#include "core/nn/detail/PolicyValueNet.h"

// Model files hold data only (docs/models.md): an 8-byte little-endian header length N, N bytes
// of UTF-8 JSON (safetensors' layout: "__metadata__" with string values, then one entry per
// tensor with its dtype, shape and data_offsets), then the tensors' raw little-endian bytes.
// Reading checks the header's size and nesting, the metadata's architecture and every tensor's
// name, dtype, shape and place against the architecture before anything is allocated for them.
static_assert(std::endian::native == std::endian::little,
              "model files store little-endian tensors; this build copies them as they are");

namespace tg::nn {

namespace detail {

namespace {

// The key under which torch::optim keeps a parameter's state.
std::string stateKey(const torch::Tensor& parameter) {
    return c10::guts::to_string(parameter.unsafeGetTensorImpl());
}

}  // namespace

void saveModel(const std::string& path, PolicyValueNetImpl& net, const ModelInfo& info,
               torch::optim::Adam* optimizer) {
    struct Blob {
        std::string name;
        const char* dtype;
        Shape shape;
        torch::Tensor tensor;  // F32, contiguous
        std::int64_t step = 0;
    };
    std::vector<Blob> blobs;
    const auto params = net.named_parameters(true);
    for (const auto& item : params)
        blobs.push_back({item.key(), "F32", item.value().sizes().vec(),
                         item.value().detach().to(torch::kCPU, torch::kFloat32).contiguous()});
    if (optimizer) {
        auto& state = optimizer->state();
        for (const auto& item : params) {
            const auto it = state.find(stateKey(item.value()));
            if (it == state.end()) continue;
            const auto& s = static_cast<const torch::optim::AdamParamState&>(*it->second);
            const std::string base = std::string(kOptimizerPrefix) + item.key() + "/";
            for (const auto& [field, t] :
                 {std::pair{"exp_avg", s.exp_avg()}, std::pair{"exp_avg_sq", s.exp_avg_sq()}})
                blobs.push_back({base + field, "F32", t.sizes().vec(),
                                 t.detach().to(torch::kCPU, torch::kFloat32).contiguous()});
            blobs.push_back({base + "step", "I64", {}, torch::Tensor(), s.step()});
        }
    }

    ModelInfo stored = info;
    if (stored.recipe.size() > kMaxMetadataValue) stored.recipe.resize(kMaxMetadataValue);
    nlohmann::json header = nlohmann::json::object();
    header[std::string(kMetadataKey)] = stored.toMetadata();
    std::uint64_t at = 0;
    for (const auto& b : blobs) {
        const std::uint64_t bytes =
            b.tensor.defined() ? static_cast<std::uint64_t>(b.tensor.numel()) * 4 : 8;
        header[b.name] = {
            {"dtype", b.dtype}, {"shape", b.shape}, {"data_offsets", {at, at + bytes}}};
        at += bytes;
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');  // the data starts 8-byte aligned
    if (text.size() > kMaxHeaderBytes)
        throw ModelFileError("cannot write model file '" + path + "': header too large");

    std::string bytes;
    bytes.reserve(8 + text.size() + at);
    const std::uint64_t n = text.size();
    bytes.append(reinterpret_cast<const char*>(&n), 8);
    bytes += text;
    for (const auto& b : blobs) {
        if (b.tensor.defined())
            bytes.append(static_cast<const char*>(b.tensor.data_ptr()),
                         static_cast<std::size_t>(b.tensor.numel()) * 4);
        else
            bytes.append(reinterpret_cast<const char*>(&b.step), 8);
    }
    // The project's one atomic writer (a unique temporary, synced, renamed): a checkpoint
    // interrupted half-way never replaces the last good model.
    try {
        writeFileAtomic(path, bytes);
    } catch (const std::exception& e) {
        throw ModelFileError("cannot write model file '" + path + "': " + e.what());
    }
}

LoadedModel loadModel(const std::string& path) {
    Reader reader(path);
    const Header h = reader.readHeader();
    const std::string data = reader.readData(h);

    LoadedModel out;
    out.info = h.info;
    try {
        out.net = PolicyValueNet(out.info.network);
    } catch (const std::exception& e) {
        throw reader.fail(std::string("cannot build its network (") + e.what() + ")");
    }
    std::map<std::string, torch::Tensor> parameters;
    for (const auto& item : out.net->named_parameters(true))
        parameters.emplace(item.key(), item.value());
    const auto expected = parameterShapes(out.info.network);
    if (parameters.size() != expected.size())
        throw std::logic_error("ModelFile: parameterShapes disagrees with PolicyValueNetImpl");
    for (const auto& p : expected) {
        const auto it = parameters.find(p.name);
        if (it == parameters.end() || it->second.sizes().vec() != p.shape)
            throw std::logic_error("ModelFile: parameterShapes disagrees on " + p.name);
    }

    torch::NoGradGuard noGrad;
    for (const auto& t : h.tensors) {
        const char* from = data.data() + t.begin;
        if (const auto it = parameters.find(t.name); it != parameters.end()) {
            auto& p = it->second;
            if (!p.is_contiguous() || p.scalar_type() != torch::kFloat32)
                throw std::logic_error("ModelFile: parameter " + t.name + " not contiguous F32");
            std::memcpy(p.data_ptr<float>(), from, t.end - t.begin);
            continue;
        }
        const auto slash = t.name.rfind('/');
        const std::string param =
            t.name.substr(kOptimizerPrefix.size(), slash - kOptimizerPrefix.size());
        const std::string field = t.name.substr(slash + 1);
        auto& slot = out.optimizer[param];
        if (field == "step") {
            std::memcpy(&slot.step, from, 8);
            if (slot.step < 0) throw reader.fail("tensor '" + t.name + "' is negative");
        } else {
            auto tensor = torch::empty(t.shape, torch::kFloat32);
            std::memcpy(tensor.data_ptr<float>(), from, t.end - t.begin);
            (field == "exp_avg" ? slot.expAvg : slot.expAvgSq) = tensor;
        }
    }
    return out;
}

void restoreOptimizer(torch::optim::Adam& optimizer, PolicyValueNetImpl& net,
                      const LoadedModel& loaded) {
    for (const auto& item : net.named_parameters(true)) {
        const auto it = loaded.optimizer.find(item.key());
        if (it == loaded.optimizer.end()) continue;
        auto state = std::make_unique<torch::optim::AdamParamState>();
        state->step(it->second.step);
        state->exp_avg(it->second.expAvg.clone());
        state->exp_avg_sq(it->second.expAvgSq.clone());
        optimizer.state()[stateKey(item.value())] = std::move(state);
    }
}

}  // namespace detail

ModelInfo readModelInfo(const std::string& path) {
    detail::Reader reader(path);
    return reader.readHeader().info;
}

std::unique_ptr<NetworkEvaluator> loadNetworkEvaluator(const std::string& path) {
    auto loaded = detail::loadModel(path);
    return detail::makeEvaluator(std::move(loaded.net), std::move(loaded.info));
}

std::unique_ptr<search::Evaluator> loadEvaluator(const std::string& path) {
    return loadNetworkEvaluator(path);
}

std::unique_ptr<NetworkEvaluator> loadEvaluator(const std::string& path, TensorSize size,
                                                CoefficientSet coefficients) {
    auto e = loadNetworkEvaluator(path);
    const auto& n = e->info().network;
    if (!(n.size == size) || n.coefficients != coefficients)
        throw ModelFileError("model file '" + path + "' is for " + n.size.toString() + " " +
                             coefficientSetName(n.coefficients) + ", not " + size.toString() + " " +
                             coefficientSetName(coefficients));
    return e;
}

void saveUntrainedModel(const std::string& path, const NetworkConfig& config, std::uint64_t seed) {
    detail::PolicyValueNet net(config);
    net->initialise(seed);
    detail::saveModel(path, *net, ModelInfo::untrained(config, seed), nullptr);
}

}  // namespace tg::nn
