#include "core/nn/ModelInfo.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/nn/ActionCodec.h"

namespace tg::nn {

NetworkConfig NetworkConfig::forSize(TensorSize size, CoefficientSet set) {
    NetworkConfig c;
    c.size = size;
    c.coefficients = set;
    return c;
}

NetworkConfig NetworkConfig::tiny(TensorSize size, CoefficientSet set) {
    NetworkConfig c;
    c.size = size;
    c.coefficients = set;
    c.width = 16;
    c.layers = 1;
    c.heads = 2;
    c.feedForward = 32;
    return c;
}

void NetworkConfig::validate() const {
    auto fail = [](const std::string& what) { throw std::invalid_argument("network: " + what); };
    // The slice tokens hold a whole 2D slice each: past <5,5,5> the input projection grows large.
    if (!size.isValid() || size.uSize() > 36 || size.vSize() > 36 || size.wSize() > 36)
        fail("size " + size.toString() + " not supported (n*m, m*p, p*n at most 36)");
    (void)coefficientValues(coefficients);
    if (width < 4 || width > 1024) fail("width must be 4..1024");
    if (layers < 0 || layers > 16) fail("layers must be 0..16");
    if (heads < 1 || width % heads != 0) fail("heads must divide the width");
    if (feedForward < 1 || feedForward > 8192) fail("feed-forward width must be 1..8192");
    if (chunk < 0 || chunk > 12) fail("chunk must be 0..12");
    (void)ActionCodec(size, coefficients, chunk);
}

std::string ModelInfo::toJson() const {
    const nlohmann::json j = {
        {"format", "tensorgame-model"},
        {"format_version", formatVersion},
        {"size", {network.size.n, network.size.m, network.size.p}},
        {"coefficients", coefficientSetName(network.coefficients)},
        {"network",
         {{"width", network.width},
          {"layers", network.layers},
          {"heads", network.heads},
          {"feed_forward", network.feedForward},
          {"chunk", network.chunk}}},
        {"steps", steps},
        {"examples", examples},
        {"seconds", seconds},
        {"seed", seed},
        {"recipe", recipe},
    };
    return j.dump();
}

ModelInfo ModelInfo::fromJson(const std::string& text) {
    ModelInfo info;
    try {
        const auto j = nlohmann::json::parse(text);
        if (j.value("format", std::string()) != "tensorgame-model")
            throw std::runtime_error("not a TensorGame model record");
        info.formatVersion = j.at("format_version").get<int>();
        if (info.formatVersion != kFormatVersion)
            throw std::runtime_error("model format version " + std::to_string(info.formatVersion) +
                                     " (this build reads " + std::to_string(kFormatVersion) + ")");
        const auto s = j.at("size");
        info.network.size = {s.at(0).get<int>(), s.at(1).get<int>(), s.at(2).get<int>()};
        const auto set = parseCoefficientSet(j.at("coefficients").get<std::string>());
        if (!set) throw std::runtime_error("unknown coefficient set");
        info.network.coefficients = *set;
        const auto& n = j.at("network");
        info.network.width = n.at("width").get<int>();
        info.network.layers = n.at("layers").get<int>();
        info.network.heads = n.at("heads").get<int>();
        info.network.feedForward = n.at("feed_forward").get<int>();
        info.network.chunk = n.at("chunk").get<int>();
        info.steps = j.at("steps").get<long long>();
        info.examples = j.value("examples", 0LL);
        info.seconds = j.value("seconds", 0.0);
        info.seed = j.at("seed").get<std::uint64_t>();
        info.recipe = j.value("recipe", std::string());
        info.network.validate();
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("bad model metadata: ") + e.what());
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(std::string("bad model metadata: ") + e.what());
    }
    return info;
}

std::string ModelInfo::describe() const {
    char steps_[32];
    if (steps >= 1000)
        std::snprintf(steps_, sizeof steps_, "%.1fk", static_cast<double>(steps) / 1000.0);
    else
        std::snprintf(steps_, sizeof steps_, "%lld", steps);
    return "net " + network.size.toString() + " " + coefficientSetName(network.coefficients) +
           ", " + steps_ + " steps";
}

}  // namespace tg::nn
