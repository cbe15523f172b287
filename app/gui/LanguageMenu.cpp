#include "LanguageMenu.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

#include "i18n/Translations.h"

namespace tg {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent) {
    setObjectName(QStringLiteral("languageMenu"));
    group_ = new QActionGroup(this);
    const QString preference = QSettings().value(languageSettingKey()).toString();
    QStringList codes{QString()};
    codes << supportedLanguages();
    for (const QString& code : codes) {
        const QString text =
            code.isEmpty()
                ? tr("&System Default (%1)").arg(nativeLanguageName(chooseLanguage(QString())))
                : nativeLanguageName(code);
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == preference ||
                           (code.isEmpty() && !supportedLanguages().contains(preference)));
        group_->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

bool LanguageMenu::storePreference(const QString& code) {
    QSettings().setValue(languageSettingKey(), code);
    return chooseLanguage(code) != currentLanguage();
}

void LanguageMenu::choose(const QString& code) {
    if (!storePreference(code)) return;
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The new language is used when TensorGame Explorer starts again."),
                    QMessageBox::NoButton, window());
    QPushButton* restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restart) return;
    // Closing the window saves its layout and preferences; the new process reads them.
    if (!window()->close()) return;
    // A --language on the command line would override the new choice: leave it out.
    QStringList args = QApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--language") && i + 1 < args.size())
            args.remove(i, 2), --i;
        else if (args[i].startsWith(QLatin1String("--language=")))
            args.remove(i--);
    }
    QProcess::startDetached(QApplication::applicationFilePath(), args);
}

}  // namespace tg
