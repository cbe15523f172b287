// The explorer's features driven as a user would: view modes, the factor grids, the cost panel,
// exports and preferences. Expectations come from core. Editing (manual play, transforms):
// tst_editing.cpp.

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "ExportActions.h"
#include "FactorClicks.h"
#include "LibraryDock.h"
#include "MainWindow.h"
#include "ManualPlayBar.h"
#include "ManualPlayController.h"
#include "TransformActions.h"
#include "core/game/ReplayCursor.h"
#include "core/io/SchemeFormat.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"
#include "support/GuiTestMain.h"
#include "support/ShowActive.h"
#include "widgets/CoefficientGrid.h"
#include "widgets/FactorPanel.h"
#include "widgets/FormulaPanel.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"

using tg::MainWindow;
using tg::ViewMode;

using tg::testing::clickCell;
using tg::testing::showActive;

namespace {

tg::ReplayCursor coreCursor(const std::string& spec) {
    return tg::ReplayCursor(tg::episodeOf(tg::loadSchemes(spec).front()));
}

}  // namespace

class TestExplorer : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(dir_.isValid());
    }

    void viewModesShowWhatCoreComputes_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("key");
        QTest::newRow("target") << int(ViewMode::Target) << int(Qt::Key_1);
        QTest::newRow("residual") << int(ViewMode::Residual) << int(Qt::Key_2);
        QTest::newRow("term") << int(ViewMode::Term) << int(Qt::Key_3);
        QTest::newRow("overlay") << int(ViewMode::Overlay) << int(Qt::Key_4);
        QTest::newRow("gallery") << int(ViewMode::Gallery) << int(Qt::Key_5);
    }

    void viewModesShowWhatCoreComputes() {
        QFETCH(int, mode);
        QFETCH(int, key);
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QVERIFY(showActive(w));
        QVERIFY(w.tensorView());
        w.seek(4);
        QTest::keyClick(&w, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(int(w.viewMode()), mode);

        tg::ReplayCursor c = coreCursor("builtin:laderman");
        c.seek(4);
        const tg::Term& term = c.episode().moves[3].term;
        const long long support =
            tg::nonZeroCount(term.u) * tg::nonZeroCount(term.v) * tg::nonZeroCount(term.w);
        tg::ExactTensor before = c.residual();
        before.addTerm(term, +1);
        long long voxels = 0, outlined = 0;
        switch (ViewMode(mode)) {
            case ViewMode::Target:
                voxels = 27;
                break;
            case ViewMode::Residual:
                voxels = c.residual().nonZeroCount();
                outlined = support;
                break;
            case ViewMode::Term:
                voxels = tg::termTensor(c.episode().size, tg::Field::Q, term).nonZeroCount();
                QCOMPARE(voxels, support);
                break;
            case ViewMode::Overlay:
                voxels = before.nonZeroCount();
                outlined = support;
                break;
            case ViewMode::Gallery:
                voxels = c.residual().nonZeroCount();
                outlined = support;
                break;
        }
        QCOMPARE(w.tensorView()->voxelCount(), int(voxels));
        QCOMPARE(w.tensorView()->highlightCount(), int(outlined));
        if (ViewMode(mode) != ViewMode::Gallery) {
            QCOMPARE(w.tensorView()->galleryCount(), 0);
            return;
        }
        // One box per term, each showing that term's cells; stepping keeps the gallery.
        QCOMPARE(w.tensorView()->galleryCount(), 23);
        for (int r = 0; r < 23; ++r) {
            const tg::Term& t = c.episode().moves[std::size_t(r)].term;
            QCOMPARE(w.tensorView()->galleryVoxelCount(r),
                     tg::nonZeroCount(t.u) * tg::nonZeroCount(t.v) * tg::nonZeroCount(t.w));
        }
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.tensorView()->galleryCount(), 23);
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.tensorView()->galleryCount(), 0);
        QCOMPARE(int(w.viewMode()), int(ViewMode::Residual));
    }

    void overlayBeforeTheFirstStepShowsTheFirstMove() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.setViewMode(ViewMode::Overlay);
        QVERIFY(w.tensorView());
        QCOMPARE(w.tensorView()->voxelCount(), 8);
        QCOMPARE(w.tensorView()->highlightCount(), 8);  // m1 = (a11+a22)(b11+b22)(c11+c22)
        w.setViewMode(ViewMode::Term);
        QCOMPARE(w.tensorView()->voxelCount(), 8);
    }

    void galleryOfALargeSchemeIsBounded() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:naive:11,11,11")));
        QVERIFY(w.tensorView());
        w.setViewMode(ViewMode::Gallery);
        // 1,331 terms of 1.77 million entries each: only a few boxes, each holding one cell.
        QVERIFY(w.tensorView()->galleryCount() > 0);
        QVERIFY(w.tensorView()->galleryCount() < 100);
        QCOMPARE(w.tensorView()->galleryVoxelCount(0), 1);
    }

    void stepsFadeWhatTheMoveRemoves() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        QVERIFY(w.tensorView());
        QTRY_VERIFY(!w.tensorView()->openGLDescription().isEmpty());
        w.seek(1);
        QTRY_COMPARE(w.tensorView()->fadingCount(), 0);
        // m2 = (a21 + a22) b11 (c21 - c22) changes four entries of the residual after m1.
        QTest::keyClick(&w, Qt::Key_Right);
        tg::ReplayCursor c = coreCursor("builtin:strassen");
        c.seek(1);
        const tg::ExactTensor before = c.residual();
        c.seek(2);
        int changed = 0;
        for (long long flat : before.nonZeroIndices())
            changed += before.rawAt(flat) * c.residual().denominator() !=
                       c.residual().rawAt(flat) * before.denominator();
        QCOMPARE(w.tensorView()->fadingCount(), changed);
        QVERIFY(changed > 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.tensorView()->fadingCount(), 0,
                                  tg::TensorView::kFadeMilliseconds * 10);
        // A jump cuts; so does a step with the preference off.
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(w.tensorView()->fadingCount(), 0);
        for (QAction* a : w.findChildren<QAction*>())
            if (a->text() == QStringLiteral("&Smooth Transitions")) a->setChecked(false);
        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.tensorView()->fadingCount(), 0);
    }

    void factorGridsShowTheCurrentTerm() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:hopcroft-kerr")));
        const tg::TensorSize s = w.scheme().size;
        QCOMPARE(s, (tg::TensorSize{2, 2, 3}));
        tg::FactorPanel* panel = w.factorPanel();
        QCOMPARE(panel->grid(0)->rowCount(), 2);  // A: n x m
        QCOMPARE(panel->grid(0)->columnCount(), 2);
        QCOMPARE(panel->grid(1)->rowCount(), 2);  // B: m x p
        QCOMPARE(panel->grid(1)->columnCount(), 3);
        QCOMPARE(panel->grid(2)->rowCount(), 2);  // C: n x p, not the transposed p x n
        QCOMPARE(panel->grid(2)->columnCount(), 3);
        QCOMPARE(panel->grid(2)->item(1, 2)->toolTip(), QStringLiteral("c23"));
        for (int step : {0, 1, 5, 11}) {
            w.seek(step);
            const tg::Term& expected = w.scheme().terms[std::size_t(std::max(step, 1) - 1)];
            QCOMPARE(panel->term(), expected);
            // Cell (i, k) of the C grid shows w[k*n+i].
            for (int i = 0; i < s.n; ++i)
                for (int k = 0; k < s.p; ++k) {
                    const tg::Rational& x = expected.w[std::size_t(s.cIndex(i, k))];
                    QCOMPARE(panel->grid(2)->item(i, k)->text(),
                             x.isZero() ? QString() : QString::fromStdString(x.toString()));
                }
        }
        QVERIFY(!panel->isEditable());
        // Read-only outside manual play: a click changes nothing.
        const tg::Term before = panel->term();
        clickCell(panel->grid(0), 0, 0, 1);
        QCOMPARE(panel->term(), before);
    }

    void costAndCopy() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY2(w.formulaPanel()->costText().startsWith(
                     QStringLiteral("7 multiplications \u00b7 18 additions")),
                 qPrintable(w.formulaPanel()->costText()));
        const QString text = w.exports()->copyScheme(tg::ExportActions::Copy::Text);
        QVERIFY(text.contains(QStringLiteral("m1 = ")));
        QCOMPARE(QApplication::clipboard()->text(), text);
        QVERIFY(w.exports()
                    ->copyScheme(tg::ExportActions::Copy::Latex)
                    .contains(QStringLiteral("align")));
        QVERIFY(w.exports()
                    ->copyScheme(tg::ExportActions::Copy::Cpp)
                    .contains(QStringLiteral("template")));
        QVERIFY(w.exports()
                    ->copyScheme(tg::ExportActions::Copy::Python)
                    .contains(QStringLiteral("def ")));
    }

    // The shared count comes from the background; a newer scheme's count replaces an older one
    // that is still running, never the other way round, and a dense scheme past the budget
    // leaves the window free and the count out.
    void sharedAdditionsAreCountedInTheBackground() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QVERIFY(w.openSource(QStringLiteral("builtin:winograd")));
        QTRY_VERIFY2(w.formulaPanel()->costText().contains(
                         QStringLiteral("(15 with shared subexpressions)")),
                     qPrintable(w.formulaPanel()->costText()));
        QVERIFY(w.formulaPanel()->costText().startsWith(
            QStringLiteral("7 multiplications \u00b7 24 additions")));

        tg::Scheme dense;
        dense.size = {12, 12, 12};
        dense.field = tg::Field::Z;
        const tg::Factor ones(144, tg::Rational(1));
        dense.terms.assign(300, tg::Term{ones, ones, ones});
        QSignalSpy counted(w.formulaPanel(), &tg::FormulaPanel::sharingCounted);
        w.formulaPanel()->setScheme(dense);
        QVERIFY(w.formulaPanel()->costText().contains(QStringLiteral("counting")));
        QVERIFY(counted.wait(60000));
        QVERIFY2(!w.formulaPanel()->costText().contains(QStringLiteral("shared")),
                 qPrintable(w.formulaPanel()->costText()));
    }

    void speedChangesThePlayInterval() {
        tg::StepControl steps;
        steps.setLength(5);
        QComboBox* speed = steps.speedBox();
        QCOMPARE(steps.playInterval(), 600);
        speed->setCurrentIndex(speed->findData(150));
        QCOMPARE(steps.playInterval(), 150);
        steps.setPlayInterval(300);
        QCOMPARE(speed->currentData().toInt(), 300);
    }

    void brokenSchemeShowsItIsNotValid() {
        tg::Scheme broken = tg::loadSchemes("builtin:strassen").front().scheme;
        broken.terms.pop_back();
        MainWindow w;
        QVERIFY(w.openScheme(broken, QStringLiteral("broken")));
        QVERIFY2(w.verificationText().contains(QStringLiteral("not valid")),
                 qPrintable(w.verificationText()));
    }

    void exportsWriteEveryFormat() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int written = 0;
        for (const tg::FormatInfo& f : tg::allFormats()) {
            if (!f.writable) continue;
            const QString ext = QString::fromLatin1(f.extensions).section(QLatin1Char(' '), 0, 0);
            const QString path =
                dir_.filePath(QStringLiteral("export_%1%2").arg(QString::fromLatin1(f.name), ext));
            QString error;
            QVERIFY2(w.exports()->saveScheme(path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 0);
            ++written;
            if (!f.readable || tg::formatForWriting(path.toStdString()) != f.format) continue;
            const auto back = tg::loadSchemes(path.toStdString());
            QVERIFY2(tg::sameTerms(back.front().scheme, w.scheme()), qPrintable(path));
        }
        QVERIFY(written >= 5);
        QString error;
        QVERIFY(!w.exports()->saveScheme(dir_.filePath(QStringLiteral("x.unknown")), &error));
        QVERIFY(!error.isEmpty());

        const QString window = dir_.filePath(QStringLiteral("window.png"));
        QVERIFY(w.exports()->saveWindowPng(window));
        QCOMPARE(QImage(window).size(), w.size() * w.devicePixelRatio());
        if (!w.tensorView()) return;
        const QString view = dir_.filePath(QStringLiteral("view.png"));
        QVERIFY(w.exports()->saveViewPng(view, &error));
        QCOMPARE(QImage(view).size(), w.tensorView()->size() * w.devicePixelRatio());

        const QString frames = dir_.filePath(QStringLiteral("frames"));
        QVERIFY(QDir().mkpath(frames));
        w.seek(3);
        QCOMPARE(w.exports()->saveEpisodeFrames(frames, &error), 8);
        QCOMPARE(QDir(frames).entryList({QStringLiteral("step_*.png")}).size(), 8);
        QVERIFY(QFile::exists(QDir(frames).filePath(QStringLiteral("step_007.png"))));
        QCOMPARE(w.cursor()->position(), 3);  // back where it was
        // The first frame (the full target) and the last (zero residual) differ.
        QVERIFY(QImage(QDir(frames).filePath(QStringLiteral("step_000.png"))) !=
                QImage(QDir(frames).filePath(QStringLiteral("step_007.png"))));
    }

    void preferencesAreRemembered() {
        {
            MainWindow w;
            QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
            w.show();
            w.setViewMode(ViewMode::Term);
            w.stepControl()->setPlayInterval(150);
            w.close();
        }
        MainWindow w;
        w.restoreSettings();
        QCOMPARE(w.viewMode(), ViewMode::Term);
        QCOMPARE(w.stepControl()->playInterval(), 150);
    }
};

TG_GUI_TEST_MAIN(TestExplorer, "tst_explorer")

#include "tst_explorer.moc"
