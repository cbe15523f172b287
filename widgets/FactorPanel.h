#pragma once
// u, v and w of one term as three coefficient grids shaped as the matrices they act on:
// A (n x m), B (m x p) and C (n x p, labelled c_ik: the grid undoes w's transposition). In
// replay the panel shows the current term; in manual play it is the move being composed.

#include <QWidget>
#include <array>

#include "core/tensor/TensorSize.h"
#include "core/tensor/Term.h"

class QLabel;

namespace tg {

class CoefficientGrid;

class FactorPanel : public QWidget {
    Q_OBJECT

  public:
    explicit FactorPanel(QWidget* parent = nullptr);

    void setSize(const TensorSize& size);
    // nullptr shows empty grids. `caption` says which term this is ("m3").
    void setTerm(const Term* term, const QString& caption = {});
    [[nodiscard]] Term term() const;
    [[nodiscard]] const TensorSize& size() const { return size_; }
    // Non-empty: clicks cycle coefficients through these values (manual play).
    void setCycle(const std::vector<Rational>& values);
    [[nodiscard]] bool isEditable() const { return editable_; }

    // 0: u (A), 1: v (B), 2: w (C).
    [[nodiscard]] CoefficientGrid* grid(int factor) const { return grids_[std::size_t(factor)]; }
    [[nodiscard]] QString caption() const;

  Q_SIGNALS:
    void termEdited(const tg::Term& term);

  private:
    TensorSize size_{};
    bool editable_ = false;
    std::array<CoefficientGrid*, 3> grids_{};
    std::array<QLabel*, 3> titles_{};
    QLabel* caption_ = nullptr;
};

}  // namespace tg
