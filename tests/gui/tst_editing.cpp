// Editing a scheme as a user would: manual play with undo and redo, composing a move by keyboard,
// invalid moves explained, and the Transform menu's commands as undoable edits.

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "FactorClicks.h"
#include "MainWindow.h"
#include "ManualPlayBar.h"
#include "ManualPlayController.h"
#include "TransformActions.h"
#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"
#include "support/GuiTestMain.h"
#include "support/ShowActive.h"
#include "widgets/FactorPanel.h"
#include "widgets/FormulaPanel.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"

using tg::MainWindow;
using tg::testing::clickCell;
using tg::testing::compose;
using tg::testing::showActive;

namespace {

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

class TestEditing : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(dir_.isValid());
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
};

TG_GUI_TEST_MAIN(TestEditing, "tst_editing")

#include "tst_editing.moc"
