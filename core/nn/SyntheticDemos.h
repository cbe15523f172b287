#pragma once
// Synthetic demonstrations, as in AlphaTensor: draw R random rank-1 terms over the coefficient
// set, sum them into a tensor whose decomposition is known, and let every prefix of a random
// order of the terms be a lesson (state = what is left after the first k terms, action = a
// remaining term, moves left = R - k).
//
// Augmentations: a change of basis (invertible matrices P, Q, R applied to the u-, v- and
// w-modes of the tensor and to every term alike, so the terms still sum to the tensor), kept only
// when every coefficient stays in the set; and move order (the term to imitate is any remaining
// term, not only the next one).
//
// Torch-free and deterministic: everything is a function of the generator's seed.
#include <span>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/search/Demonstration.h"
#include "core/search/Rng.h"
#include "core/tensor/TensorSize.h"

namespace tg::nn {

struct SyntheticParams {
    TensorSize size{2, 2, 2};
    CoefficientSet coefficients = CoefficientSet::Mod2;
    int minRank = 1;
    int maxRank = 8;
    // Probability that a factor entry is nonzero (AlphaTensor draws sparse factors).
    double density = 0.4;
    // Probability that a game is seen through a random change of basis.
    double basisChangeProbability = 0.5;
    // The term to imitate is any remaining term (true) or the next one in the drawn order.
    bool moveOrderAugmentation = true;
    // Step limits as the agent's search sets them (Mcts always plays under a limit: the target,
    // one below the best found, or the naive rank), so that the inputs "has a limit" and "steps
    // left" are trained. A game of R terms gets: no limit with noLimitProbability; else a tight
    // limit R (told the target, or improving on a best of R + 1) with tightLimitProbability;
    // else R plus a slack uniform in 1..max(limitSlack, naive rank - R).
    double noLimitProbability = 0.1;
    double tightLimitProbability = 0.4;
    int limitSlack = 4;

    // maxRank: 8 for <2,2,2>, 25 for <3,3,3>, otherwise about the naive rank.
    [[nodiscard]] static SyntheticParams forSize(TensorSize size, CoefficientSet set);
};

// Three square integer matrices, row-major: P (uSize x uSize), Q (vSize), R (wSize).
struct BasisChange {
    TensorSize size;
    std::vector<int> p;
    std::vector<int> q;
    std::vector<int> r;
};

// Sums of terms, dense in Observation's order ((a*vSize + b)*wSize + c); mod 2 reduced.
[[nodiscard]] std::vector<int> sumOfTerms(TensorSize size, CoefficientSet set,
                                          std::span<const search::Action> terms);

// A random term with no zero factor, entries in the set.
[[nodiscard]] search::Action randomTerm(const SyntheticParams& params, search::Rng& rng);

// A random invertible change of basis over the set's ring: each matrix a product of a signed
// permutation (mod 2: a permutation) and a few elementary transvections, so its determinant is
// +-1 (over Z) or 1 (mod 2).
[[nodiscard]] BasisChange randomBasisChange(TensorSize size, CoefficientSet set, search::Rng& rng);
// (P u, Q v, R w), mod 2 reduced over Mod2.
[[nodiscard]] search::Action applyBasisChange(const BasisChange& b, const search::Action& a,
                                              CoefficientSet set);
// T'[a',b',c'] = sum P[a',a] Q[b',b] R[c',c] T[a,b,c], mod 2 reduced over Mod2.
[[nodiscard]] std::vector<int> applyBasisChange(const BasisChange& b, std::span<const int> tensor,
                                                CoefficientSet set);

// The demonstrations of one game: one per prefix of `terms` in their order (history = the
// previous terms, step = their count). With `rng`, the action is a random remaining term
// (move-order augmentation) and the step limit is sampled (sampleStepLimit with the default
// SyntheticParams); without, the next one under the tight limit (the number of terms). States that
// are zero are skipped (mod 2 can cancel terms).
[[nodiscard]] std::vector<search::Demonstration> demonstrationsOf(
    TensorSize size, CoefficientSet set, std::span<const search::Action> terms,
    search::Rng* rng = nullptr);

// A random game: R in [minRank, maxRank] terms, possibly through a random basis change, in a
// random order. Actions are canonical (canonicalAction).
[[nodiscard]] std::vector<search::Action> randomGame(const SyntheticParams& params,
                                                     search::Rng& rng);

// A step limit for a game of `rank` terms (SyntheticParams' limit fields; 0: none).
[[nodiscard]] int sampleStepLimit(const SyntheticParams& params, int rank, search::Rng& rng);

// One demonstration: a random game, a random prefix of it, under a sampled step limit.
[[nodiscard]] search::Demonstration sampleDemonstration(const SyntheticParams& params,
                                                        search::Rng& rng);

}  // namespace tg::nn
