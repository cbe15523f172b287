// The executable's side of the network commands: load libtensorgame-cli-nn.so on first use
// (next to the executable in a build tree, else from the installed library directory) and call
// the command's entry point.
#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include "CliSupport.h"
#include "Commands.h"
#include "NnModule.h"

namespace tg::cli {

namespace {

int runInModule(const char* symbol, const QStringList& args) {
    // Next to the executable (a build tree), else where `install` puts it, relative to the
    // executable so that a package installed under any prefix finds it.
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList places = {here, QDir(here).filePath(QStringLiteral(TG_NN_MODULE_RELDIR))};
    QString errors;
    for (const QString& dir : places) {
        QLibrary module(QDir::cleanPath(QDir(dir).filePath(kNnModuleName)));
        if (!module.load()) {
            errors += "\n  " + module.errorString();
            continue;
        }
        const auto entry = reinterpret_cast<NnEntryPoint>(module.resolve(symbol));
        if (!entry) {
            printError(Cli::tr("the network module has no %1: %2")
                           .arg(QString::fromLatin1(symbol), module.fileName())
                           .toStdString());
            return kBadInput;
        }
        // The module stays loaded until the process ends (LibTorch does not unload cleanly).
        return entry(&args);
    }
    printError(Cli::tr("this command needs the network module (lib%1.so), which could not be "
                       "loaded:%2")
                   .arg(QString::fromLatin1(kNnModuleName), errors)
                   .toStdString());
    return kBadInput;
}

}  // namespace

int runTrain(const QStringList& args) {
    return runInModule(kTrainSymbol, args);
}

int runBenchNn(const QStringList& args) {
    return runInModule(kBenchNnSymbol, args);
}

int runAgentSearch(const QStringList& args) {
    return runInModule(kAgentSearchSymbol, args);
}

int runBenchMcts(const QStringList& args) {
    return runInModule(kBenchMctsSymbol, args);
}

int runBenchAgent(const QStringList& args) {
    return runInModule(kBenchAgentSymbol, args);
}

}  // namespace tg::cli
