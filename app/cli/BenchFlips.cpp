// tensorgame-cli bench flips: raw speed of the flip-graph walkers, in successful flips per
// second per thread, one walker from the naive scheme without a target (so the walk never ends
// early), for each size and field asked.
#include <QCoreApplication>
#include <algorithm>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "core/search/FlipSearch.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "flips")}};

constexpr OptionSpec kOptions[] = {
    {.name = "size",
     .type = ValueType::Size,
     .valueName = "n,m,p",
     .defaultValue = "3,3,3 4,4,4",
     .flags = kRepeatable,
     .help = QT_TRANSLATE_NOOP("cli", "Sizes to measure (repeatable; default 3,3,3 and 4,4,4).")},
    {.name = "field",
     .type = ValueType::Field,
     .valueName = "FIELD",
     .defaultValue = "Z2 Z",
     .choices = "Z2|Z",
     .flags = kRepeatable,
     .help = QT_TRANSLATE_NOOP("cli", "Z2 or Z (repeatable; default both).")},
    {.name = "seconds",
     .type = ValueType::Real,
     .valueName = "SEC",
     .defaultValue = "1",
     .max = 3600,
     .flags = kAboveMin,
     .help = QT_TRANSLATE_NOOP("cli", "Seconds per measurement (default 1).")},
    {.name = "json", .help = QT_TRANSLATE_NOOP("cli", "One JSON object per measurement.")},
};

constexpr CommandSpec kCommand{
    "bench flips",
    QT_TRANSLATE_NOOP("cli",
                      "'bench flips' measures flips per second per thread of the flip-graph "
                      "search."),
    kPositionals, kOptions};

}  // namespace

int runBenchFlips(const QStringList& args) {
    int code = kOk;
    const auto options = parseCommand(kCommand, args, code);
    if (!options) return code;
    const double secs = options->get<double>("seconds");
    const bool json = options->isSet("json");
    const auto sizeList = options->all<TensorSize>("size");
    const auto fieldList = options->all<Field>("field");
    for (const TensorSize& size : sizeList) {
        for (const Field field : fieldList) {
            search::FlipSearchParams params = search::FlipSearchParams::thorough(size, field, 0);
            params.timeLimitSeconds = secs;
            try {
                search::FlipSearch engine(params);
                const std::clock_t cpu0 = std::clock();
                engine.start();
                engine.wait();
                // CPU time as well as wall time: on a shared machine the wall-clock rate says more
                // about the other processes than about the walker.
                const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
                const search::SearchResult r = engine.result();
                const double perCpuSecond = cpu > 0 ? static_cast<double>(r.flips) / cpu : 0;
                const double perSecond =
                    r.seconds > 0 ? static_cast<double>(r.flips) / r.seconds : 0;
                if (json) {
                    std::cout << nlohmann::json{{"benchmark", "flips"},
                                                {"size", size.toString()},
                                                {"field", fieldName(field)},
                                                {"flips", r.flips},
                                                {"seconds", r.seconds},
                                                {"flips_per_second_per_thread", perSecond},
                                                {"cpu_seconds", cpu},
                                                {"flips_per_cpu_second", perCpuSecond},
                                                {"best_rank", r.found ? r.scheme.rank() : 0}}
                                     .dump()
                              << '\n';
                } else {
                    std::cout << size.toString() << " " << fieldName(field) << ": "
                              << perSecond / 1e6 << " M flips/s per thread, " << perCpuSecond / 1e6
                              << " M per CPU second (" << r.flips << " flips in " << r.seconds
                              << " s, reached rank " << (r.found ? r.scheme.rank() : 0) << ")\n";
                }
            } catch (const std::exception& e) {
                printError(std::string("bench flips: ") + e.what());
                return kBadInput;
            }
        }
    }
    return kOk;
}

}  // namespace tg::cli
