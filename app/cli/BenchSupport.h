#pragma once
// What the benchmarks share: a line of output per measurement, JSON or text; the median of their
// times; and for those that measure size after size for --seconds each (bench flips, bench nn),
// the loop over the sizes.
#include <algorithm>
#include <exception>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "CliOptions.h"
#include "CliSupport.h"

namespace tg::cli {

// Prints one measurement as a line of stdout: `object` with --json (`json`), else `text`. The
// line is flushed at once: a benchmark's lines come seconds or minutes apart.
inline void printMeasurement(bool json, const nlohmann::json& object, const std::string& text) {
    std::cout << (json ? object.dump() : text) << std::endl;
}

// The median: of an even count, the mean of the two middle values (seeds that end at 27 and 26
// give 26.5); 0 when empty. For the odd seed counts of the README's tables this is the middle
// value, as before.
inline double medianOf(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const std::size_t half = values.size() / 2;
    return values.size() % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2;
}

// What every measurement of a benchmark is given: --seconds and --json.
struct BenchSettings {
    double seconds = 0;
    bool json = false;
};

// Runs `measure(size, settings)` for each size of --size in turn. An exception ends the
// benchmark: said as "tensorgame-cli: COMMAND: what", exit status 2 (kBadInput); else kOk.
template <class Measure>
int measureEachSize(const CommandSpec& command, const Options& options, Measure&& measure) {
    const BenchSettings settings{options.get<double>("seconds"), options.isSet("json")};
    try {
        for (const TensorSize& size : options.all<TensorSize>("size")) measure(size, settings);
    } catch (const std::exception& e) {
        printError(std::string(command.name) + ": " + e.what());
        return kBadInput;
    }
    return kOk;
}

}  // namespace tg::cli
