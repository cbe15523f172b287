// tensorgame-cli search: one command, two engines with options of their own. The value of
// --engine, parsed by the union of both tables, picks the engine from a table; the engine then
// parses the command line again by its own table (its help, its errors).
#include <QString>
#include <map>

#include "CliOptions.h"
#include "Commands.h"
#include "SearchOptions.h"

namespace tg::cli {

namespace {

using Handler = int (*)(const QStringList&);

const std::map<QString, Handler>& engines() {
    static const std::map<QString, Handler> all = {
        {QStringLiteral("flip"), runFlipSearch},
        {QStringLiteral("mcts"), runAgentSearch},
    };
    return all;
}

}  // namespace

int runSearch(const QStringList& args) {
    const QString engine =
        peekOption({kFlipSearchCommand.options, kAgentSearchCommand.options}, args, "engine");
    const auto it = engines().find(engine);
    // No --engine: the flip search, the default. An unknown one: the flip search too, whose
    // table refuses it with the choices.
    return it != engines().end() ? it->second(args) : runFlipSearch(args);
}

}  // namespace tg::cli
