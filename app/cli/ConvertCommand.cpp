#include <QCommandLineParser>
#include <QCoreApplication>
#include <iostream>

#include "CliSupport.h"
#include "Commands.h"
#include "core/io/CodeExport.h"
#include "core/io/FileIO.h"
#include "core/io/SchemeFormat.h"
#include "core/tensor/Cost.h"

namespace tg::cli {

namespace {
std::string formatNames(bool writable) {
    std::string s;
    for (const FormatInfo& f : allFormats())
        if (writable ? f.writable : f.readable) s += (s.empty() ? "" : ", ") + std::string(f.name);
    return s;
}
}  // namespace

int runConvert(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Convert a scheme (or every key of an npz) to another format. The output format "
        "comes from OUT's extension unless --format names it. Writing is atomic."));
    parser.addPositionalArgument(
        "IN", QCoreApplication::translate("cli", "A scheme: file, FILE#n,m,p or builtin:NAME."));
    parser.addPositionalArgument("OUT", QCoreApplication::translate("cli", "The file to write."));
    const QCommandLineOption formatOpt("format",
                                       QCoreApplication::translate("cli", "Output format: %1.")
                                           .arg(QString::fromStdString(formatNames(true))),
                                       "F");
    parser.addOption(formatOpt);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        printError("convert: name IN and OUT");
        return kBadInput;
    }
    const std::string out = pos[1].toStdString();
    std::optional<SchemeFormat> format;
    if (parser.isSet(formatOpt)) {
        format = formatByName(parser.value(formatOpt).toStdString());
        if (!format || !formatInfo(*format).writable) {
            printError("convert: --format must be one of " + formatNames(true));
            return kBadInput;
        }
    } else {
        format = formatForWriting(out);
        if (!format) {
            printError("convert: cannot tell the format from '" + out + "'; use --format (" +
                       formatNames(true) + ")");
            return kBadInput;
        }
    }
    bool failed = false;
    const auto loaded = loadAll({pos[0]}, failed);
    if (failed) return kBadInput;
    std::vector<Scheme> schemes;
    std::vector<std::string> keys;
    for (const LoadedScheme& l : loaded) {
        schemes.push_back(l.scheme);
        const auto hash = l.source.rfind('#');
        if (hash != std::string::npos) keys.push_back(l.source.substr(hash + 1));
    }
    if (keys.size() != schemes.size()) keys.clear();
    try {
        writeFileAtomic(out, writeSchemes(*format, schemes, keys));
    } catch (const std::exception& e) {
        printError(out + ": " + e.what());
        return kBadInput;
    }
    std::cerr << "wrote " << schemes.size() << (schemes.size() == 1 ? " scheme" : " schemes")
              << " to " << out << " (" << formatInfo(*format).name << ")";
    if (*format == SchemeFormat::Cpp || *format == SchemeFormat::Python)
        std::cerr << ": " << cost(schemes.front()).multiplications << " multiplications and "
                  << generatedCodeAdditions(schemes.front()) << " additions per level of recursion";
    std::cerr << "\n";
    return kOk;
}

}  // namespace tg::cli
