// tensorgame-cli bench WHAT: the benchmarks, routed by the name that follows `bench` through one
// table; each parses the rest of the command line by its own options table.
#include <QCoreApplication>
#include <iostream>

#include "CliSupport.h"
#include "Commands.h"
#include "OptionValue.h"

namespace tg::cli {

namespace {

struct BenchRoute {
    const char* name;
    const char* summary;  // QT_TRANSLATE_NOOP("cli", ...)
    int (*run)(const QStringList& args);
};

constexpr BenchRoute kRoutes[] = {
    {"verify", QT_TRANSLATE_NOOP("cli", "Time loading and verifying schemes."), runBenchVerify},
    {"flips", QT_TRANSLATE_NOOP("cli", "Flips per second of the flip-graph search."),
     runBenchFlips},
    {"search", QT_TRANSLATE_NOOP("cli", "Time of the flip-graph search to a target rank."),
     runBenchSearch},
    {"mcts", QT_TRANSLATE_NOOP("cli", "Simulations and evaluations per second of the agent."),
     runBenchMcts},
    {"agent", QT_TRANSLATE_NOOP("cli", "The agent's configurations x sizes x seeds, as a table."),
     runBenchAgent},
    {"apply", QT_TRANSLATE_NOOP("cli", "Schemes on real matrices: time and error beside Eigen."),
     runBenchApply},
#ifdef TG_HAVE_NN
    {"nn", QT_TRANSLATE_NOOP("cli", "Evaluations per second of the network."), runBenchNn},
#endif
};

void printBenchUsage(std::ostream& out) {
    out << Cli::tr("Usage: tensorgame-cli bench WHAT [options] [arguments]").toStdString() << "\n\n"
        << Cli::tr("Benchmarks:").toStdString() << "\n";
    for (const BenchRoute& route : kRoutes)
        out << "  " << QString::fromLatin1(route.name).leftJustified(8).toStdString()
            << QCoreApplication::translate("cli", route.summary).toStdString() << "\n";
    out << "\n"
        << Cli::tr("Run 'tensorgame-cli bench WHAT --help' for the options of a benchmark.")
               .toStdString()
        << "\n";
}

}  // namespace

int runBench(const QStringList& args) {
    const QString what = args.value(1);
    for (const BenchRoute& route : kRoutes)
        if (what == QLatin1String(route.name)) return route.run(args);
    if (what == QLatin1String("-h") || what == QLatin1String("--help")) {
        printBenchUsage(std::cout);
        return kOk;
    }
    QStringList names;
    for (const BenchRoute& route : kRoutes) names << QString::fromLatin1(route.name);
    return fail("bench", Cli::tr("say what to measure: %1").arg(orList(names)));
}

}  // namespace tg::cli
