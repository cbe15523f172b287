#pragma once
// The commands that need the network (LibTorch) live in a module, libtensorgame-cli-nn.so, that
// tensorgame-cli loads only when one of them runs: loading LibTorch costs about half a second at
// start-up (its static initialisers and ~270 libraries), which every other command would pay.
//
// The module exports C entry points (kTrainSymbol, ...) taking the command's arguments; the
// executable resolves them with QLibrary (NnCommands.cpp).
#include <QStringList>

namespace tg::cli {

// Inside the module.
int trainMain(const QStringList& args);
int benchNnMain(const QStringList& args);
// runAgentSearch, runBenchMcts and runBenchAgent (Commands.h) are the module's own for the agent.

inline constexpr const char* kNnModuleName = "tensorgame-cli-nn";
inline constexpr const char* kTrainSymbol = "tgCliTrain";
inline constexpr const char* kBenchNnSymbol = "tgCliBenchNn";
inline constexpr const char* kAgentSearchSymbol = "tgCliAgentSearch";
inline constexpr const char* kBenchMctsSymbol = "tgCliBenchMcts";
inline constexpr const char* kBenchAgentSymbol = "tgCliBenchAgent";
using NnEntryPoint = int (*)(const QStringList*);

}  // namespace tg::cli
