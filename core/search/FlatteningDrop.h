#pragma once
// Whether subtracting a rank-1 term lowers the rank of one flattening, without recomputing that
// rank. The endgame solver asks this for every (x, y, z) it tries; recomputing the rank by
// elimination modulo 2^31 - 1 (over Z) made the ternary agent spend most of its time there
// (perf: about 60% of a 2x2x2 search over {-1,0,1}, against almost none mod 2, whose ranks are
// bit operations).
//
// The algebra (Wedderburn's rank-one reduction, over the flattening's field GF(q)): let M be
// the flattening (d rows, rank b), B the reduced echelon basis of its row span with pivot
// columns P, and C = M's columns at P (d x b, full column rank), so that M = C B. A term
// z (x) c with c = x (x) y in the row span has c = g B with g = c at P, hence
// M - z c^T = (C - z g^T) B, whose rank is that of C - z g^T. That loses a rank exactly when
// z = C t for some t with g.t = 1: z lies in C's column space (K z = 0, K the left kernel of C)
// and g.(L z) = 1 for a left inverse L of C. One elimination per state instead of one per
// term; the answer is the same as comparing flatteningRank before and after.
#include <cstdint>
#include <vector>

#include "core/search/IntResidual.h"
#include "core/search/ModField.h"
#include "core/search/ModSpan.h"

namespace tg::search {

class FlatteningDrop {
  public:
    // The flattening of `r` along `mode` (0: u rows, 1: v rows, 2: w rows; columns the other
    // two factors, in (u, v, w) order, as ResidualBounds lays them out).
    FlatteningDrop(const IntResidual& r, int mode);

    [[nodiscard]] int rank() const { return rank_; }
    // The flattening's row span (reduced echelon).
    [[nodiscard]] const ModSpan& span() const { return span_; }
    // Which columns x (x) y (x major) lie in the row span, in two steps: restrictTo(x) turns
    // the span's equations (one per non-pivot column: the column equals the combination of the
    // basis rows its pivot entries give) into linear equations in y, in echelon form, and is
    // false when only y = 0 solves them; then spansWith(y) is true when y solves them. So the
    // solver's 40 x 40 ternary 2x2 pairs cost 40 small eliminations, and y is tried only for
    // the few x that have a solution.
    [[nodiscard]] bool restrictTo(const std::vector<int>& x);
    [[nodiscard]] bool spansWith(const std::vector<int>& y) const;
    // The column x (x) y (x major) of the terms to test next. It must lie in the row span (the
    // solver's candidate pairs do): only then is the column determined by its pivot entries.
    void setColumn(const std::vector<int>& x, const std::vector<int>& y);
    // True when subtracting z (x) (x (x) y) from the residual lowers this flattening's rank.
    [[nodiscard]] bool lowers(const std::vector<int>& z) const;

  private:
    [[nodiscard]] std::uint32_t dot(const std::vector<std::uint32_t>& row,
                                    const std::vector<int>& z) const;
    void factor(const std::vector<std::vector<std::uint32_t>>& c);

    ModField field_;
    ModSpan span_;
    int rows_ = 0;
    int yLen_ = 1;
    int rank_ = 0;
    std::vector<int> pivots_;                         // pivot columns P of the row basis
    std::vector<std::vector<std::uint32_t>> left_;    // L: b rows of length d
    std::vector<std::vector<std::uint32_t>> kernel_;  // K: d - b rows of length d
    std::vector<std::uint32_t> h_;                    // L^T g for the current column
    std::vector<int> freeColumns_;                    // the columns that are not pivots
    std::vector<std::uint32_t> yRows_;                // restrictTo's equations in y, yLen_ per row
    int yRank_ = 0;                                   // how many of them are in echelon form
};

}  // namespace tg::search
