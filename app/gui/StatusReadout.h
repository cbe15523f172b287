#pragma once
// The status bar's standing facts: the step on show ("Step k of R · residual nonzeros N ·
// rank ≥ L[ · solved]") and, at the right, whether the scheme on show is valid in its field.
// Passing messages (hover texts, what a command did) use the rest of the status bar.
//
// Its strings keep the translation context of MainWindow, where they were first written, so
// that the existing translations still find them.

#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;

namespace tg {

struct Scheme;
struct StepFacts;

class StatusReadout : public QObject {
    Q_OBJECT

  public:
    explicit StatusReadout(QStatusBar* bar);

    // Step `facts.step` of `length`.
    void showFacts(const StepFacts& facts, int length);
    // Verifies `scheme` exactly, in the field it is meant for.
    void showVerification(const Scheme& scheme);
    [[nodiscard]] QString factsText() const;
    // "✓ valid over Z" or why not.
    [[nodiscard]] QString verificationText() const;

  private:
    QLabel* facts_;
    QLabel* verification_;
};

}  // namespace tg
