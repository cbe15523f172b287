// The executable's side of the network commands: load libtensorgame-cli-nn.so on first use
// (common/ModuleLoader.h) and call the command's entry point.

#include "CliSupport.h"
#include "Commands.h"
#include "NnModule.h"
#include "common/ModuleLoader.h"

namespace tg::cli {

namespace {

int runInModule(const char* symbol, const QStringList& args) {
    QString error;
    const auto entry = reinterpret_cast<NnEntryPoint>(
        resolveModuleSymbol(QString::fromLatin1(kNnModuleName), symbol, &error));
    if (!entry) {
        printError(Cli::tr("this command needs the network module: %1").arg(error).toStdString());
        return kBadInput;
    }
    return entry(&args);
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
