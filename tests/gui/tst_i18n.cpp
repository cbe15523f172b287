// The translations as a user meets them: the Russian window's menus, plurals in both languages,
// the language chosen from the system's, and the command-line programs under a Russian locale.

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#include "MainWindow.h"
#include "core/catalog/Catalog.h"
#include "i18n/Translations.h"
#include "support/GuiTestMain.h"
#include "widgets/FormulaPanel.h"

using tg::MainWindow;

namespace {

bool hasCyrillic(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff; });
}

QString plain(QString text) {
    return text.remove(QLatin1Char('&'));
}

void collect(const QMenu* menu, const QString& path, QStringList& untranslated, int& count) {
    for (QAction* action : menu->actions()) {
        if (action->isSeparator()) continue;
        const QString text = plain(action->text());
        const QString name = path + QStringLiteral(" > ") + text;
        ++count;
        // Names that are the same in every language: a language's own name, LaTeX.
        static const QStringList same = {QStringLiteral("English"), QStringLiteral("LaTeX")};
        if (!hasCyrillic(text) && !same.contains(text)) untranslated << name;
        if (action->menu()) collect(action->menu(), name, untranslated, count);
    }
}

struct Output {
    int exitCode = -1;
    QString out;
};

Output run(const QString& program, const QStringList& args, const QString& language) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Output o;
    if (!process.waitForFinished(60000)) return o;
    o.exitCode = process.exitCode();
    o.out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return o;
}

}  // namespace

class TestI18n : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void cleanup() { tg::installTranslations(QStringLiteral("en")); }

    void languageComesFromPreferenceThenSystem() {
        using tg::chooseLanguage;
        const QStringList russianFirst{QStringLiteral("ru-RU"), QStringLiteral("en-US")};
        QCOMPARE(chooseLanguage(QString(), russianFirst), QStringLiteral("ru"));
        QCOMPARE(chooseLanguage(QStringLiteral("en"), russianFirst), QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QString(), {QStringLiteral("de-DE"), QStringLiteral("ru")}),
                 QStringLiteral("ru"));
        QCOMPARE(chooseLanguage(QString(), {QStringLiteral("de-DE"), QStringLiteral("fr")}),
                 QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QString(), {QStringLiteral("C")}), QStringLiteral("en"));
        // An unknown preference (a newer version's language) falls back to the system's.
        QCOMPARE(chooseLanguage(QStringLiteral("xx"), russianFirst), QStringLiteral("ru"));
        QCOMPARE(tg::nativeLanguageName(QStringLiteral("ru")), QStringLiteral("Русский"));
    }

    void russianMenusAreRussian() {
        QVERIFY(tg::installTranslations(QStringLiteral("ru")));
        QCOMPARE(tg::currentLanguage(), QStringLiteral("ru"));
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QStringList titles;
        for (QAction* top : w.menuBar()->actions()) titles << top->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&Файл"), QStringLiteral("&Правка"),
                                      QStringLiteral("&Вид"), QStringLiteral("П&ереход"),
                                      QStringLiteral("&Игра"), QStringLiteral("П&реобразование"),
                                      QStringLiteral("Поис&к"), QStringLiteral("&Справка")}));
        // Every command in every menu, down to the view modes (translated in widgets/) and the
        // built-in schemes ("…, ранг 7").
        QStringList untranslated;
        int count = 0;
        for (QAction* top : w.menuBar()->actions())
            collect(top->menu(), top->text(), untranslated, count);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        QVERIFY(count > 50);
        QVERIFY2(w.factsText().startsWith(QStringLiteral("Шаг 0 из 7 · ненулевых в остатке 8")),
                 qPrintable(w.factsText()));
        QCOMPARE(w.verificationText(), QStringLiteral("✓ верна над Z"));
    }

    // The built-in schemes' names and summaries: in the Open Built-in menu, the Library and the
    // window title, never the English of core's catalogue.
    void builtinNamesAreRussian() {
        QVERIFY(tg::installTranslations(QStringLiteral("ru")));
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:naive:3,3,3")));
        QVERIFY2(w.windowTitle().contains(QStringLiteral("Наивная 3x3x3")),
                 qPrintable(w.windowTitle()));
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QVERIFY2(w.windowTitle().contains(QStringLiteral("Ладерман (1976)")),
                 qPrintable(w.windowTitle()));
        QStringList builtins;
        for (QAction* top : w.menuBar()->actions())
            for (QAction* a : top->menu()->actions())
                if (a->menu() &&
                    plain(a->text()).contains(QStringLiteral("встроенн"), Qt::CaseInsensitive))
                    for (QAction* b : a->menu()->actions()) builtins << b->text() + b->statusTip();
        QCOMPARE(builtins.size(), int(tg::catalogEntries().size()));
        for (const QString& b : builtins) {
            QVERIFY2(hasCyrillic(b), qPrintable(b));
            QVERIFY2(
                !b.contains(QStringLiteral("Naive")) && !b.contains(QStringLiteral("Strassen")),
                qPrintable(b));
        }
        QVERIFY(builtins.join(QLatin1Char('\n')).contains(QStringLiteral("Штрассен (1969)")));
    }

    void russianPluralsHaveThreeForms() {
        QVERIFY(tg::installTranslations(QStringLiteral("ru")));
        MainWindow w(MainWindow::Rendering::Disabled);
        const auto costOf = [&w](const char* spec) {
            w.openSource(QString::fromLatin1(spec));
            return w.formulaPanel()->costText();
        };
        // 1 product, 0 additions; 2 products, 1 addition; Strassen: 7 and 18.
        QVERIFY2(
            costOf("builtin:naive:1,1,1").startsWith(QStringLiteral("1 умножение · 0 сложений")),
            qPrintable(w.formulaPanel()->costText()));
        QVERIFY2(
            costOf("builtin:naive:1,2,1").startsWith(QStringLiteral("2 умножения · 1 сложение")),
            qPrintable(w.formulaPanel()->costText()));
        QVERIFY2(costOf("builtin:strassen").startsWith(QStringLiteral("7 умножений · 18 сложений")),
                 qPrintable(w.formulaPanel()->costText()));
    }

    void englishPluralsHaveTwoForms() {
        QVERIFY(tg::installTranslations(QStringLiteral("en")));
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:naive:1,1,1")));
        QVERIFY2(w.formulaPanel()->costText().startsWith(
                     QStringLiteral("1 multiplication · 0 additions")),
                 qPrintable(w.formulaPanel()->costText()));
    }

    void commandLineSpeaksTheLocaleLanguage() {
        const Output ru =
            run(QStringLiteral(TG_CLI_PATH), {QStringLiteral("--help")}, QStringLiteral("ru_RU"));
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(ru.out.contains(QStringLiteral("Использование: tensorgame-cli КОМАНДА")),
                 qPrintable(ru.out));
        QVERIFY2(ru.out.contains(QStringLiteral("Точно проверить схемы над Z, Q или Z2.")),
                 qPrintable(ru.out));
        const Output options =
            run(QStringLiteral(TG_CLI_PATH), {QStringLiteral("search"), QStringLiteral("--help")},
                QStringLiteral("ru"));
        QVERIFY2(options.out.contains(QStringLiteral("Остановиться, когда достигнут этот ранг.")),
                 qPrintable(options.out));
        const Output unknown =
            run(QStringLiteral(TG_CLI_PATH), {QStringLiteral("frobnicate")}, QStringLiteral("ru"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.out.contains(QStringLiteral("неизвестная команда 'frobnicate'")),
                 qPrintable(unknown.out));
        const Output en =
            run(QStringLiteral(TG_CLI_PATH), {QStringLiteral("--help")}, QStringLiteral("en_GB"));
        QVERIFY2(en.out.contains(QStringLiteral("Usage: tensorgame-cli COMMAND")),
                 qPrintable(en.out));
    }

    void appHelpFollowsLanguageOption() {
        // --language overrides the locale (here English), before the parser builds its help.
        const Output ru =
            run(QStringLiteral(TG_GUI_PATH),
                {QStringLiteral("--language"), QStringLiteral("ru"), QStringLiteral("--help")},
                QStringLiteral("en"));
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(ru.out.contains(QStringLiteral("Сохранить снимок окна в PNG-файл FILE и выйти.")),
                 qPrintable(ru.out));
        const Output bad = run(QStringLiteral(TG_GUI_PATH),
                               {QStringLiteral("--language"), QStringLiteral("xx"),
                                QStringLiteral("--screenshot"), QStringLiteral("/dev/null")},
                               QStringLiteral("en"));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.out.contains(QStringLiteral("--language wants one of: en, ru")),
                 qPrintable(bad.out));
    }
};

TG_GUI_TEST_MAIN(TestI18n, "tst_i18n")
#include "tst_i18n.moc"
