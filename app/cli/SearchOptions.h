#pragma once
// The option tables of `search`: one per engine. Both are here, not in the engines' files,
// because `search` reads --engine by their union before it knows which engine runs
// (SearchRouting.cpp), and the agent's command lives in the network module (NnModule.h).
#include "CliOptions.h"

namespace tg::cli {

extern const CommandSpec kFlipSearchCommand;   // search [--engine flip]
extern const CommandSpec kAgentSearchCommand;  // search --engine mcts

}  // namespace tg::cli
