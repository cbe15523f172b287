#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace tg {

namespace {

// Where the .deb puts the .qm files, relative to the executable in PREFIX/bin.
QString installedTranslationsDir() {
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/tensorgame/translations"));
}

// The translators live as long as the application; installing a language replaces them.
std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString& current() {
    static QString language = QStringLiteral("en");
    return language;
}

}  // namespace

QString languageSettingKey() {
    return QStringLiteral("preferences/language");
}

QStringList supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString nativeLanguageName(const QString& code) {
    // Each name in its own language, so that a user can find theirs whatever is on show.
    if (code == QLatin1String("ru")) return QStringLiteral("Русский");
    if (code == QLatin1String("en")) return QStringLiteral("English");
    return code;
}

QString chooseLanguage(const QString& preference, const QStringList& uiLanguages) {
    const QStringList supported = supportedLanguages();
    if (supported.contains(preference)) return preference;
    for (const QString& name : uiLanguages) {
        // "ru-RU", "ru_RU.UTF-8" and "ru" all name Russian; "C" and "POSIX" name none.
        QString code = name.section(QLatin1Char('-'), 0, 0)
                           .section(QLatin1Char('_'), 0, 0)
                           .section(QLatin1Char('.'), 0, 0)
                           .toLower();
        if (supported.contains(code)) return code;
    }
    return QStringLiteral("en");
}

QString chooseLanguage(const QString& preference) {
    return chooseLanguage(preference, QLocale::system().uiLanguages());
}

bool installTranslations(const QString& language) {
    auto& translators = installed();
    for (const auto& t : translators) QCoreApplication::removeTranslator(t.get());
    translators.clear();
    current() = language;

    const QString name = QStringLiteral("tensorgame_") + language;
    auto ours = std::make_unique<QTranslator>();
    const bool loaded =
        ours->load(name, installedTranslationsDir()) || ours->load(name, QStringLiteral(":/i18n"));
    if (loaded) {
        QCoreApplication::installTranslator(ours.get());
        translators.push_back(std::move(ours));
    }
    // Qt's own texts (standard buttons, file dialogs) come from qt6-translations-l10n when it is
    // installed; English needs none.
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            translators.push_back(std::move(qt));
        }
    }
    return loaded;
}

QString currentLanguage() {
    return current();
}

}  // namespace tg
