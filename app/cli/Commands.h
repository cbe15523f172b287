#pragma once
// One function per sub-command; each receives its arguments with the command name first and
// returns the process exit status (see CliSupport.h).

#include <QStringList>

namespace tg::cli {

int runList(const QStringList& args);
int runInfo(const QStringList& args);
int runVerify(const QStringList& args);
int runReplay(const QStringList& args);
int runConvert(const QStringList& args);
int runBench(const QStringList& args);        // routes to bench WHAT (BenchCommand.cpp)
int runBenchVerify(const QStringList& args);  // bench verify
int runBenchFlips(const QStringList& args);   // bench flips
int runBenchSearch(const QStringList& args);  // bench search
int runBenchMcts(const QStringList& args);    // bench mcts
int runBenchAgent(const QStringList& args);   // bench agent (BenchAgent.cpp)
int runBenchApply(const QStringList& args);   // bench apply
int runSearch(const QStringList& args);       // routes on --engine (SearchRouting.cpp)
int runFlipSearch(const QStringList& args);   // search [--engine flip]
int runAgentSearch(const QStringList& args);  // search --engine mcts
int runLift(const QStringList& args);
#ifdef TG_HAVE_NN
int runTrain(const QStringList& args);
int runBenchNn(const QStringList& args);  // bench nn
#endif

}  // namespace tg::cli
