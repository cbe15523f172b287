#include "core/nn/ModelInfo.h"

#include <charconv>
#include <cstdio>
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

namespace {

constexpr const char* kFormatName = "tensorgame-model";

// A whole decimal integer in [lo, hi]; nothing else (no sign for lo >= 0, no spaces, no suffix).
template <typename T>
T parseInteger(const std::map<std::string, std::string>& m, const std::string& key, T lo, T hi) {
    const auto it = m.find(key);
    if (it == m.end()) throw std::runtime_error("bad model metadata: no \"" + key + "\"");
    const std::string& text = it->second;
    T value{};
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || text.empty() || value < lo ||
        value > hi)
        throw std::runtime_error("bad model metadata: \"" + key + "\" is \"" + text.substr(0, 40) +
                                 "\", not a whole number in " + std::to_string(lo) + ".." +
                                 std::to_string(hi));
    return value;
}

}  // namespace

std::map<std::string, std::string> ModelInfo::toMetadata() const {
    char secondsText[64];
    std::snprintf(secondsText, sizeof secondsText, "%.17g", seconds);
    return {
        {"format", kFormatName},
        {"version", std::to_string(formatVersion)},
        {"size", std::to_string(network.size.n) + "," + std::to_string(network.size.m) + "," +
                     std::to_string(network.size.p)},
        {"coefficients", coefficientSetName(network.coefficients)},
        {"width", std::to_string(network.width)},
        {"layers", std::to_string(network.layers)},
        {"heads", std::to_string(network.heads)},
        {"feed_forward", std::to_string(network.feedForward)},
        {"chunk", std::to_string(network.chunk)},
        {"steps", std::to_string(steps)},
        {"examples", std::to_string(examples)},
        {"seconds", secondsText},
        {"seed", std::to_string(seed)},
        {"recipe", recipe},
    };
}

ModelInfo ModelInfo::fromMetadata(const std::map<std::string, std::string>& m) {
    ModelInfo info;
    const auto format = m.find("format");
    if (format == m.end() || format->second != kFormatName)
        throw std::runtime_error("not a TensorGame model (its metadata has no \"format\": \"" +
                                 std::string(kFormatName) + "\")");
    info.formatVersion = parseInteger<int>(m, "version", 0, 1000000);
    if (info.formatVersion != kFormatVersion)
        throw std::runtime_error("model format version " + std::to_string(info.formatVersion) +
                                 " (this build reads " + std::to_string(kFormatVersion) + ")");
    const auto size = m.find("size");
    if (size == m.end()) throw std::runtime_error("bad model metadata: no \"size\"");
    const auto parsed = TensorSize::parse(size->second);
    if (!parsed || size->second.find_first_not_of("0123456789,") != std::string::npos)
        throw std::runtime_error("bad model metadata: \"size\" is \"" + size->second.substr(0, 40) +
                                 "\", not n,m,p");
    info.network.size = *parsed;
    const auto coefficients = m.find("coefficients");
    const auto set =
        coefficients == m.end() ? std::nullopt : parseCoefficientSet(coefficients->second);
    if (!set) throw std::runtime_error("bad model metadata: unknown coefficient set");
    info.network.coefficients = *set;
    // Plain numbers here; NetworkConfig::validate bounds each dimension below, before any use.
    info.network.width = parseInteger<int>(m, "width", 0, 1 << 30);
    info.network.layers = parseInteger<int>(m, "layers", 0, 1 << 30);
    info.network.heads = parseInteger<int>(m, "heads", 0, 1 << 30);
    info.network.feedForward = parseInteger<int>(m, "feed_forward", 0, 1 << 30);
    info.network.chunk = parseInteger<int>(m, "chunk", 0, 1 << 30);
    info.steps = parseInteger<long long>(m, "steps", 0, 1LL << 62);
    info.examples = parseInteger<long long>(m, "examples", 0, 1LL << 62);
    info.seed = parseInteger<std::uint64_t>(m, "seed", 0, ~std::uint64_t{0});
    const auto seconds = m.find("seconds");
    if (seconds != m.end()) {
        const std::string& text = seconds->second;
        double value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || ptr != text.data() + text.size() || !(value >= 0) ||
            !(value < 1e12))
            throw std::runtime_error("bad model metadata: \"seconds\" is not a duration");
        info.seconds = value;
    }
    const auto recipe = m.find("recipe");
    if (recipe != m.end()) info.recipe = recipe->second;
    try {
        info.network.validate();
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

ModelInfo ModelInfo::untrained(const NetworkConfig& network, std::uint64_t seed) {
    ModelInfo info;
    info.network = network;
    info.seed = seed;
    info.recipe = kUntrainedRecipe;
    return info;
}

std::string continuedRecipe(const std::string& before, const std::string& now) {
    if (before.empty() || before == kUntrainedRecipe) return now;
    if (now.empty()) return before;
    return before + " && " + now;
}

}  // namespace tg::nn
