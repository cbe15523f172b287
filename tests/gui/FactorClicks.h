#pragma once
// Clicking coefficients into the factor grids, as a user composes a move (cycle 0 -> 1 -> -1).

#include <QPoint>
#include <QTest>

#include "MainWindow.h"
#include "core/tensor/Term.h"
#include "widgets/CoefficientGrid.h"
#include "widgets/FactorPanel.h"

namespace tg::testing {

// The grid cell that holds entry `index` of factor `f` (0: u, 1: v, 2: w).
inline QPoint cellOf(const tg::TensorSize& s, int f, int index) {
    if (f == 0) return {index / s.m, index % s.m};
    if (f == 1) return {index / s.p, index % s.p};
    return {index % s.n, index / s.n};  // w[k*n+i] is c_ik: row i, column k
}

inline void clickCell(tg::CoefficientGrid* grid, int row, int column, int times) {
    for (int i = 0; i < times; ++i) {
        const QRect rect = grid->visualItemRect(grid->item(row, column));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, rect.center());
    }
}

// Composes a term of -1/0/1 coefficients by clicking (the cycle is 0 -> 1 -> -1).
inline void compose(tg::MainWindow& w, const tg::Term& term) {
    const tg::TensorSize& s = w.factorPanel()->size();
    const tg::Factor* factors[] = {&term.u, &term.v, &term.w};
    for (int f = 0; f < 3; ++f)
        for (int i = 0; i < int(factors[f]->size()); ++i) {
            const tg::Rational& x = (*factors[f])[std::size_t(i)];
            if (x.isZero()) continue;
            const QPoint cell = cellOf(s, f, i);
            clickCell(w.factorPanel()->grid(f), cell.x(), cell.y(), x == tg::Rational(1) ? 1 : 2);
        }
}

}  // namespace tg::testing
