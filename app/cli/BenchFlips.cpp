// tensorgame-cli bench flips: raw speed of the flip-graph walkers, in successful flips per
// second per thread, one walker from the naive scheme without a target (so the walk never ends
// early), for each size and field asked.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliSupport.h"
#include "Commands.h"
#include "core/search/FlipSearch.h"

namespace tg::cli {

int runBenchFlips(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "'bench flips' measures flips per second per thread of the flip-graph search."));
    parser.addPositionalArgument("WHAT", QCoreApplication::translate("cli", "flips"));
    const QCommandLineOption sizes(
        "size", Cli::tr("Sizes to measure (repeatable; default 3,3,3 and 4,4,4)."), "n,m,p");
    const QCommandLineOption fields("field", Cli::tr("Z2 or Z (repeatable; default both)."),
                                    "FIELD");
    const QCommandLineOption seconds("seconds", Cli::tr("Seconds per measurement (default 1)."),
                                     "SEC", "1");
    const QCommandLineOption json("json", Cli::tr("One JSON object per measurement."));
    for (const auto* o : {&sizes, &fields, &seconds, &json}) parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;
    bool ok = false;
    const double secs = parser.value(seconds).toDouble(&ok);
    if (!ok || secs <= 0 || secs > 3600) {
        printError("bench flips: --seconds must be in (0, 3600]");
        return kBadInput;
    }
    std::vector<TensorSize> sizeList;
    for (const QString& s :
         parser.isSet(sizes) ? parser.values(sizes) : QStringList{"3,3,3", "4,4,4"}) {
        const auto size = TensorSize::parse(s.toStdString());
        if (!size) {
            printError("bench flips: bad --size " + s.toStdString());
            return kBadInput;
        }
        sizeList.push_back(*size);
    }
    std::vector<Field> fieldList;
    for (const QString& f : parser.isSet(fields) ? parser.values(fields) : QStringList{"Z2", "Z"}) {
        const auto field = parseField(f.toStdString());
        if (!field || (*field != Field::Z2 && *field != Field::Z)) {
            printError("bench flips: --field must be Z2 or Z");
            return kBadInput;
        }
        fieldList.push_back(*field);
    }
    for (const TensorSize& size : sizeList) {
        for (const Field field : fieldList) {
            search::FlipSearchParams params = search::FlipSearchParams::thorough(size, field, 0);
            try {
                search::FlipSearch engine(params);
                const std::clock_t cpu0 = std::clock();
                engine.start();
                engine.waitFor(std::chrono::milliseconds(static_cast<long long>(secs * 1000)));
                engine.stop();
                engine.wait();
                // CPU time as well as wall time: on a shared machine the wall-clock rate says more
                // about the other processes than about the walker.
                const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
                const search::SearchResult r = engine.result();
                const double perCpuSecond = cpu > 0 ? static_cast<double>(r.flips) / cpu : 0;
                const double perSecond =
                    r.seconds > 0 ? static_cast<double>(r.flips) / r.seconds : 0;
                if (parser.isSet(json)) {
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
