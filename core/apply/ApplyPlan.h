#pragma once
// A scheme made ready to run on matrices: what recursion needs of it, computed once per scheme
// (the greedy subexpression sharing is quadratic in the form sizes) and then applied to any
// number of matrices, of any scalar type (core/apply/RecursiveProduct.h).

#include <atomic>
#include <optional>

#include "core/tensor/Cost.h"
#include "core/tensor/Scheme.h"

namespace tg::apply {

struct ApplyPlan {
    TensorSize size;  // the block shape: A is split into n x m blocks, B into m x p
    // The products and the linear forms, with common subexpressions named once: the very plan
    // whose addition count info and the formula panel show (core/tensor/Cost.h).
    SharingPlan sharing;
    // Per product r (numbered as sharing.products): the number of nonzero coefficients of its
    // A and B forms; per entry of C (transposed, as w indexes it): of its C form. The error
    // bound (core/apply/ErrorBound.h) counts roundings with them.
    int maxFormTermsAB = 0;  // max over r of nonzeros(u_r) + nonzeros(v_r)
    int maxFormTermsC = 0;   // max over entries q of the products w_q combines
    double stability = 0;    // the stability factor e (core/tensor/Stability.h)

    [[nodiscard]] int products() const { return static_cast<int>(sharing.products.size()); }
    // Block additions (and subtractions) of one recursion level: what a level performs.
    [[nodiscard]] int additions() const { return sharing.additions(); }
};

// Throws SchemeError when the scheme's factors do not fit its size, and ArithmeticOverflow when
// sharing would overflow the exact coefficients. The plan holds no reference to `s`.
[[nodiscard]] ApplyPlan makePlan(const Scheme& s);
// The same for a window, which must not wait minutes on a plan it cannot stop (the greedy
// sharing of AlphaTensor's <11,11,11> takes over two): nullopt when the budgeted count of the
// shared additions (kBackgroundSharingBudget, a few seconds) gives up or *stop is set.
[[nodiscard]] std::optional<ApplyPlan> makePlanWithin(const Scheme& s,
                                                      const std::atomic<bool>* stop);

}  // namespace tg::apply
