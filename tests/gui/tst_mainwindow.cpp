// The main window driven as a user would: keys, the slider, the transport buttons, files that
// do not exist. Every expectation about the tensor is checked against a core ReplayCursor.

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "MainWindow.h"
#include "ManualPlayBar.h"
#include "ManualPlayController.h"
#include "SearchDock.h"
#include "SearchForm.h"
#include "TransformActions.h"
#include "core/game/ReplayCursor.h"
#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeSource.h"
#include "support/GuiTestMain.h"
#include "support/ShowActive.h"
#include "widgets/FormulaPanel.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/SearchRunner.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"

using tg::MainWindow;

using tg::testing::showActive;

namespace {

tg::ReplayCursor coreCursor(const std::string& spec) {
    return tg::ReplayCursor(tg::episodeOf(tg::loadSchemes(spec).front()));
}

// The numbers the status bar shows, read back from its text.
struct ShownFacts {
    int step = -1;
    int length = -1;
    long long nonZeros = -1;
    int rankBound = -1;
    bool solved = false;
};

ShownFacts readFacts(const MainWindow& w) {
    static const QRegularExpression pattern(
        QStringLiteral("^Step (\\d+) of (\\d+) \u00b7 residual nonzeros (\\d+) \u00b7 rank \u2265 "
                       "(\\d+)( \u00b7 solved)?$"));
    const auto match = pattern.match(w.factsText());
    if (!match.hasMatch()) qWarning("unexpected status text: %s", qPrintable(w.factsText()));
    ShownFacts f;
    if (!match.hasMatch()) return f;
    f.step = match.captured(1).toInt();
    f.length = match.captured(2).toInt();
    f.nonZeros = match.captured(3).toLongLong();
    f.rankBound = match.captured(4).toInt();
    f.solved = !match.captured(5).isEmpty();
    return f;
}

// The command `text` of the Game menu.
QAction* gameAction(const MainWindow& w, const QString& text) {
    for (QAction* top : w.menuBar()->actions())
        if (top->text() == QStringLiteral("&Game"))
            for (QAction* action : top->menu()->actions())
                if (action->text() == text) return action;
    return nullptr;
}

// The status bar shows `expected` as a passing message, readable, and the step's facts and the
// verification are not drawn under it: QStatusBar's own message (painted over widgets it did
// not hide) is never used, the facts make way, and nothing overlaps the message.
void checkMessageShown(MainWindow& w, const QString& expected) {
    QApplication::processEvents();
    QStatusBar* bar = w.statusBar();
    QCOMPARE(bar->currentMessage(), QString());
    auto* message = bar->findChild<QLabel*>(QStringLiteral("statusMessage"));
    auto* facts = bar->findChild<QLabel*>(QStringLiteral("facts"));
    auto* verification = bar->findChild<QLabel*>(QStringLiteral("verification"));
    QVERIFY(message && facts && verification);
    QCOMPARE(message->text(), expected);
    QVERIFY(message->isVisible());
    QVERIFY(!facts->isVisible());
    QVERIFY(verification->isVisible());  // the scheme stays verified, at the right
    QVERIFY(!message->geometry().intersects(verification->geometry()));
    QVERIFY2(
        message->contentsRect().width() >= message->fontMetrics().horizontalAdvance(expected),
        qPrintable(
            QStringLiteral("%1 px for \"%2\"").arg(message->contentsRect().width()).arg(expected)));
    for (QWidget* other : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (other != message && other->isVisible() && other->inherits("QLabel"))
            QVERIFY2(!message->geometry().intersects(other->geometry()),
                     qPrintable(other->objectName()));
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void initTestCase() {
        // Settings and recent files go to a throw-away location, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensStrassenAtStepZero() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        const ShownFacts f = readFacts(w);
        QCOMPARE(f.step, 0);
        QCOMPARE(f.length, 7);
        QCOMPARE(f.nonZeros, 8);  // T<2,2,2> has n*m*p = 8 ones
        QVERIFY(!f.solved);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Strassen")));
        QCOMPARE(w.stepControl()->stepLabel()->text(), QStringLiteral("Step 0 of 7"));
        QCOMPARE(w.formulaPanel()->productList()->count(), 7);
        QCOMPARE(w.formulaPanel()->entryList()->count(), 4);
    }

    void arrowKeysStepForward() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        for (int i = 0; i < 3; ++i) QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.cursor()->position(), 3);
        QCOMPARE(w.stepControl()->stepLabel()->text(), QStringLiteral("Step 3 of 7"));
        QCOMPARE(w.stepControl()->slider()->value(), 3);

        tg::ReplayCursor expected = coreCursor("builtin:strassen");
        expected.seek(3);
        const ShownFacts f = readFacts(w);
        QCOMPARE(f.step, 3);
        QCOMPARE(f.nonZeros, expected.facts().residualNonZeros);
        QCOMPARE(f.rankBound, expected.facts().rankLowerBound);
        QVERIFY(!f.solved);
        // The product just applied is the highlighted one.
        QCOMPARE(w.formulaPanel()->productList()->currentRow(), 2);
        if (w.tensorView()) {
            QCOMPARE(w.tensorView()->voxelCount(), int(expected.residual().nonZeroCount()));
            QVERIFY(w.tensorView()->highlightCount() > 0);
        }

        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.cursor()->position(), 2);
    }

    void endSolvesAndHomeReturns() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(w.cursor()->position(), 7);
        ShownFacts f = readFacts(w);
        QCOMPARE(f.step, 7);
        QCOMPARE(f.nonZeros, 0);
        QCOMPARE(f.rankBound, 0);
        QVERIFY(f.solved);
        QVERIFY(w.factsText().endsWith(QStringLiteral("solved")));
        if (w.tensorView()) QCOMPARE(w.tensorView()->voxelCount(), 0);
        // Every entry of C is complete once the residual is zero.
        const QListWidget* entries = w.formulaPanel()->entryList();
        for (int i = 0; i < entries->count(); ++i)
            QVERIFY2(entries->item(i)->text().startsWith(QStringLiteral("\u2713")),
                     qPrintable(entries->item(i)->text()));

        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(w.cursor()->position(), 0);
        f = readFacts(w);
        QCOMPARE(f.step, 0);
        QCOMPARE(f.nonZeros, 8);
        QVERIFY(!f.solved);
        QCOMPARE(w.formulaPanel()->productList()->currentRow(), -1);
        QVERIFY(!entries->item(0)->text().startsWith(QStringLiteral("\u2713")));
    }

    void sliderSeeks() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSlider* slider = w.stepControl()->slider();
        QCOMPARE(slider->maximum(), 23);
        slider->setValue(17);
        QCOMPARE(w.cursor()->position(), 17);
        tg::ReplayCursor expected = coreCursor("builtin:laderman");
        expected.seek(17);
        QCOMPARE(readFacts(w).nonZeros, expected.facts().residualNonZeros);

        // A click on the groove right of the handle (at 17/23 of the width) pages one step on.
        QTest::mouseClick(slider, Qt::LeftButton, {},
                          QPoint(slider->width() * 95 / 100, slider->height() / 2));
        QTRY_COMPARE(w.cursor()->position(), 18);
        QCOMPARE(slider->value(), 18);
    }

    void buttonsRequestSteps() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        tg::StepControl* steps = w.stepControl();
        QSignalSpy spy(steps, &tg::StepControl::stepRequested);
        auto* next = steps->findChild<QToolButton*>(QStringLiteral("next"));
        auto* last = steps->findChild<QToolButton*>(QStringLiteral("last"));
        auto* previous = steps->findChild<QToolButton*>(QStringLiteral("previous"));
        QVERIFY(next && last && previous);
        QVERIFY(!previous->isEnabled());  // nothing before step 0
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(spy.at(1).at(0).toInt(), 2);
        QCOMPARE(w.cursor()->position(), 2);
        QTest::mouseClick(last, Qt::LeftButton);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toInt(), 7);
        QVERIFY(!next->isEnabled());
        QVERIFY(readFacts(w).solved);
    }

    void playbackRunsToTheEnd() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        tg::StepControl* steps = w.stepControl();
        steps->setPlayInterval(20);
        QSignalSpy spy(steps, &tg::StepControl::stepRequested);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(steps->isPlaying());
        QTRY_COMPARE(w.cursor()->position(), 7);
        QTRY_VERIFY(!steps->isPlaying());
        QCOMPARE(spy.count(), 7);
        for (int i = 0; i < spy.count(); ++i) QCOMPARE(spy.at(i).at(0).toInt(), i + 1);
    }

    void productClickSeeks() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QListWidget* products = w.formulaPanel()->productList();
        const QRect rect = products->visualItemRect(products->item(4));
        QTest::mouseClick(products->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(w.cursor()->position(), 5);
        QVERIFY(products->item(4)->text().startsWith(QStringLiteral("m5 = ")));
    }

    void missingFileKeepsScheme() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.seek(4);
        const QString before = w.factsText();
        QString error;
        QVERIFY(!w.openSource(QStringLiteral("/nonexistent/scheme.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/scheme.json")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:strassen"));
        QCOMPARE(w.cursor()->length(), 7);
        QCOMPARE(w.cursor()->position(), 4);
        QCOMPARE(w.factsText(), before);

        QVERIFY(!w.openSource(QStringLiteral("builtin:no-such-scheme"), &error));
        QVERIFY(error.contains(QStringLiteral("no-such-scheme")));
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:strassen"));
    }

    void ladermanLoads() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QCOMPARE(w.cursor()->length(), 23);
        QCOMPARE(w.scheme().size, (tg::TensorSize{3, 3, 3}));
        const ShownFacts f = readFacts(w);
        QCOMPARE(f.length, 23);
        QCOMPARE(f.nonZeros, 27);
        QCOMPARE(w.stepControl()->slider()->maximum(), 23);
        QCOMPARE(w.formulaPanel()->productList()->count(), 23);
        QCOMPARE(w.formulaPanel()->entryList()->count(), 9);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Laderman")));
        w.seek(23);
        QVERIFY(readFacts(w).solved);
    }

    void projectFileOpensAndIsRemembered() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("laderman.json"));
        tg::writeFileAtomic(
            path.toStdString(),
            tg::schemeToProjectJson(tg::loadSchemes("builtin:laderman").front().scheme));
        MainWindow w;
        QString error;
        QVERIFY2(w.openSource(path, &error), qPrintable(error));
        QCOMPARE(w.cursor()->length(), 23);
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), path);
    }

    void worksWithoutOpenGL() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        QCOMPARE(w.tensorView(), nullptr);
        QCOMPARE(w.viewUnavailableMessage(),
                 QStringLiteral("3D view unavailable: no OpenGL context"));
        auto* message = w.findChild<QLabel*>(QStringLiteral("viewMessage"));
        QVERIFY(message && message->isVisible());
        QTest::keyClick(&w, Qt::Key_Right);
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.cursor()->position(), 2);
        QCOMPARE(readFacts(w).step, 2);
        QCOMPARE(w.formulaPanel()->productList()->currentRow(), 1);
    }

    // The Game menu's commands and the controls beside the factors follow the game: Apply, Clear
    // and Stop while one is played, Play From This Step otherwise, also when the game ends
    // because another scheme was opened.
    void gameCommandsFollowTheGame() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        QAction* play = gameAction(w, QStringLiteral("&Play From This Step"));
        QAction* apply = gameAction(w, QStringLiteral("&Apply Move"));
        QAction* clear = gameAction(w, QStringLiteral("&Clear Move"));
        QAction* stop = gameAction(w, QStringLiteral("&Stop Playing"));
        QVERIFY(play && apply && clear && stop);
        const tg::ManualPlayBar* controls = w.manualPlayBar();
        const auto offersPlayOnly = [&] {
            return play->isEnabled() && !apply->isEnabled() && !clear->isEnabled() &&
                   !stop->isEnabled() && !controls->isVisible();
        };
        const auto offersMoves = [&] {
            return !play->isEnabled() && apply->isEnabled() && clear->isEnabled() &&
                   stop->isEnabled() && controls->isVisible();
        };
        QVERIFY(offersPlayOnly());
        w.seek(2);
        play->trigger();
        QVERIFY(w.manualPlay()->isActive());
        QCOMPARE(w.manualPlay()->game().step(), 2);
        QVERIFY(offersMoves());
        QVERIFY(w.factsText().startsWith(QStringLiteral("Step 2 of 2")));
        apply->trigger();  // the empty draft is refused, and the bar says why
        QVERIFY2(w.manualPlayBar()->moveMessage().contains(QStringLiteral("all zero")),
                 qPrintable(w.manualPlayBar()->moveMessage()));
        stop->trigger();
        QVERIFY(!w.manualPlay()->isActive());
        QVERIFY(offersPlayOnly());
        QCOMPARE(w.cursor()->position(), 2);

        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(w.manualPlay()->isActive());
        QVERIFY(w.manualPlayBar()->moveMessage().isEmpty());  // a new game, no old refusal
        QVERIFY(offersMoves());
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QVERIFY(!w.manualPlay()->isActive());
        QVERIFY(offersPlayOnly());
        QCOMPARE(readFacts(w).length, 23);
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(w.manualPlay()->isActive());
        QCOMPARE(w.manualPlay()->game().config().size, (tg::TensorSize{3, 3, 3}));
    }

    void threeDViewIsLiveUnderXvfb() {
        // Under the test display OpenGL works, so the window must use the real view.
        QVERIFY2(tg::openGLProblem().isEmpty(), qPrintable(tg::openGLProblem()));
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.tensorView() != nullptr);
        QTRY_VERIFY(!w.tensorView()->openGLDescription().isEmpty());
        QVERIFY(w.tensorView()->isRenderingAvailable());
        QVERIFY(w.viewUnavailableMessage().isEmpty());
        QCOMPARE(w.tensorView()->voxelCount(), 8);
    }

    // Issue 18: a passing message (a big scheme opened in the gallery and transformed before
    // the window shows, a transform, a search's outcome) never draws over the step's facts.
    void statusMessagesNeverCoverTheFacts() {
        QTemporaryDir results;
        MainWindow w;
        QVERIFY(w.searchDock()->setResultsFolder(results.path()));
        QVERIFY(w.openSource(
            QStringLiteral(TG_DATA_DIR "/published/alphatensor/factorizations_r.npz#11,11,11")));
        w.setViewMode(tg::ViewMode::Gallery);
        QSignalSpy transformed(w.transforms(), &tg::TransformActions::transformed);
        QVERIFY(w.transforms()->rotate());
        QCOMPARE(transformed.count(), 1);
        QVERIFY(showActive(w));
        QCOMPARE(w.size(), QSize(1180, 760));
        const QString rotated =
            QStringLiteral("%1: %2").arg(transformed.at(0).at(0).toString(), w.verificationText());
        checkMessageShown(w, rotated);

        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QVERIFY(w.transforms()->transpose());
        QCOMPARE(transformed.count(), 2);
        checkMessageShown(w, QStringLiteral("%1: %2").arg(transformed.at(1).at(0).toString(),
                                                          w.verificationText()));

        tg::SearchDock* search = w.searchDock();
        search->form()->setSize({2, 2, 2});
        search->form()->setField(tg::Field::Z2);
        QVERIFY(search->startSearch());
        QSignalSpy finished(search->runner(), &tg::SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(search->statusText().startsWith(QStringLiteral("Reached the target")));
        checkMessageShown(w, search->statusText());

        // A message with a time limit goes, and the facts come back.
        w.showStatus(QStringLiteral("brief"), 50);
        checkMessageShown(w, QStringLiteral("brief"));
        auto* facts = w.statusBar()->findChild<QLabel*>(QStringLiteral("facts"));
        QTRY_VERIFY(facts->isVisible());
        QVERIFY(!w.statusBar()->findChild<QLabel*>(QStringLiteral("statusMessage"))->isVisible());
        QCOMPARE(readFacts(w).length, 23);
    }
};

TG_GUI_TEST_MAIN(TestMainWindow, "tst_mainwindow")

#include "tst_mainwindow.moc"
