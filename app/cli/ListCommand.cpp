#include <QCommandLineParser>
#include <QCoreApplication>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliSupport.h"
#include "Commands.h"
#include "core/catalog/Catalog.h"

namespace tg::cli {

int runList(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List the built-in schemes."));
    const QCommandLineOption json("json",
                                  QCoreApplication::translate("cli", "One JSON object per line."));
    parser.addOption(json);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;

    for (const CatalogEntry& e : catalogEntries()) {
        if (parser.isSet(json)) {
            std::cout << nlohmann::json{{"key", "builtin:" + e.key},
                                        {"title", e.title},
                                        {"size", {e.size.n, e.size.m, e.size.p}},
                                        {"rank", e.rank},
                                        {"summary", e.summary}}
                             .dump()
                      << '\n';
        } else {
            std::cout << ("builtin:" + e.key + std::string(28, ' ')).substr(0, 28) << ' '
                      << (e.size.toString() + "        ").substr(0, 8) << " rank "
                      << (std::to_string(e.rank) + "    ").substr(0, 4) << ' ' << e.summary << '\n';
        }
    }
    return kOk;
}

}  // namespace tg::cli
