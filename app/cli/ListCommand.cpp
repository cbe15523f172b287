#include <QCoreApplication>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/catalog/Catalog.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/io/LoadError.h"

namespace tg::cli {

namespace {

constexpr OptionSpec kOptions[] = {
    jsonOption(QT_TRANSLATE_NOOP("cli", "One JSON object per line.")),
    flagOption("published",
               QT_TRANSLATE_NOOP("cli",
                                 "List the published schemes (AlphaTensor's and the best known "
                                 "of every size up to 6x6x6), each with the path that opens it.")),
};

constexpr CommandSpec kCommand{
    "list",
    QT_TRANSLATE_NOOP("cli", "List the built-in schemes, or the published ones the program ships."),
    {},
    kOptions};

std::string padded(std::string s, std::size_t width) {
    if (s.size() < width) s.resize(width, ' ');
    return s;
}

void listBuiltins(bool json) {
    for (const CatalogEntry& e : catalogEntries()) {
        if (json) {
            std::cout << nlohmann::json{{"key", "builtin:" + e.key},
                                        {"title", e.title},
                                        {"size", {e.size.n, e.size.m, e.size.p}},
                                        {"rank", e.rank},
                                        {"summary", e.summary}}
                             .dump()
                      << '\n';
        } else {
            std::cout << padded("builtin:" + e.key, 28) << ' ' << padded(e.size.toString(), 8)
                      << " rank " << padded(std::to_string(e.rank), 4) << ' ' << e.summary << '\n';
        }
    }
}

// The published schemes the program ships: one line each, with the spec that opens it.
int listPublished(bool json) {
    const auto dir = findPublishedDir(QCoreApplication::applicationDirPath().toStdString());
    if (!dir) {
        return fail(kCommand.name,
                    Cli::tr("the published schemes are not installed (looked next to the program "
                            "and in share/tensorgame/published; TG_PUBLISHED_DIR names another "
                            "folder)"));
    }
    std::vector<PublishedScheme> entries;
    try {
        entries = readPublishedCatalog(*dir);
    } catch (const LoadError& e) {
        printError(e.what());
        return kBadInput;
    }
    for (const PublishedScheme& e : entries) {
        const std::string spec = publishedSpec(*dir, e);
        if (json) {
            std::cout << nlohmann::json{{"spec", spec},
                                        {"size", {e.size.n, e.size.m, e.size.p}},
                                        {"rank", e.rank},
                                        {"field", fieldName(e.field)},
                                        {"source", e.source},
                                        {"citation", e.citation}}
                             .dump()
                      << '\n';
        } else {
            std::cout << padded(e.size.toString(), 8) << " rank "
                      << padded(std::to_string(e.rank), 4) << ' ' << padded(fieldName(e.field), 3)
                      << ' ' << spec << "\n    " << e.citation << '\n';
        }
    }
    return kOk;
}

int execute(const Options& options) {
    if (options.isSet("published")) return listPublished(options.isSet("json"));
    listBuiltins(options.isSet("json"));
    return kOk;
}

}  // namespace

int runList(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
