#include "CliOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

#include "CliSupport.h"
#include "OptionValue.h"

namespace tg::cli {

namespace {

// The table's texts are marked with QT_TRANSLATE_NOOP("cli", ...); they are translated here.
QString translated(const char* text) {
    return QCoreApplication::translate("cli", text);
}

QStringList defaultValues(const OptionSpec& spec) {
    if (!spec.defaultValue) return {};
    const QString text = QString::fromLatin1(spec.defaultValue);
    return (spec.flags & kRepeatable) ? text.split(' ', Qt::SkipEmptyParts) : QStringList{text};
}

QCommandLineOption qtOption(const OptionSpec& spec) {
    const QString name = QString::fromLatin1(spec.name);
    QString help = translated(spec.help);
    // The formats come from core, so --format's help cannot spell them out itself.
    if (spec.type == ValueType::Format) help = help.arg(writableFormatNames());
    if (spec.type == ValueType::Flag) return QCommandLineOption(name, help);
    QCommandLineOption option(name, help,
                              QString::fromLatin1(spec.valueName ? spec.valueName : "VALUE"));
    option.setDefaultValues(defaultValues(spec));
    return option;
}

// The option's texts (given, else the default), or an error message.
std::optional<QString> checkRequired(const OptionSpec& spec, const QStringList& texts) {
    if (!(spec.flags & kRequired) || (!texts.isEmpty() && !texts.last().isEmpty()))
        return std::nullopt;
    return Cli::tr("--%1 %2 is required")
        .arg(QString::fromLatin1(spec.name),
             QString::fromLatin1(spec.valueName ? spec.valueName : ""));
}

}  // namespace

const std::vector<OptionValue>& Options::values(std::string_view name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) throw std::logic_error("no such option: " + std::string(name));
    return it->second;
}

std::optional<Options> parseCommand(const CommandSpec& command, const QStringList& args,
                                    int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(translated(command.description));
    for (const PositionalSpec& p : command.positionals)
        parser.addPositionalArgument(QString::fromLatin1(p.name), translated(p.help),
                                     QString::fromLatin1(p.syntax));
    for (const OptionSpec& spec : command.options) parser.addOption(qtOption(spec));
    if (!parseOrExit(parser, args, exitCode)) return std::nullopt;

    Options options;
    options.positional_ = parser.positionalArguments();
    for (const OptionSpec& spec : command.options) {
        const QString name = QString::fromLatin1(spec.name);
        std::vector<OptionValue>& values = options.values_[spec.name];
        if (parser.isSet(name)) options.given_.insert(spec.name);
        if (spec.type == ValueType::Flag) {
            if (parser.isSet(name)) values.emplace_back(true);
            continue;
        }
        const QStringList texts = parser.values(name);
        if (const auto missing = checkRequired(spec, texts)) {
            exitCode = fail(command.name, *missing);
            return std::nullopt;
        }
        for (const QString& text : texts) {
            auto value = convertValue(spec, text);
            if (!value) {
                exitCode = fail(
                    command.name,
                    Cli::tr("--%1 must be %2, not '%3'").arg(name, describeValues(spec), text));
                return std::nullopt;
            }
            values.push_back(std::move(*value));
        }
    }
    return options;
}

QString peekOption(std::initializer_list<std::span<const OptionSpec>> tables,
                   const QStringList& args, const QString& name) {
    QCommandLineParser parser;
    QSet<QString> names{QStringLiteral("h"), QStringLiteral("help")};
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const auto table : tables)
        for (const OptionSpec& spec : table) {
            const QString optionName = QString::fromLatin1(spec.name);
            if (names.contains(optionName)) continue;  // the same option in another table
            names.insert(optionName);
            parser.addOption(spec.type == ValueType::Flag
                                 ? QCommandLineOption(optionName)
                                 : QCommandLineOption(optionName, QString(), QStringLiteral("V")));
        }
    // Errors (unknown options, --help) are for the chosen command to report by its own table.
    (void)parser.parse(args);
    return parser.isSet(name) ? parser.value(name) : QString();
}

}  // namespace tg::cli
