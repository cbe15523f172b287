#include "core/search/AgentSwitches.h"

#include "core/search/AgentSearch.h"

namespace tg::search {

void applyAgentSwitches(const AgentSwitches& switches, AgentSearchParams& params) {
    MctsParams& m = params.mcts;
    m.endgame = switches.endgame;
    if (!switches.completion) m.completeTop = 0;
    m.boundPruning = switches.boundPruning;
    m.mixtureCorrection = switches.mixtureCorrection;
    m.completionValue = switches.completionValue;
    if (switches.completionSpread) m.completionSpread = 0.25;
    m.bestLine = switches.bestLine;
    if (!switches.pairs) m.pairCandidates = 0;
    if (!switches.drops) m.dropCandidates = 0;
    if (switches.uniformShare) m.uniformShare = *switches.uniformShare;
    m.leafBatch = switches.leafBatch;
    params.randomBasis = switches.randomBasis;
    if (switches.restart) params.restartShare = 0.5;
}

}  // namespace tg::search
