#pragma once
// The scheme as formulas: the products m1 = (...)(...), ..., with the one the current step
// applied highlighted and the ones still to come greyed, and beneath them the entries of C
// (c11 = m1 + m4 - m5 + m7, ...), each ticked once the residual no longer needs it. Above them,
// what the scheme costs: multiplications and additions (fewer products cost more additions).

#include <QWidget>
#include <optional>
#include <vector>

#include "core/tensor/Scheme.h"

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace tg {

class EngineBridge;

class FormulaPanel : public QWidget {
    Q_OBJECT

  public:
    explicit FormulaPanel(QWidget* parent = nullptr);
    // Stops the shared-additions count of the scheme on show and waits for it (a fraction of a
    // second: it checks for the stop between forms).
    ~FormulaPanel() override;

    void setScheme(const Scheme& scheme);
    // After `step` moves: m1..m_step are applied and m_step is highlighted (none at step 0).
    // completeC is indexed like w (c_ik at k*n+i), as StepFacts::completeC.
    void setStep(int step, const std::vector<bool>& completeC);

    [[nodiscard]] QListWidget* productList() const { return products_; }
    [[nodiscard]] QListWidget* entryList() const { return entries_; }
    // "7 multiplications · 18 additions (15 with shared subexpressions)". The count in brackets
    // is made in the background (quadratic in the form sizes): until it is known the text says
    // it is being counted, and sharingCounted() is emitted once it is there.
    [[nodiscard]] QString costText() const;

  Q_SIGNALS:
    void sharingCounted();

    // The user picked product `index` (0-based): show the state just after it.
    void productActivated(int index);

  private:
    void styleProduct(QListWidgetItem* item, bool applied, bool current) const;
    void countSharingInBackground(const Scheme& scheme);
    void showSharing(std::optional<int> additions);

    QString costBase_;       // the cost line without the shared count
    QString stabilityText_;  // " · stability factor 12": the end of the cost line
    EngineBridge* bridge_;   // runs the count (a run::Task) off the GUI thread

    TensorSize size_{};
    int step_ = 0;
    QListWidget* products_ = nullptr;
    QListWidget* entries_ = nullptr;
    QLabel* entriesTitle_ = nullptr;
    QLabel* cost_ = nullptr;
};

}  // namespace tg
