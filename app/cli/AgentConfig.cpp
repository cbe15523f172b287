#include "AgentConfig.h"

#include <sstream>

namespace tg::cli {

namespace {

// N of a name "<prefix>N" with N in 1..max ("batch8": leaves per network call, "samples16":
// moves sampled per node).
std::optional<int> numberAfter(const std::string& part, const std::string& prefix, int max) {
    if (part.size() <= prefix.size() || part.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    int n = 0;
    for (std::size_t i = prefix.size(); i < part.size(); ++i) {
        if (part[i] < '0' || part[i] > '9' || n > max) return std::nullopt;
        n = n * 10 + (part[i] - '0');
    }
    if (n < 1 || n > max) return std::nullopt;
    return n;
}

}  // namespace

std::optional<AgentSwitches> parseAgentConfig(const std::string& config, std::string* error) {
    AgentSwitches s;
    std::istringstream parts(config);
    std::string part;
    while (std::getline(parts, part, '+')) {
        if (part == "default") continue;
        if (part == "uniform") {
            s.uniformModel = true;
        } else if (part == "no-endgame") {
            s.endgame = false;
        } else if (part == "no-completion") {
            s.completion = false;
        } else if (part == "no-uniform-share") {
            s.uniformShare = 0.0;
        } else if (part == "no-pruning") {
            s.boundPruning = false;
        } else if (part == "no-random-basis") {
            s.randomBasis = false;
        } else if (part == "correction") {
            s.mixtureCorrection = true;
        } else if (part == "no-completion-value") {
            s.completionValue = false;
        } else if (part == "spread") {
            s.completionSpread = true;
        } else if (part == "no-restart") {
            s.restart = false;
        } else if (part == "no-pairs") {
            s.pairs = false;
        } else if (part == "no-drops") {
            s.drops = false;
        } else if (part == "no-best-line") {
            s.bestLine = false;
        } else if (part == "no-restart-focus") {
            s.restartFocus = false;
        } else if (part == "no-plateau-walk") {
            s.plateauWalk = false;
        } else if (part == "below-naive") {
            s.belowNaive = true;
        } else if (part == "no-lazy") {
            s.lazyCandidates = false;
        } else if (std::optional<int> n = numberAfter(part, "batch", 64)) {
            s.leafBatch = *n;
        } else if (std::optional<int> k = numberAfter(part, "samples", 1000)) {
            s.samples = *k;
        } else if (std::optional<int> d = numberAfter(part, "netdepth", 1000)) {
            s.networkDepth = *d;
        } else {
            if (error)
                *error = "unknown configuration '" + part +
                         "' (default, uniform, no-endgame, no-completion, no-uniform-share, "
                         "no-pruning, no-random-basis, correction, no-completion-value, spread, "
                         "no-restart, no-pairs, no-drops, "
                         "no-best-line, no-restart-focus, no-plateau-walk, below-naive, no-lazy, "
                         "batch1..batch64, samples1..samples1000, netdepth1..netdepth1000, "
                         "joined with '+')";
            return std::nullopt;
        }
    }
    return s;
}

AgentSwitches agentSwitchesOf(const Options& options) {
    AgentSwitches s;
    s.endgame = !options.isSet("no-endgame");
    s.completion = !options.isSet("no-completion");
    s.boundPruning = !options.isSet("no-pruning");
    s.randomBasis = !options.isSet("no-random-basis");
    s.mixtureCorrection = options.isSet("mixture-correction");
    s.completionValue = !options.isSet("no-completion-value");
    s.completionSpread = options.isSet("spread");
    s.restart = !options.isSet("no-restart");
    s.restartFocus = !options.isSet("no-restart-focus");
    s.plateauWalk = !options.isSet("no-plateau-walk");
    s.belowNaive = options.isSet("below-naive");
    s.bestLine = !options.isSet("no-best-line");
    s.pairs = !options.isSet("no-pairs");
    s.drops = !options.isSet("no-drops");
    s.uniformShare = options.find<double>("uniform-share");
    s.leafBatch = options.find<int>("leaf-batch").value_or(1);
    s.samples = options.find<int>("samples");
    s.networkDepth = options.get<int>("network-depth");
    s.lazyCandidates = !options.isSet("no-lazy-candidates");
    return s;
}

}  // namespace tg::cli
