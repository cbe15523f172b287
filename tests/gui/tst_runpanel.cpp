// The Run panel as a user drives it: Strassen open, small sizes, Run; the measurements arrive
// from the background size by size and become points on both charts (scheme, Eigen, naive);
// Stop ends a long run; a scheme too large to plan is declined without freezing the window; the
// menu's shortcut (F9) brings the panel forward.
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "LibraryDock.h"
#include "MainWindow.h"
#include "RunPanel.h"
#include "support/GuiTestMain.h"

using namespace tg;

class TestRunPanel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void runsStrassenAndPlotsEveryLine() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        RunPanel* panel = w.runPanel();
        QVERIFY(panel);
        panel->setSizes(QStringLiteral("16,32,48"));
        panel->setCutoff(4);
        QSignalSpy finished(panel, &RunPanel::runFinished);
        auto* start = panel->findChild<QPushButton*>(QStringLiteral("runStart"));
        QVERIFY(start && start->isEnabled());
        start->click();  // the dock is a tab behind the others: no mouse event reaches it
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        using C = RunPanel::Chart;
        using L = RunPanel::Line;
        for (const C chart : {C::Time, C::Error})
            for (const L line : {L::Scheme, L::Eigen, L::Naive})
                QCOMPARE(panel->pointCount(chart, line), 3);
        QVERIFY2(panel->statusText().contains(QStringLiteral("n = 48")),
                 qPrintable(panel->statusText()));
        QVERIFY(start->isEnabled());
    }

    void stopEndsARun() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        RunPanel* panel = w.runPanel();
        // Many sizes with a small cutoff: far longer than the moment the test waits.
        panel->setSizes(QStringLiteral("96,192,384,768,1536,3072"));
        panel->setCutoff(2);
        QSignalSpy finished(panel, &RunPanel::runFinished);
        QVERIFY(panel->startRun());
        QTest::qWait(200);
        panel->stopRun();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!panel->isRunning());
        // Stopped, not failed.
        QVERIFY2(panel->statusText().startsWith(QStringLiteral("Stopped")),
                 qPrintable(panel->statusText()));
        QVERIFY(panel->pointCount(RunPanel::Chart::Time, RunPanel::Line::Scheme) < 6);
    }

    // AlphaTensor's <11,11,11> (896 terms): its plan would take minutes and cannot be stopped.
    // The run starts at once (the window is not kept waiting), then declines it with the reason.
    void declinesSchemesTooLargeToPlanWithoutFreezing() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(
            QStringLiteral(TG_DATA_DIR "/published/alphatensor/factorizations_r.npz#11,11,11")));
        RunPanel* panel = w.runPanel();
        panel->setSizes(QStringLiteral("64"));
        QSignalSpy finished(panel, &RunPanel::runFinished);
        QVERIFY(panel->startRun());
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(panel->statusText().contains(QStringLiteral("too many terms")),
                 qPrintable(panel->statusText()));
        QCOMPARE(panel->pointCount(RunPanel::Chart::Time, RunPanel::Line::Scheme), 0);
    }

    void refusesBadSizes() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.runPanel()->setSizes(QStringLiteral("64,abc"));
        QVERIFY(!w.runPanel()->startRun());
        QVERIFY(w.runPanel()->statusText().contains(QStringLiteral("whole numbers")));
    }

    // Hovering the built-ins compares their stability factors (Strassen 12, Winograd 18).
    void libraryTooltipsShowTheStabilityFactor() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QTreeWidget* tree = w.library()->tree();
        const auto tipOf = [tree](const QString& title) {
            const auto found = tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
            return found.isEmpty() ? QString() : found.front()->toolTip(0);
        };
        QVERIFY2(tipOf(QStringLiteral("Strassen (1969)"))
                     .contains(QStringLiteral("Stability factor: 12")),
                 qPrintable(tipOf(QStringLiteral("Strassen (1969)"))));
        QVERIFY(tipOf(QStringLiteral("Winograd (1971)"))
                    .contains(QStringLiteral("Stability factor: 18")));
    }

    void shortcutBringsThePanelForward() {
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.runPanel()->visibleRegion().isEmpty());  // a tab behind the others
        QAction* action = nullptr;
        for (QAction* a : w.menuBar()->findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(Qt::Key_F9)) action = a;
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(!w.runPanel()->visibleRegion().isEmpty());
    }
};

TG_GUI_TEST_MAIN(TestRunPanel, "tst_runpanel")
#include "tst_runpanel.moc"
