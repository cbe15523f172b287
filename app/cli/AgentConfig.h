#pragma once
// The agent's hand-made parts (core/search/AgentSwitches.h) by name for `bench agent --configs`
// ("default", or names joined by '+': "uniform+no-endgame"), and as the search command's options
// (--no-endgame, ...). Each name turns one part off (or, for "correction", on):
//   uniform           the uniform evaluator instead of the network (--model uniform)
//   no-endgame        no exact endgame solver (MctsParams::endgame)
//   no-completion     no completed w for the top sampled (u, v) (MctsParams::completeTop = 0)
//   no-uniform-share  no uniformly drawn candidates beside the policy's (uniformShare = 0)
//   no-pruning        no pruning by the flattening-rank bound (MctsParams::boundPruning)
//   no-random-basis   every game on the target itself (AgentSearchParams::randomBasis)
//   correction        the sampled-policy correction for the mixture (mixtureCorrection)
//   batchN            N leaves per network call, with virtual loss (MctsParams::leafBatch)
//   samplesN          N moves sampled per node instead of 48 (MctsParams::samples): fewer
//                     make each network call cheaper
//   netdepthN         the network's candidates only at nodes fewer than N moves below the
//                     root of the move being decided, uniform draws deeper
//                     (MctsParams::networkDepth): most calls are at deep nodes
//   no-completion-value  leaves valued by the network / lower bound, not by their span
//                     completion rank (MctsParams::completionValue)
//   spread            (on) ties of completion rank ordered by the other modes' completions
//                     (MctsParams::completionSpread = 0.25)
//   no-restart        every game from the target, none from the best scheme found less 4 to
//                     half of its terms drawn at random (AgentSearchParams::restartShare = 0)
//   no-restart-focus  a restart leaves out the first set of terms drawn, not (if 256 draws
//                     find one) a set whose flattening ranks are below its count
//                     (AgentSearchParams::restartDraws = 1)
//   no-plateau-walk   restarts start from the best scheme itself, not from it moved by random
//                     flips of the flip graph (AgentSearchParams::plateauFlips = 0)
//   below-naive       (on) the first games, before any scheme is found, aim one below the
//                     naive rank, not at it (AgentSearchParams::firstAimBelowNaive)
//   no-pairs          no moves made of pairs of the residual's completion terms
//                     (MctsParams::pairCandidates = 0)
//   no-drops          no moves that lower a flattening rank (MctsParams::dropCandidates = 0)
//   no-lazy           a leaf gets its candidates when it is valued, not at its second visit
//                     (MctsParams::lazyCandidates)
//   no-best-line      only the game as played counts, completed by slices, not the best
//                     scheme any node of the tree completes to (MctsParams::bestLine)
#include <optional>
#include <string>

#include "CliOptions.h"
#include "core/search/AgentSearch.h"
#include "core/search/AgentSwitches.h"

namespace tg::cli {

using search::AgentSwitches;
using search::applyAgentSwitches;

// Nothing, with *error set, for an unknown name.
[[nodiscard]] std::optional<AgentSwitches> parseAgentConfig(const std::string& config,
                                                            std::string* error);
// The switches of the search command's options (--no-endgame, --uniform-share, ...).
[[nodiscard]] AgentSwitches agentSwitchesOf(const Options& options);

}  // namespace tg::cli
