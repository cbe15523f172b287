// The explorer's features driven as a user would: view modes, the factor grids, manual play
// with undo and redo, the library, transforms and exports. Expectations come from core.

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

using tg::testing::showActive;

namespace {

tg::ReplayCursor coreCursor(const std::string& spec) {
    return tg::ReplayCursor(tg::episodeOf(tg::loadSchemes(spec).front()));
}

// The grid cell that holds entry `index` of factor `f` (0: u, 1: v, 2: w).
QPoint cellOf(const tg::TensorSize& s, int f, int index) {
    if (f == 0) return {index / s.m, index % s.m};
    if (f == 1) return {index / s.p, index % s.p};
    return {index % s.n, index / s.n};  // w[k*n+i] is c_ik: row i, column k
}

void clickCell(tg::CoefficientGrid* grid, int row, int column, int times) {
    for (int i = 0; i < times; ++i) {
        const QRect rect = grid->visualItemRect(grid->item(row, column));
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, rect.center());
    }
}

// Composes a term of -1/0/1 coefficients by clicking (the cycle is 0 -> 1 -> -1).
void compose(MainWindow& w, const tg::Term& term) {
    const tg::TensorSize& s = w.factorPanel()->size();
    const tg::Factor* factors[] = {&term.u, &term.v, &term.w};
    for (int f = 0; f < 3; ++f)
        for (int i = 0; i < int(factors[f]->size()); ++i) {
            const tg::Rational& x = (*factors[f])[std::size_t(i)];
            if (x.isZero()) continue;
            const QPoint cell = cellOf(s, f, i);
            clickCell(w.factorPanel()->grid(f), cell.x(), cell.y(), x == tg::Rational(1) ? 1 : 2);
        }
}

// Equal in everything a transform could change: size, field, name and every term in order.
bool sameScheme(const tg::Scheme& a, const tg::Scheme& b) {
    return a.size == b.size && a.field == b.field && a.name == b.name && a.terms == b.terms;
}

// A Transform menu command by the name the tests give it; false with the reason on failure.
bool applyTransform(MainWindow& w, const QString& action, QString* error) {
    tg::TransformActions* transforms = w.transforms();
    if (action == QStringLiteral("rotate")) return transforms->rotate(error);
    if (action == QStringLiteral("transpose")) return transforms->transpose(error);
    if (action == QStringLiteral("basis")) return transforms->randomBasisChange(error);
    if (action == QStringLiteral("kronecker"))
        return transforms->kroneckerWith(QStringLiteral("builtin:strassen"), error);
    *error = QStringLiteral("no transform called ") + action;
    return false;
}

// The Edit menu's command with `keys`.
QAction* editAction(const MainWindow& w, const QKeySequence& keys) {
    for (QAction* top : w.menuBar()->actions())
        if (top->text() == QStringLiteral("&Edit"))
            for (QAction* action : top->menu()->actions())
                if (action->shortcut() == keys) return action;
    return nullptr;
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

    void manualPlayWithUndoAndRedo() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        w.seek(5);
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        tg::ManualPlayController* play = w.manualPlay();
        QVERIFY(play->isActive());
        QCOMPARE(play->game().step(), 5);
        QVERIFY(w.factorPanel()->isEditable());
        // The draft starts empty; the timeline does not move the game.
        QVERIFY(tg::isZero(w.factorPanel()->term().u));
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(play->game().step(), 5);

        const std::vector<tg::Term>& terms = w.scheme().terms;
        QSignalSpy changed(play, &tg::ManualPlayController::changed);
        compose(w, terms[5]);
        QVERIFY(changed.count() > 0);
        QCOMPARE(play->draft(), terms[5]);
        // The preview outlines the draft's cells on the residual.
        if (w.tensorView())
            QCOMPARE(w.tensorView()->highlightCount(), tg::nonZeroCount(terms[5].u) *
                                                           tg::nonZeroCount(terms[5].v) *
                                                           tg::nonZeroCount(terms[5].w));
        QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(play->game().step(), 6);
        QVERIFY(w.manualPlayBar()->moveMessage().isEmpty());
        QVERIFY(tg::isZero(play->draft().u));
        compose(w, terms[6]);
        QVERIFY(w.manualPlayBar()->applyMove());
        QVERIFY(play->game().isSolved());
        QVERIFY(w.factsText().endsWith(QStringLiteral("solved")));

        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(play->game().step(), 6);
        QVERIFY(!play->game().isSolved());
        QCOMPARE(play->draft(), terms[6]);  // the move taken back, ready to correct
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(play->game().isSolved());
        QCOMPARE(play->undoStack()->count(), 2);

        const QString path = dir_.filePath(QStringLiteral("game.json"));
        QString error;
        QVERIFY2(w.saveEpisode(path, &error), qPrintable(error));
        const auto loaded = tg::loadSchemes(path.toStdString());
        QVERIFY(loaded.front().episode.has_value());
        const tg::Episode& e = *loaded.front().episode;
        QCOMPARE(e.length(), 7);
        QCOMPARE(e.moves[4].actor, tg::Actor::Import);
        QCOMPARE(e.moves[5].actor, tg::Actor::Person);
        QCOMPARE(e.moves[6].term, terms[6]);
        QVERIFY(tg::verify(tg::schemeFromEpisode(e), tg::Field::Z).valid);

        w.stopManualPlay();
        QVERIFY(!play->isActive());
        QCOMPARE(w.cursor()->position(), 5);
        QCOMPARE(w.formulaPanel()->productList()->count(), 7);
    }

    void keyboardComposesAMove() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        w.startManualPlay();
        tg::CoefficientGrid* u = w.factorPanel()->grid(0);
        u->setFocus();
        u->setCurrentCell(1, 1);
        QTest::keyClick(u, Qt::Key_Space);
        QCOMPARE(w.manualPlay()->draft().u[3], tg::Rational(1));  // a22
        QTest::keyClick(u, Qt::Key_Space);
        QCOMPARE(w.manualPlay()->draft().u[3], tg::Rational(-1));
        QTest::keyClick(u, Qt::Key_Space);
        QCOMPARE(w.manualPlay()->draft().u[3], tg::Rational(0));
    }

    void invalidMovesAreExplained() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        w.show();
        w.startManualPlay();
        tg::ManualPlayController* play = w.manualPlay();
        QVERIFY(!w.manualPlayBar()->applyMove());
        QVERIFY2(w.manualPlayBar()->moveMessage().contains(QStringLiteral("all zero")),
                 qPrintable(w.manualPlayBar()->moveMessage()));
        QCOMPARE(play->game().step(), 0);

        // a11 * b22 -> c11 touches an entry that T<2,2,2> does not have: pointless.
        tg::Term pointless{tg::Factor(4), tg::Factor(4), tg::Factor(4)};
        pointless.u[0] = 1;
        pointless.v[3] = 1;
        pointless.w[0] = 1;
        compose(w, pointless);
        QCOMPARE(play->draft(), pointless);
        QVERIFY(!w.manualPlayBar()->applyMove());
        QVERIFY2(w.manualPlayBar()->moveMessage().contains(QStringLiteral("touches no nonzero")),
                 qPrintable(w.manualPlayBar()->moveMessage()));
        QCOMPARE(play->game().step(), 0);
        QCOMPARE(play->undoStack()->count(), 0);

        // a legal move clears the message.
        clickCell(w.factorPanel()->grid(1), 0, 0, 1);  // b11: a11*b11 -> c11 is in T
        clickCell(w.factorPanel()->grid(1), 1, 1, 2);  // b22 back to 0
        QVERIFY(w.manualPlayBar()->applyMove());
        QVERIFY(w.manualPlayBar()->moveMessage().isEmpty());
        QCOMPARE(play->game().residual().nonZeroCount(), 7);
    }

    void transformsOpenVerified_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("rank");
        QTest::newRow("rotate") << QStringLiteral("rotate") << QStringLiteral("2x3x2") << 11;
        QTest::newRow("transpose") << QStringLiteral("transpose") << QStringLiteral("3x2x2") << 11;
        QTest::newRow("basis") << QStringLiteral("basis") << QStringLiteral("2x2x3") << 11;
        QTest::newRow("kronecker") << QStringLiteral("kronecker") << QStringLiteral("4x4x6") << 77;
    }

    void transformsOpenVerified() {
        QFETCH(QString, action);
        QFETCH(QString, size);
        QFETCH(int, rank);
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:hopcroft-kerr")));
        const tg::Scheme original = w.scheme();
        QString error;
        QVERIFY2(applyTransform(w, action, &error), qPrintable(error));
        QCOMPARE(QString::fromStdString(w.scheme().size.toString()), size);
        QCOMPARE(w.scheme().rank(), rank);
        QCOMPARE(w.cursor()->length(), rank);
        QVERIFY(tg::verify(w.scheme(), w.scheme().field).valid);
        QVERIFY2(w.verificationText().contains(QStringLiteral("valid over")) &&
                     !w.verificationText().contains(QStringLiteral("not valid")),
                 qPrintable(w.verificationText()));
        if (action != QStringLiteral("kronecker")) QVERIFY(!tg::sameTerms(w.scheme(), original));
        w.seek(rank);
        QVERIFY(w.factsText().endsWith(QStringLiteral("solved")));
    }

    void transformsUndoAndRedo_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("command");
        QTest::newRow("rotate") << QStringLiteral("rotate") << QStringLiteral("Rotate");
        QTest::newRow("transpose") << QStringLiteral("transpose") << QStringLiteral("Transpose");
        QTest::newRow("basis") << QStringLiteral("basis")
                               << QStringLiteral("Random Change of Basis");
        QTest::newRow("kronecker")
            << QStringLiteral("kronecker")
            << QStringLiteral("Kronecker Product With ") +
                   QString::fromStdString(tg::loadSchemes("builtin:strassen").front().scheme.name);
    }

    // Edit > Undo (Ctrl+Z) puts back exactly the scheme, source, title and step that were on show;
    // Redo (Ctrl+Shift+Z) brings back the same result (even the random basis) at its step.
    void transformsUndoAndRedo() {
        QFETCH(QString, action);
        QFETCH(QString, command);
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:hopcroft-kerr")));
        QVERIFY(showActive(w));
        w.seek(4);
        const tg::Scheme before = w.scheme();
        const QString source = w.currentSource();
        const QString title = w.windowTitle();
        const QString facts = w.factsText();
        QAction* undo = editAction(w, QKeySequence(QStringLiteral("Ctrl+Z")));
        QAction* redo = editAction(w, QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());  // opening a scheme leaves nothing to undo

        QString error;
        QVERIFY2(applyTransform(w, action, &error), qPrintable(error));
        const tg::Scheme after = w.scheme();
        QVERIFY(!sameScheme(after, before));
        QCOMPARE(w.cursor()->position(), 0);
        QCOMPARE(undo->text(), QStringLiteral("&Undo ") + command);
        QVERIFY(!redo->isEnabled());
        w.seek(2);

        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(sameScheme(w.scheme(), before));
        QCOMPARE(w.currentSource(), source);
        QCOMPARE(w.windowTitle(), title);
        QCOMPARE(w.cursor()->length(), before.rank());
        QCOMPARE(w.cursor()->position(), 4);
        QCOMPARE(w.factsText(), facts);
        QCOMPARE(w.formulaPanel()->productList()->count(), before.rank());
        QCOMPARE(w.factorPanel()->term(), before.terms[3]);
        QVERIFY(tg::verify(w.scheme(), w.scheme().field).valid);
        QVERIFY(w.verificationText().contains(QStringLiteral("valid over")));
        QVERIFY(!undo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("&Redo ") + command);

        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(sameScheme(w.scheme(), after));
        QCOMPARE(w.cursor()->length(), after.rank());
        QCOMPARE(w.cursor()->position(), 2);
        QCOMPARE(w.factorPanel()->term(), after.terms[1]);
        QCOMPARE(w.formulaPanel()->productList()->count(), after.rank());
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        // Another scheme opened: the transform's history goes with the scheme it belonged to.
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.currentSource(), QStringLiteral("builtin:strassen"));
    }

    // While a game is played Undo takes back its moves; after it, the document's edits.
    void undoFollowsTheGameThenTheScheme() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        QVERIFY(showActive(w));
        const tg::Scheme original = w.scheme();
        QVERIFY(w.transforms()->rotate());
        const tg::Scheme rotated = w.scheme();
        w.seek(6);
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        tg::ManualPlayController* play = w.manualPlay();
        QVERIFY(play->isActive());
        compose(w, rotated.terms[6]);
        QVERIFY(w.manualPlayBar()->applyMove());
        QVERIFY(play->game().isSolved());
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(play->game().step(), 6);
        QVERIFY(sameScheme(w.scheme(), rotated));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);  // nothing more in the game
        QCOMPARE(play->game().step(), 6);
        QVERIFY(sameScheme(w.scheme(), rotated));

        w.stopManualPlay();
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(sameScheme(w.scheme(), original));
        QCOMPARE(w.cursor()->position(), 0);
        // A transform while a game is played ends the game; Undo then takes the transform back.
        w.seek(3);
        w.startManualPlay();
        QVERIFY(play->isActive());
        QVERIFY(w.transforms()->transpose());
        QVERIFY(!play->isActive());
        QCOMPARE(w.cursor()->position(), 0);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(sameScheme(w.scheme(), original));
        QCOMPARE(w.cursor()->position(), 3);
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
