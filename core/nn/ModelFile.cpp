#include "core/nn/ModelFile.h"

#include <filesystem>
#include <sstream>

#include "core/nn/detail/PolicyValueNet.h"

namespace tg::nn {

namespace detail {

namespace {

// Archive keys may not contain dots (they name attributes of a scripted module).
std::string keyOf(const std::string& parameter) {
    std::string key = "param:";
    for (char c : parameter) key += c == '.' ? '/' : c;
    return key;
}

std::string shapeOf(const torch::Tensor& t) {
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

// The first line of a LibTorch error (the rest is a C++ backtrace).
std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

}  // namespace

void saveModel(const std::string& path, PolicyValueNetImpl& net, const ModelInfo& info,
               torch::optim::Optimizer* optimizer) {
    torch::serialize::OutputArchive archive;
    archive.write("metadata", c10::IValue(info.toJson()));
    for (const auto& item : net.named_parameters(true))
        archive.write(keyOf(item.key()), item.value().detach());
    if (optimizer) {
        torch::serialize::OutputArchive opt;
        optimizer->save(opt);
        archive.write("optimizer", opt);
    }
    const std::string temp = path + ".part";
    try {
        archive.save_to(temp);
        std::filesystem::rename(temp, path);
    } catch (const std::exception& e) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw ModelFileError("cannot write model file '" + path + "': " + firstLine(e.what()));
    }
}

LoadedModel loadModel(const std::string& path) {
    auto fail = [&](const std::string& why) -> ModelFileError {
        return ModelFileError("model file '" + path + "': " + why);
    };
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw fail("no such file");
    LoadedModel out;
    out.archive = std::make_shared<torch::serialize::InputArchive>();
    try {
        out.archive->load_from(path);
    } catch (const std::exception& e) {
        throw fail("not a model file (" + firstLine(e.what()) + ")");
    }
    c10::IValue meta;
    bool hasMeta = false;
    try {
        hasMeta = out.archive->try_read("metadata", meta) && meta.isString();
    } catch (const std::exception&) {
        hasMeta = false;
    }
    if (!hasMeta) throw fail("no model metadata (not a TensorGame model)");
    try {
        out.info = ModelInfo::fromJson(meta.toStringRef());
    } catch (const std::exception& e) {
        throw fail(e.what());
    }
    out.net = PolicyValueNet(out.info.network);
    torch::NoGradGuard noGrad;
    for (auto& item : out.net->named_parameters(true)) {
        torch::Tensor stored;
        bool found = false;
        try {
            found = out.archive->try_read(keyOf(item.key()), stored);
        } catch (const std::exception& e) {
            throw fail("parameter " + item.key() + " unreadable (" + firstLine(e.what()) + ")");
        }
        if (!found) throw fail("parameter " + item.key() + " missing");
        if (!stored.sizes().equals(item.value().sizes()) || stored.scalar_type() != torch::kFloat32)
            throw fail("parameter " + item.key() + " has shape " + shapeOf(stored) +
                       ", the metadata's architecture needs " + shapeOf(item.value()));
        item.value().copy_(stored);
    }
    return out;
}

}  // namespace detail

ModelInfo readModelInfo(const std::string& path) {
    return detail::loadModel(path).info;
}

std::unique_ptr<NetworkEvaluator> loadNetworkEvaluator(const std::string& path) {
    auto loaded = detail::loadModel(path);
    return detail::makeEvaluator(std::move(loaded.net), std::move(loaded.info));
}

std::unique_ptr<search::Evaluator> loadEvaluator(const std::string& path) {
    return loadNetworkEvaluator(path);
}

std::unique_ptr<search::Evaluator> loadEvaluator(const std::string& path, TensorSize size,
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
    ModelInfo info;
    info.network = config;
    info.seed = seed;
    info.recipe = "untrained";
    detail::saveModel(path, *net, info, nullptr);
}

}  // namespace tg::nn
