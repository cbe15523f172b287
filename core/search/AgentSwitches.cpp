#include "core/search/AgentSwitches.h"

#include "core/search/AgentSearch.h"

namespace tg::search {

bool agentPartActs(AgentPart part, bool mod2, bool completes) {
    switch (part) {
        case AgentPart::Pairs:
            return mod2 && completes;
        case AgentPart::Restart:
        case AgentPart::PlateauWalk:
            return completes;
        case AgentPart::Drops:
        case AgentPart::RandomBasis:
            return mod2;
        case AgentPart::Endgame:
        case AgentPart::Completion:
        case AgentPart::BoundPruning:
            return true;
    }
    return true;
}

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
    m.lazyCandidates = switches.lazyCandidates;
    if (switches.samples) m.samples = *switches.samples;
    m.networkDepth = switches.networkDepth;
    params.randomBasis = switches.randomBasis;
    if (!switches.restart) params.restartShare = 0;
    params.restartDraws = switches.restartFocus ? AgentSearchParams::kFocusedRestartDraws : 1;
    params.plateauFlips = switches.plateauWalk ? AgentSearchParams::kPlateauFlips : 0;
    params.firstAimBelowNaive = switches.belowNaive;
}

}  // namespace tg::search
