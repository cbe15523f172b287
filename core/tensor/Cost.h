#pragma once
// What evaluating a scheme costs, counted the way the literature counts it.

#include <atomic>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/tensor/Scheme.h"

namespace tg {

struct Cost {
    int multiplications = 0;  // products m_r of a linear form in A by one in B (the rank)
    // Additions and subtractions of the straightforward evaluation: forming each linear form of
    // A and B, then each entry of C, with no sharing of common subexpressions.
    int additions = 0;
    // Multiplications by a constant other than +-1 (e.g. 2*a11 or 1/2*m3); not counted above.
    int scalings = 0;
};

[[nodiscard]] Cost cost(const Scheme& s);

}  // namespace tg

namespace tg {

// A linear form over numbered variables: (variable, coefficient) pairs, by variable, no zeros.
using SparseForm = std::vector<std::pair<int, Rational>>;

// A variable named by common-subexpression elimination: z = x + ratio * y (x < y; either may be
// an input or an earlier fresh variable, never a later one).
struct FreshVariable {
    int x = 0;
    int y = 0;
    Rational ratio = 1;
};

// The result of the greedy pass over one set of linear forms: variables 0..inputs-1 are the
// inputs, inputs+k is fresh[k], and forms[i] is the i-th form rewritten over both.
struct SharedForms {
    int inputs = 0;
    std::vector<FreshVariable> fresh;
    std::vector<SparseForm> forms;
    // One addition per fresh variable, plus (terms - 1) for every nonempty rewritten form.
    [[nodiscard]] int additions() const;
};

// Common subexpressions of a whole scheme, shared separately in the A forms (u: inputs are the
// entries of A), the B forms (v) and the entries of C (w: one form per entry of C transposed,
// inputs are the products). Terms with a zero factor compute nothing and are left out:
// `products` lists the scheme's term index of each product the forms number.
struct SharingPlan {
    std::vector<int> products;
    SharedForms a;
    SharedForms b;
    SharedForms c;
    [[nodiscard]] int additions() const { return a.additions() + b.additions() + c.additions(); }
};

// The greedy pairing used in the literature: repeatedly name the pair x + r*y that occurs in the
// most linear forms, as long as it occurs in two or more. A heuristic: it gives an upper bound on
// the optimum, not the optimum. Quadratic in the form sizes; meant for the schemes people read,
// not for rank-900 ones. The FMM "reduced" JSON writer prints this plan.
[[nodiscard]] SharingPlan shareSubexpressions(const Scheme& s);

// Additions when common subexpressions are computed once: shareSubexpressions(s).additions().
// Winograd's variant of Strassen goes from 24 to 15 additions this way.
[[nodiscard]] int additionsWithSharing(const Scheme& s);

// The same count within a work budget, for answers that must come quickly (info, the formula
// panel): nullopt when the pass would visit more than `pairVisits` pairs of form entries, which
// is about a tenth of a second per million here. A dense <16,16,16> of rank 400 needs 13 M
// visits in its first round alone.
// `stop` (when given and set: a run's stop flag, core/run) ends the pass early with nullopt.
inline constexpr std::int64_t kQuickSharingBudget = 2'000'000;
// For counts made in the background (the Formulas dock, the Library's columns, the Run and
// Compare windows): a few seconds of one core at most, then the scheme counts as too large.
inline constexpr std::int64_t kBackgroundSharingBudget = 30'000'000;
[[nodiscard]] std::optional<int> additionsWithSharingWithin(
    const Scheme& s, std::int64_t pairVisits = kQuickSharingBudget,
    const std::atomic<bool>* stop = nullptr);

// shareSubexpressions within the same budget and stop flag: nullopt when the pass gives up.
// Background work (core/apply's plans) calls this, so that Stop ends the pass itself.
[[nodiscard]] std::optional<SharingPlan> shareSubexpressionsWithin(
    const Scheme& s, std::int64_t pairVisits, const std::atomic<bool>* stop = nullptr);

}  // namespace tg
