#pragma once
// The option tables of `search`: one per engine. Both are here, not in the engines' files,
// because `search` reads --engine by their union before it knows which engine runs
// (SearchRouting.cpp), and the agent's command lives in the network module (NnModule.h).
#include "CliOptions.h"
#include "CommonOptions.h"
#include "core/search/FlipSearchParams.h"

namespace tg::cli {

extern const CommandSpec kFlipSearchCommand;   // search [--engine flip]
extern const CommandSpec kAgentSearchCommand;  // search --engine mcts

// --symmetry of `search` and `bench search`: none or cyclic (square sizes only).
constexpr OptionSpec symmetryOption() {
    return valueOption("symmetry", ValueType::Choice, "SYM", "none",
                       QT_TRANSLATE_NOOP("cli",
                                         "none (default), or cyclic: walk only schemes invariant "
                                         "under (A,B,C)->(B,C,A), orbits of three terms plus fixed "
                                         "terms (square sizes n,n,n only)."),
                       0, "none|cyclic");
}

// The symmetry of --symmetry for `size`, or nullopt after printing why it cannot be used.
[[nodiscard]] std::optional<search::Symmetry> symmetryFor(const char* command, const Options& o,
                                                          const TensorSize& size);

}  // namespace tg::cli
