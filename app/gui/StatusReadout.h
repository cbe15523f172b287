#pragma once
// The status bar's standing facts: the step on show ("Step k of R · residual nonzeros N ·
// rank ≥ L[ · solved]") and, at the right, whether the scheme on show is valid in its field.
// Passing messages (hover texts, what a command did) show through showMessage() in a label of
// their own, which takes the facts' place while it shows: QStatusBar's own message is painted
// over whatever widgets it fails to hide (those not yet visible when it came), so it is not used.
//
// Its strings keep the translation context of MainWindow, where they were first written, so
// that the existing translations still find them.

#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;
class QTimer;

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
    // A passing message, in place of the facts for `timeoutMs` (0: until the next one, or
    // clearMessage()). An empty text clears.
    void showMessage(const QString& text, int timeoutMs = 0);
    void clearMessage();
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString factsText() const;
    // "✓ valid over Z" or why not.
    [[nodiscard]] QString verificationText() const;

  private:
    QLabel* facts_;
    QLabel* message_;
    QLabel* verification_;
    QTimer* messageTimer_;
};

}  // namespace tg
