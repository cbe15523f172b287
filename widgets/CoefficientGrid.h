#pragma once
// One factor of a term as a small grid shaped like the matrix it multiplies: u as A (n x m),
// v as B (m x p) and w as C (n x p; w indexes C transposed, the grid does not). Cells show the
// coefficient on the palette colour of the 3D view, and their tooltips the entry (a12, c21).
// When editable, clicking a cell, or Space/Enter on the focused one, cycles its coefficient
// through the allowed values.

#include <QTableWidget>
#include <vector>

#include "core/tensor/Rational.h"
#include "core/tensor/Term.h"

namespace tg {

class CoefficientGrid : public QTableWidget {
    Q_OBJECT

  public:
    // `labelOf(row, column)` names the entry ("a12"); `indexOf(row, column)` is its index in the
    // factor vector.
    struct Layout {
        int rows = 0;
        int columns = 0;
        QChar letter;
        bool transposedIndex = false;  // C: index k*n+i for cell (i, k)
    };

    explicit CoefficientGrid(QWidget* parent = nullptr);

    void setShape(const Layout& layout);
    // Shows the factor (an empty factor shows blank cells).
    void setFactor(const Factor& factor);
    [[nodiscard]] const Factor& factor() const { return factor_; }
    // The values a click cycles through, starting from 0 (empty: read-only).
    void setCycle(const std::vector<Rational>& values);
    [[nodiscard]] int factorIndex(int row, int column) const;

  Q_SIGNALS:
    void factorEdited(const tg::Factor& factor);

  protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void cycleCell(int row, int column);
    void refresh();

    Layout layout_;
    Factor factor_;
    std::vector<Rational> cycle_;
};

}  // namespace tg
