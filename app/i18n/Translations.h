#pragma once
// The languages TensorGame Explorer speaks (English and Russian) and how one is chosen: the
// user's choice in the preferences (the GUI's QSettings), else the first of the system's UI
// languages that we have, else English. Qt Core only: the CLI uses this too.

#include <QString>
#include <QStringList>

namespace tg {

// The QSettings key of the GUI's language preference: "" (follow the system), "en" or "ru".
QString languageSettingKey();

// Language codes with a translation, in menu order: "en", "ru".
QStringList supportedLanguages();

// A language's name in that language ("English", "Русский"), as a language menu shows it.
QString nativeLanguageName(const QString& code);

// The language to use: `preference` when it is a supported code, else the first of
// `uiLanguages` (BCP 47 names such as "ru-RU", the system's by default) that is supported,
// else "en".
QString chooseLanguage(const QString& preference, const QStringList& uiLanguages);
QString chooseLanguage(const QString& preference);

// Installs the translators of `language` (ours and, when installed, Qt's own for standard
// dialogs) into the running application, replacing any installed before. Looks for
// tensorgame_LANG.qm in the installed share/tensorgame/translations first (a newer file can be
// dropped there), then in the resources built into the program. Returns false when ours could
// not be loaded.
bool installTranslations(const QString& language);

// The language installed last ("en" before any).
QString currentLanguage();

}  // namespace tg
