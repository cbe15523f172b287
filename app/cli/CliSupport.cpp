#include "CliSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <iostream>

#include "core/io/LoadError.h"
#include "core/tensor/Scheme.h"

namespace tg::cli {

void printError(const std::string& message) {
    std::cerr << "tensorgame-cli: " << message << '\n';
}

void printError(std::string_view command, const QString& message) {
    std::cerr << "tensorgame-cli: " << command << ": " << message.toStdString() << '\n';
}

int fail(std::string_view command, const QString& message) {
    printError(command, message);
    return kBadInput;
}

bool parseOrExit(QCommandLineParser& parser, const QStringList& args, int& exitCode) {
    const QCommandLineOption help(QStringList{"h", "help"},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        printError(parser.errorText().toStdString());
        exitCode = kBadInput;
        return false;
    }
    if (parser.isSet(help)) {
        std::cout << parser.helpText().toStdString();
        exitCode = kOk;
        return false;
    }
    return true;
}

std::optional<SchemeFormat> outFormat(std::string_view command, const std::string& out) {
    if (out.empty()) return SchemeFormat::Project;
    const auto format = formatForWriting(out);
    if (!format) {
        printError(command, Cli::tr("cannot tell the format of --out from its extension: %1")
                                .arg(QString::fromStdString(out)));
        return std::nullopt;
    }
    if (!folderCanTake(command, out)) return std::nullopt;
    return format;
}

bool folderCanTake(std::string_view command, const std::string& path) {
    if (path.empty()) return true;
    const QFileInfo file(QString::fromStdString(path));
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir()) {
        printError(command, Cli::tr("cannot write %1: the folder %2 does not exist")
                                .arg(QString::fromStdString(path), folder.filePath()));
        return false;
    }
    if (!folder.isWritable()) {
        printError(command, Cli::tr("cannot write %1: the folder %2 is not writable")
                                .arg(QString::fromStdString(path), folder.filePath()));
        return false;
    }
    return true;
}

std::vector<LoadedScheme> loadAll(const QStringList& sources, bool& failed) {
    std::vector<LoadedScheme> out;
    for (const QString& src : sources) {
        try {
            for (auto& loaded : loadSchemes(src.toStdString())) out.push_back(std::move(loaded));
        } catch (const LoadError& e) {
            printError(e.what());
            failed = true;
        } catch (const SchemeError& e) {
            printError(src.toStdString() + ": " + e.what());
            failed = true;
        } catch (const std::exception& e) {
            printError(src.toStdString() + ": " + e.what());
            failed = true;
        }
    }
    return out;
}

}  // namespace tg::cli
