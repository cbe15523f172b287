// The Help menu and the first run: About names the versions of Qt, VTK and LibTorch; the user
// guide is the shipped Markdown with its picture; the shortcut list is read from the menus; the
// guided tour drives the real window through Strassen's scheme, answers the keyboard, puts back
// what was on show, and starts by itself only once (never for --screenshot).

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include "AboutDialog.h"
#include "GuidedTour.h"
#include "HelpActions.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"
#include "core/game/ReplayCursor.h"
#include "core/search/FlipGraph.h"
#include "i18n/Translations.h"
#include "support/GuiTestMain.h"
#include "widgets/FormulaPanel.h"
#include "widgets/TensorView.h"

using tg::GuidedTour;
using tg::MainWindow;
using tg::ViewMode;

namespace {

QAction* findAction(const QMenu* menu, const QString& text) {
    for (QAction* action : menu->actions()) {
        if (action->text() == text) return action;
        if (action->menu())
            if (QAction* found = findAction(action->menu(), text)) return found;
    }
    return nullptr;
}

QMenu* topMenu(const MainWindow& w, const QString& title) {
    for (QAction* top : w.menuBar()->actions())
        if (top->text() == title) return top->menu();
    return nullptr;
}

QDockWidget* dock(const MainWindow& w, const char* name) {
    return w.findChild<QDockWidget*>(QString::fromLatin1(name));
}

}  // namespace

class TestHelp : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void init() { QSettings().clear(); }

    void aboutNamesTheLibraryVersions() {
        const tg::AboutDialog about(QStringLiteral("4.5 (Core Profile) Mesa"));
        const QString text = about.versionsText();
        QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("VTK ") + tg::TensorView::vtkVersion()),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("OpenGL: 4.5 (Core Profile) Mesa")));
        // The version CMake's Torch package reports (libtorch-dev), or "not built in" without it.
        const QString torch = QStringLiteral(TG_EXPECTED_TORCH_VERSION);
        QCOMPARE(tg::libTorchVersion(), torch);
        const QString expected = torch.isEmpty() ? QStringLiteral("not built in") : torch;
        QVERIFY2(text.contains(QStringLiteral("LibTorch ") + expected), qPrintable(text));
        if (QFile::exists(
                QStringLiteral("/usr/lib/x86_64-linux-gnu/cmake/Torch/TorchConfig.cmake")))
            QVERIFY2(!torch.isEmpty(), "libtorch-dev is installed but CMake did not find it");
        const auto* shown = about.findChild<QLabel*>(QStringLiteral("versions"));
        QVERIFY(shown);
        QCOMPARE(shown->text(), text);
    }

    void aboutOpensFromTheHelpMenu() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QAction* action = findAction(topMenu(w, QStringLiteral("&Help")),
                                     QStringLiteral("&About TensorGame Explorer"));
        QVERIFY(action);
        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            if (auto* dialog = qobject_cast<tg::AboutDialog*>(QApplication::activeModalWidget())) {
                seen = dialog->versionsText();
                dialog->reject();
            }
        });
        action->trigger();
        QVERIFY2(seen.contains(QStringLiteral("VTK ")), qPrintable(seen));
    }

    void userGuideIsTheShippedMarkdown() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QAction* action =
            findAction(topMenu(w, QStringLiteral("&Help")), QStringLiteral("&User Guide"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto* helpActions = w.findChild<tg::HelpActions*>();
        QVERIFY(helpActions && helpActions->userGuide());
        tg::UserGuideDialog* guide = helpActions->userGuide();
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->sourcePath(), QStringLiteral(":/docs/user-guide.md"));
        const QString text = guide->browser()->toPlainText();
        for (const char* section : {"Opening schemes", "The views", "Stepping", "Playing by hand",
                                    "The agent", "Transforms", "Export", "Search"})
            QVERIFY2(text.contains(QString::fromLatin1(section)), section);
        // Rendered as Markdown: headings and a table, not the raw text.
        QVERIFY(!text.contains(QStringLiteral("## ")));
        // Its picture is built in beside it.
        const QVariant image = guide->browser()->loadResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("images/strassen-overlay.png")));
        QVERIFY(!QImage::fromData(image.toByteArray()).isNull());
        // The same guide in Russian, for a Russian interface.
        QCOMPARE(tg::UserGuideDialog::guidePath(QStringLiteral("ru")),
                 QStringLiteral(":/docs/user-guide.ru.md"));
        QCOMPARE(tg::UserGuideDialog::guidePath(QStringLiteral("de")),
                 QStringLiteral(":/docs/user-guide.md"));
        QFile ru(QStringLiteral(":/docs/user-guide.ru.md"));
        QVERIFY(ru.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(ru.readAll()).contains(QStringLiteral("## Открытие схем")));
    }

    void shortcutsListEveryMenuShortcut() {
        MainWindow w(MainWindow::Rendering::Disabled);
        const tg::ShortcutsDialog dialog(w.menuBar());
        QHash<QString, QString> rows;
        for (int i = 0; i < dialog.table()->rowCount(); ++i)
            rows.insert(dialog.table()->item(i, 0)->text(), dialog.table()->item(i, 1)->text());
        const auto keys = [](QKeySequence k) { return k.toString(QKeySequence::NativeText); };
        QCOMPARE(rows.value(QStringLiteral("File \u203a Open\u2026")),
                 keys(QKeySequence(QKeySequence::Open)));
        QCOMPARE(rows.value(QStringLiteral("View \u203a Residual")), keys(QKeySequence("Ctrl+2")));
        QCOMPARE(rows.value(QStringLiteral("Go \u203a Next Step")),
                 keys(QKeySequence(Qt::Key_Right)));
        QCOMPARE(rows.value(QStringLiteral("Help \u203a User Guide")),
                 keys(QKeySequence(QKeySequence::HelpContents)));
        QVERIFY(rows.contains(QStringLiteral("3D view \u203a Rotate")));
        // Nothing with a shortcut is left out.
        int withShortcut = 0;
        std::function<void(const QMenu*)> count = [&](const QMenu* menu) {
            for (QAction* a : menu->actions()) {
                if (a->menu())
                    count(a->menu());
                else if (!a->isSeparator() && !a->shortcut().isEmpty())
                    ++withShortcut;
            }
        };
        for (QAction* top : w.menuBar()->actions()) count(top->menu());
        QVERIFY(withShortcut >= 25);
        QCOMPARE(dialog.table()->rowCount(), withShortcut + 5);
    }

    void languageMenuStoresThePreference() {
        MainWindow w(MainWindow::Rendering::Disabled);
        auto* menu = w.findChild<tg::LanguageMenu*>();
        QVERIFY(menu);
        QStringList codes;
        for (QAction* a : menu->actions()) codes << a->data().toString();
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("ru")}));
        QVERIFY(menu->actions().first()->isChecked());  // no preference: the system's
        QVERIFY(tg::LanguageMenu::storePreference(QStringLiteral("ru")));  // needs a restart
        QCOMPARE(QSettings().value(tg::languageSettingKey()).toString(), QStringLiteral("ru"));
        QVERIFY(!tg::LanguageMenu::storePreference(QStringLiteral("en")));  // already on show
        // A new menu (the next start) shows the stored choice.
        tg::LanguageMenu::storePreference(QStringLiteral("ru"));
        const tg::LanguageMenu again;
        QVERIFY(again.actions().at(2)->isChecked());
    }

    void tourWalksThroughStrassen() {
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        w.setViewMode(ViewMode::Gallery);
        w.seek(3);

        GuidedTour* tour = GuidedTour::of(&w);
        QCOMPARE(GuidedTour::of(&w), tour);  // one per window
        tour->start();
        QVERIFY(tour->isVisible());
        QCOMPARE(tour->pageCount(), 9);
        // 1: the target tensor, 8 ones.
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:strassen"));
        QCOMPARE(w.viewMode(), ViewMode::Target);
        QCOMPARE(w.cursor()->position(), 0);
        QVERIFY2(w.factsText().contains(QStringLiteral("residual nonzeros 8")),
                 qPrintable(w.factsText()));
        // 2: what m1 removes, overlaid, with the factors on show; the numbers the text quotes.
        tour->next();
        QCOMPARE(w.viewMode(), ViewMode::Overlay);
        QCOMPARE(w.cursor()->position(), 1);
        QVERIFY(tour->pageAt(1).text.contains(QStringLiteral("12 nonzero entries")));
        QVERIFY2(w.factsText().contains(QStringLiteral("residual nonzeros 12")),
                 qPrintable(w.factsText()));
        QVERIFY(dock(w, "factorDock")->isVisible());
        QVERIFY(w.formulaPanel()->productList()->item(0)->text().contains(
            QStringLiteral("(a11 + a22)")));
        // 3 and 4: stepping on to the end, where the residual is zero.
        tour->next();
        QCOMPARE(w.viewMode(), ViewMode::Residual);
        QCOMPARE(w.cursor()->position(), 4);
        tour->next();
        QCOMPARE(w.cursor()->position(), 7);
        QVERIFY2(w.factsText().contains(QStringLiteral("residual nonzeros 0")) &&
                     w.factsText().endsWith(QStringLiteral("solved")),
                 qPrintable(w.factsText()));
        // 5: C read off the Formulas panel, which the tour brings up even when it was closed.
        dock(w, "formulaDock")->close();
        tour->next();
        QVERIFY(dock(w, "formulaDock")->isVisible());
        QStringList entries;
        for (int i = 0; i < w.formulaPanel()->entryList()->count(); ++i)
            entries << w.formulaPanel()->entryList()->item(i)->text();
        QVERIFY2(
            entries.join(QLatin1Char('\n')).contains(QStringLiteral("c11 = m1 + m4 - m5 + m7")),
            qPrintable(entries.join(QLatin1Char('\n'))));
        QVERIFY(tour->pageAt(4).text.contains(QStringLiteral("c11 = m1 + m4 \u2212 m5 + m7")));
        tour->back();
        QCOMPARE(tour->page(), 3);
        QCOMPARE(w.viewMode(), ViewMode::Residual);

        // Skipping puts back what was on show.
        tour->skip();
        QVERIFY(!tour->isVisible());
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:laderman"));
        QCOMPARE(w.viewMode(), ViewMode::Gallery);
        QCOMPARE(w.cursor()->position(), 3);
    }

    // The chapter on flips (pages 6 to 8): the flip on the naive scheme's first two terms, the
    // flip graph's count of orbits as core computes it, and Laderman's 23 at its last step.
    void tourExplainsFlips() {
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GuidedTour* tour = GuidedTour::of(&w);
        tour->start();
        tour->showPage(5);
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:naive"));
        QCOMPARE(w.cursor()->position(), 2);
        // The two terms the text flips share a11: u of terms 1 and 2 are the same.
        QCOMPARE(w.scheme().terms[0].u, w.scheme().terms[1].u);
        QVERIFY(tour->pageAt(5).text.contains(QStringLiteral("a11\u00b7b11\u2192c11")));
        tour->next();
        const tg::search::FlipSymmetries symmetries;
        const tg::search::FlipGraph graph = tg::search::buildFlipGraph(symmetries);
        QVERIFY(graph.complete);
        const QString classes = QStringLiteral("%1 classes").arg(graph.countOfRank(8));
        QVERIFY2(tour->pageAt(6).text.contains(classes), qPrintable(classes));
        QCOMPARE(graph.countOfRank(7), 1);
        QVERIFY(tour->pageAt(6).text.contains(QStringLiteral("one class of rank 7")));
        QVERIFY(tour->pageAt(6).text.contains(QStringLiteral("Ctrl+G")));
        tour->next();
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:laderman"));
        QCOMPARE(w.scheme().rank(), 23);
        QCOMPARE(w.cursor()->position(), 23);
        QCOMPARE(w.viewMode(), ViewMode::Gallery);
        QVERIFY(tour->pageAt(7).text.contains(QStringLiteral("27 terms")));
        tour->next();
        QCOMPARE(tour->page(), 8);
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:strassen"));  // "Your turn" again
        tour->skip();
    }

    void tourAnswersTheKeyboard() {
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        GuidedTour* tour = GuidedTour::of(&w);
        tour->start();
        QVERIFY(QTest::qWaitForWindowExposed(tour));
        // The mnemonics (Alt+B) need the active window; Xvfb has no window manager to give it.
        tour->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(tour));
        auto* next = tour->findChild<QPushButton*>(QStringLiteral("tourNext"));
        QVERIFY(next && next->isDefault());
        QTest::keyClick(tour, Qt::Key_Return);
        QCOMPARE(tour->page(), 1);
        QTest::keyClick(tour, Qt::Key_Return);
        QCOMPARE(tour->page(), 2);
        QTest::keyClick(tour, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(tour->page(), 1);  // a mnemonic animates the click first
        QCOMPARE(w.cursor()->position(), 1);
        // On the last page Next finishes.
        tour->showPage(tour->pageCount() - 1);
        QCOMPARE(next->text(), QStringLiteral("&Finish"));
        QTest::keyClick(tour, Qt::Key_Return);
        QVERIFY(!tour->isVisible());
        QCOMPARE(tour->result(), int(QDialog::Accepted));
        // Escape skips; Help > Guided Tour opens it again.
        QAction* again =
            findAction(topMenu(w, QStringLiteral("&Help")), QStringLiteral("Guided &Tour"));
        QVERIFY(again);
        again->trigger();
        QVERIFY(tour->isVisible());
        QCOMPARE(tour->page(), 0);
        QTest::keyClick(tour, Qt::Key_Escape);
        QVERIFY(!tour->isVisible());
        QCOMPARE(tour->result(), int(QDialog::Rejected));
    }

    void tourStartsOnlyOnTheFirstRun() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(GuidedTour::isFirstRun());
        QVERIFY(GuidedTour::startIfFirstRun(&w));
        QVERIFY(GuidedTour::of(&w)->isVisible());
        QVERIFY(!GuidedTour::isFirstRun());
        GuidedTour::of(&w)->skip();
        QVERIFY(!GuidedTour::startIfFirstRun(&w));
        QVERIFY(!GuidedTour::of(&w)->isVisible());
    }

    void screenshotsNeverStartTheTour() {
        // A fresh configuration directory: the first run of the real program.
        QTemporaryDir config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        QProcess app;
        app.setProcessEnvironment(env);
        const QString png = config.filePath(QStringLiteral("shot.png"));
        app.start(QStringLiteral(TG_GUI_PATH),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--no-3d"),
                   QStringLiteral("--size"), QStringLiteral("800x600")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QImage(png).isNull());
        QFile settings(
            config.filePath(QStringLiteral("TensorGame Explorer/TensorGame Explorer.conf")));
        const QByteArray written = settings.open(QIODevice::ReadOnly) ? settings.readAll() : "";
        QVERIFY2(!written.contains("[tour]"), written.constData());
    }
};

TG_GUI_TEST_MAIN(TestHelp, "tst_help")
#include "tst_help.moc"
