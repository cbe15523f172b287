#include "StatusReadout.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include "core/game/GameState.h"
#include "core/tensor/Scheme.h"
#include "core/tensor/Verification.h"

namespace tg {

StatusReadout::StatusReadout(QStatusBar* bar)
    : QObject(bar),
      facts_(new QLabel(bar)),
      message_(new QLabel(bar)),
      verification_(new QLabel(bar)),
      messageTimer_(new QTimer(this)) {
    facts_->setObjectName(QStringLiteral("facts"));
    bar->addWidget(facts_, 1);
    message_->setObjectName(QStringLiteral("statusMessage"));
    // A long message is cut at the right rather than widening the window.
    message_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    message_->hide();
    bar->addWidget(message_, 1);
    messageTimer_->setSingleShot(true);
    connect(messageTimer_, &QTimer::timeout, this, &StatusReadout::clearMessage);
    verification_->setObjectName(QStringLiteral("verification"));
    bar->addPermanentWidget(verification_);
}

void StatusReadout::showFacts(const StepFacts& facts, int length) {
    QString text =
        QCoreApplication::translate(
            "tg::MainWindow", "Step %1 of %2 \u00b7 residual nonzeros %3 \u00b7 rank \u2265 %4")
            .arg(facts.step)
            .arg(length)
            .arg(facts.residualNonZeros)
            .arg(facts.rankLowerBound);
    if (facts.solved) text += QCoreApplication::translate("tg::MainWindow", " \u00b7 solved");
    facts_->setText(text);
}

void StatusReadout::showVerification(const Scheme& scheme) {
    const VerifyReport report = verify(scheme, scheme.field);
    const QString field = QString::fromStdString(fieldName(scheme.field));
    if (report.valid) {
        verification_->setText(
            QCoreApplication::translate("tg::MainWindow", "\u2713 valid over %1").arg(field));
        verification_->setStyleSheet(QStringLiteral("color: #006d2c"));
    } else if (report.tooMuchWork) {
        // A dense scheme whose check would take minutes: unknown, not wrong.
        verification_->setText(
            QCoreApplication::translate("tg::MainWindow", "not checked over %1 (too dense)")
                .arg(field));
        verification_->setStyleSheet(QString());
    } else {
        verification_->setText(
            QCoreApplication::translate("tg::MainWindow", "\u2717 not valid over %1").arg(field));
        verification_->setStyleSheet(QStringLiteral("color: #b00020"));
    }
    verification_->setToolTip(QString::fromStdString(describe(scheme.size, report)));
}

void StatusReadout::showMessage(const QString& text, int timeoutMs) {
    if (text.isEmpty()) return clearMessage();
    message_->setText(text);
    message_->setToolTip(text);
    facts_->hide();
    message_->show();
    if (timeoutMs > 0)
        messageTimer_->start(timeoutMs);
    else
        messageTimer_->stop();
}

void StatusReadout::clearMessage() {
    messageTimer_->stop();
    message_->hide();
    message_->clear();
    facts_->show();
}

QString StatusReadout::messageText() const {
    return message_->text();
}

QString StatusReadout::factsText() const {
    return facts_->text();
}

QString StatusReadout::verificationText() const {
    return verification_->text();
}

}  // namespace tg
