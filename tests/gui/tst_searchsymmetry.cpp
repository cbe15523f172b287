// The Search dock's Symmetry choice (issue 16): offered for the flip search on square sizes
// only, and a cyclic search started from the dock finds <3,3,3> rank 23 whose saved scheme is
// invariant under (A, B, C) -> (B, C, A) and verifies exactly.
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include "MainWindow.h"
#include "SearchDock.h"
#include "SearchDockSupport.h"
#include "core/io/SchemeSource.h"
#include "core/search/CyclicScheme.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Verification.h"
#include "support/GuiTestMain.h"
#include "widgets/SearchRunner.h"

using namespace tg;
using tg::testing::checkSaved;
using tg::testing::outcomeOf;

class TestSearchSymmetry : public QObject {
    Q_OBJECT

    tg::testing::ResultsFolder results_;

  private Q_SLOTS:
    void initTestCase() { results_.prepare(); }

    void offeredForSquareSizesOnly() {
        MainWindow w(MainWindow::Rendering::Disabled);
        SearchForm* form = w.searchDock()->form();
        auto* symmetry = form->findChild<QComboBox*>(QStringLiteral("searchSymmetry"));
        QVERIFY(symmetry);
        QVERIFY(!symmetry->toolTip().isEmpty());
        form->setEngine(QStringLiteral("flip"));
        form->setSize({3, 3, 3});
        form->setSymmetry(search::Symmetry::Cyclic);
        QVERIFY(symmetry->isEnabled());
        QCOMPARE(form->request().symmetry, search::Symmetry::Cyclic);
        form->setSize({2, 3, 3});
        QVERIFY(!symmetry->isEnabled());
        QCOMPARE(form->request().symmetry, search::Symmetry::None);
        form->setSize({4, 4, 4});
        QVERIFY(symmetry->isEnabled());
        form->setEngine(QStringLiteral("mcts"));
        QVERIFY(!symmetry->isEnabled());
        QCOMPARE(form->request().symmetry, search::Symmetry::None);
        form->setSymmetry(search::Symmetry::None);
    }

    void cyclicSearchFindsAnInvariantScheme() {
        MainWindow w(MainWindow::Rendering::Disabled);
        SearchDock* dock = w.searchDock();
        dock->form()->setEngine(QStringLiteral("flip"));
        dock->form()->setSize({3, 3, 3});
        dock->form()->setField(Field::Z2);
        dock->form()->setThreads(1);
        dock->form()->setSeed(1);
        dock->form()->setSymmetry(search::Symmetry::Cyclic);
        QCOMPARE(dock->request().targetRank, 23);
        QCOMPARE(dock->request().symmetry, search::Symmetry::Cyclic);
        QVERIFY(dock->startSearch());
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::ReachedTarget);
        QCOMPARE(out.bestRank, 23);
        checkSaved(out.path, Field::Z2, 23);
        const auto loaded = loadSchemes(out.path.toStdString());
        QCOMPARE(loaded.size(), std::size_t(1));
        const Scheme& s = loaded.front().scheme;
        QVERIFY(verify(s, Field::Z2).valid);
        const auto packed = search::packScheme<search::Mod2Ring>(s);
        QVERIFY(packed.has_value());
        QVERIFY(search::splitCyclic<search::Mod2Ring>(*packed).has_value());
        dock->form()->setSymmetry(search::Symmetry::None);
        dock->form()->saveSettings();
    }
};

TG_GUI_TEST_MAIN(TestSearchSymmetry, "tst_searchsymmetry")

#include "tst_searchsymmetry.moc"
