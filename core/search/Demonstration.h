#pragma once
// One supervised training example for the policy/value network: a state, a good move from it,
// and how many moves the state still needed. Synthetic demonstrations (random sums of rank-1
// terms, whose decomposition is known) and the agent's own solved games both come as these.
#include "core/search/Evaluator.h"

namespace tg::search {

struct Demonstration {
    Observation state;
    Action action;         // the move to imitate
    double movesLeft = 0;  // moves the state needed in the demonstration (its rank bound)
};

}  // namespace tg::search
