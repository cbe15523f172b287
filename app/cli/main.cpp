// tensorgame-cli: verify, inspect and replay matrix-multiplication schemes from the shell.

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

#include "CliSupport.h"
#include "Commands.h"
#include "i18n/Translations.h"

namespace {

struct Command {
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> all = {
        {"list", {QT_TRANSLATE_NOOP("cli", "List the built-in schemes."), tg::cli::runList}},
        {"info",
         {QT_TRANSLATE_NOOP("cli", "Describe schemes: size, rank, cost, products, C."),
          tg::cli::runInfo}},
        {"verify",
         {QT_TRANSLATE_NOOP("cli", "Verify schemes exactly over Z, Q or Z2."), tg::cli::runVerify}},
        {"bench",
         {QT_TRANSLATE_NOOP("cli", "Measure how fast schemes load and verify."),
          tg::cli::runBench}},
        {"convert",
         {QT_TRANSLATE_NOOP("cli", "Convert schemes between formats, or export code."),
          tg::cli::runConvert}},
        {"replay",
         {QT_TRANSLATE_NOOP("cli", "Play a scheme or episode step by step."), tg::cli::runReplay}},
        {"lift",
         {QT_TRANSLATE_NOOP("cli", "Lift schemes valid mod 2 to Z (Hensel lifting)."),
          tg::cli::runLift}},
        {"search",
         {QT_TRANSLATE_NOOP("cli", "Search for schemes of lower rank (flip graphs)."),
          tg::cli::runSearch}},
#ifdef TG_HAVE_NN
        {"train",
         {QT_TRANSLATE_NOOP("cli", "Train the policy/value network and write a model file."),
          tg::cli::runTrain}},
#endif
    };
    return all;
}

void printUsage(std::ostream& out) {
    out << QCoreApplication::translate("cli", "Usage: tensorgame-cli COMMAND [options] [arguments]")
               .toStdString()
        << "\n\n"
        << QCoreApplication::translate("cli", "Commands:").toStdString() << "\n";
    for (const auto& [name, cmd] : commands())
        out << "  " << name.leftJustified(8).toStdString()
            << QCoreApplication::translate("cli", cmd.summary).toStdString() << "\n";
    out << "\n"
        << QCoreApplication::translate(
               "cli",
               "A SCHEME is a file (project or FastMatrixMultiplication JSON, .exp, .m, .mpl, "
               ".txt,\n"
               ".npz), FILE.npz#n,m,p for one key of an archive, or builtin:NAME\n"
               "(builtin:strassen, builtin:naive:3,3,3).\n"
               "Run 'tensorgame-cli COMMAND --help' for the options of a command.\n"
               "Exit status: 0 all valid, 1 a scheme is not valid, 2 bad usage or input.")
               .toStdString()
        << "\n";
}

// Commands report bad input themselves; anything that still escapes is a bug, which must end
// the command with a message and exit status 2, never with an abort and a core dump.
int runGuarded(const Command& command, const QStringList& args) {
    try {
        return command.run(args);
    } catch (const std::exception& e) {
        tg::cli::printError(
            tg::cli::Cli::tr("internal error: %1").arg(QString::fromUtf8(e.what())).toStdString());
    } catch (...) {
        tg::cli::printError(tg::cli::Cli::tr("internal error: unknown exception").toStdString());
    }
    return tg::cli::kBadInput;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("tensorgame-cli");
    QCoreApplication::setApplicationVersion(TG_VERSION);
    // The shell's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Russian or English.
    tg::installTranslations(tg::chooseLanguage(QString()));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == "-h" || args.first() == "--help" ||
        args.first() == "help") {
        printUsage(args.isEmpty() ? std::cerr : std::cout);
        return args.isEmpty() ? tg::cli::kBadInput : tg::cli::kOk;
    }
    if (args.first() == "--version") {
        std::cout << "tensorgame-cli " << TG_VERSION << "\n";
        return tg::cli::kOk;
    }
    const auto it = commands().find(args.first());
    if (it == commands().end()) {
        tg::cli::printError(
            tg::cli::Cli::tr("unknown command '%1'").arg(args.first()).toStdString());
        printUsage(std::cerr);
        return tg::cli::kBadInput;
    }
    return runGuarded(it->second, args);
}
