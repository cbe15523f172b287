#include <QCoreApplication>
#include <iostream>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "OptionValue.h"
#include "core/io/CodeExport.h"
#include "core/io/FileIO.h"
#include "core/io/SchemeFormat.h"
#include "core/tensor/Cost.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {
    {"IN", QT_TRANSLATE_NOOP("cli", "A scheme: file, FILE#n,m,p or builtin:NAME.")},
    {"OUT", QT_TRANSLATE_NOOP("cli", "The file to write.")},
};

constexpr OptionSpec kOptions[] = {
    valueOption("format", ValueType::Format, "F", nullptr,
                QT_TRANSLATE_NOOP("cli", "Output format: %1.")),
};

constexpr CommandSpec kCommand{
    "convert",
    QT_TRANSLATE_NOOP("cli",
                      "Convert a scheme (or every key of an npz) to another format. The output "
                      "format comes from OUT's extension unless --format names it. Writing is "
                      "atomic."),
    kPositionals, kOptions};

int execute(const Options& options) {
    const QStringList& pos = options.positional();
    if (pos.size() != 2) return fail(kCommand.name, Cli::tr("name IN and OUT"));
    const std::string out = pos[1].toStdString();
    std::optional<SchemeFormat> format = options.find<SchemeFormat>("format");
    if (!format) format = formatForWriting(out);
    if (!format)
        return fail(kCommand.name, Cli::tr("cannot tell the format from '%1'; use --format (%2)")
                                       .arg(pos[1], writableFormatNames()));
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

}  // namespace

int runConvert(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
