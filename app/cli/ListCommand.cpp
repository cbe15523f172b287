#include <QCommandLineParser>
#include <QCoreApplication>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliSupport.h"
#include "Commands.h"
#include "core/catalog/Catalog.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/io/LoadError.h"

namespace tg::cli {

namespace {

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
        printError(Cli::tr("the published schemes are not installed (looked next to the program "
                           "and in share/tensorgame/published; TG_PUBLISHED_DIR names another "
                           "folder)")
                       .toStdString());
        return kBadInput;
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

}  // namespace

int runList(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List the built-in schemes, or the published ones the program ships."));
    const QCommandLineOption json("json",
                                  QCoreApplication::translate("cli", "One JSON object per line."));
    const QCommandLineOption published(
        "published", QCoreApplication::translate(
                         "cli",
                         "List the published schemes (AlphaTensor's and the best known of "
                         "every size up to 6x6x6), each with the path that opens it."));
    parser.addOption(json);
    parser.addOption(published);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;
    if (parser.isSet(published)) return listPublished(parser.isSet(json));
    listBuiltins(parser.isSet(json));
    return kOk;
}

}  // namespace tg::cli
