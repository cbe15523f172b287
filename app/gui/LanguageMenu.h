#pragma once
// View > Language: follow the system, or English, or Russian. The choice is stored in QSettings
// (languageSettingKey()) and takes effect when the program starts again; the menu offers to
// restart at once.

#include <QMenu>

class QActionGroup;

namespace tg {

class LanguageMenu : public QMenu {
    Q_OBJECT

  public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // Stores `code` ("" for the system's language, "en", "ru") as the preference. Returns true
    // when the language that choice selects differs from the one on show (a restart is needed).
    static bool storePreference(const QString& code);

  private:
    void choose(const QString& code);

    QActionGroup* group_ = nullptr;
};

}  // namespace tg
