// The Search dock driven as a user would: its form, flip searches and the agent on real sizes,
// the results saved to a (temporary) results folder, listed in the library, reopened and
// replayed. Results are checked by loading the saved files and verifying them with core, not by
// trusting the dock. Stopping, closing and failures: tst_searchlifecycle.cpp.

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>
#include <stdexcept>

#include "LibraryDock.h"
#include "MainWindow.h"
#include "SchemeDocument.h"
#include "SearchDock.h"
#include "SearchDockSupport.h"
#include "SearchForm.h"
#include "SearchProgressView.h"
#include "core/catalog/Catalog.h"
#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/search/Evaluators.h"
#include "core/search/SearchTraceJson.h"
#include "core/tensor/Verification.h"
#include "support/GuiTestMain.h"
#include "support/ShowActive.h"
#include "widgets/AgentSearchRunner.h"
#include "widgets/FlipSearchRunner.h"

using namespace tg;
using tg::testing::checkSaved;
using tg::testing::outcomeOf;
using tg::testing::searchMenuAction;
using tg::testing::showActive;

namespace {

// The row of the dock's log that holds the result saved at `path`, or -1.
int logRowOf(const SearchDock* dock, const QString& path) {
    const QAbstractItemModel* log = dock->progress()->log();
    for (int row = 0; row < log->rowCount(); ++row)
        if (log->index(row, 0).data(Qt::UserRole).toString() == path) return row;
    return -1;
}

}  // namespace

class TestSearchDock : public QObject {
    Q_OBJECT

    tg::testing::ResultsFolder results_;

  private Q_SLOTS:
    void initTestCase() { results_.prepare(); }
    void init() { results_.clear(); }

    void menuHasStartAndStop() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QAction* start = searchMenuAction(w, QStringLiteral("&Start Search"));
        QAction* stop = searchMenuAction(w, QStringLiteral("S&top Search"));
        QVERIFY(start && stop);
        QCOMPARE(start->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(stop->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QVERIFY(!stop->isEnabled());
        QVERIFY(searchMenuAction(w, QStringLiteral("Search &Panel")));
        QCOMPARE(w.searchDock()->resultsFolder(), results_.path());
    }

    // The set-up of the last search started comes back in the next session.
    void setUpIsRemembered() {
        {
            MainWindow w(MainWindow::Rendering::Disabled);
            SearchDock* dock = w.searchDock();
            QCOMPARE(dock->request().threads, std::max(1, QThread::idealThreadCount()));
            QCOMPARE(dock->request().timeLimitSeconds, 60.0);
            SearchForm* form = dock->form();
            form->setSize({2, 3, 2});
            form->setField(Field::Z);
            form->setTimeLimit(5);
            form->setThreads(1);
            form->setSeed(42);
            QVERIFY(dock->startSearch());
            QSignalSpy finished(dock->runner(), &SearchRunner::finished);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        }
        MainWindow w(MainWindow::Rendering::Disabled);
        const SearchRequest r = w.searchDock()->request();
        QCOMPARE(r.size, (TensorSize{2, 3, 2}));
        QCOMPARE(r.field, Field::Z);
        QCOMPARE(r.timeLimitSeconds, 5.0);
        QCOMPARE(r.threads, 1);
        QCOMPARE(r.seed, std::uint64_t(42));
        QCOMPARE(r.targetRank, 11);  // Hopcroft-Kerr's <2,2,3>, rotated
    }

    // The agent's parts row shows for the agent only; a part turned off reaches the request
    // and is remembered like the rest of the set-up.
    void agentPartsFollowTheEngine() {
        {
            MainWindow w(MainWindow::Rendering::Disabled);
            SearchForm* form = w.searchDock()->form();
            auto* row = form->findChild<QWidget*>(QStringLiteral("agentParts"));
            auto* drops = form->findChild<QCheckBox*>(QStringLiteral("agentPart_drops"));
            auto* endgame = form->findChild<QCheckBox*>(QStringLiteral("agentPart_endgame"));
            QVERIFY(row && drops && endgame);
            form->setEngine(QStringLiteral("flip"));
            QVERIFY(!row->isVisibleTo(form));
            drops->setChecked(false);  // the flip search has no agent parts: not in its request
            QCOMPARE(form->request().agentParts, search::AgentSwitches{});
            drops->setChecked(true);
            form->setEngine(QStringLiteral("mcts"));
            QVERIFY(row->isVisibleTo(form));
            QCOMPARE(form->request().agentParts, search::AgentSwitches{});
            drops->click();
            endgame->click();
            const search::AgentSwitches parts = form->request().agentParts;
            QVERIFY(!parts.drops && !parts.endgame);
            QVERIFY(parts.pairs && parts.completion && parts.boundPruning && parts.randomBasis &&
                    parts.restart && parts.plateauWalk);
            form->saveSettings();
        }
        MainWindow w(MainWindow::Rendering::Disabled);
        const search::AgentSwitches parts = w.searchDock()->request().agentParts;
        QVERIFY(!parts.drops && !parts.endgame && parts.pairs);
        // Parts that cannot act are greyed out: pair moves and restarts with a target rank, the
        // mod-2 parts over Z.
        SearchForm* form = w.searchDock()->form();
        const auto box = [form](const char* id) {
            return form->findChild<QCheckBox*>(QLatin1String("agentPart_") + QLatin1String(id));
        };
        form->setField(Field::Z2);
        form->setTargetRank(0);
        QVERIFY(box("pairs")->isEnabled() && box("drops")->isEnabled());
        QVERIFY(box("restart")->isEnabled() && box("plateauWalk")->isEnabled());
        // The plateau walk moves the scheme a restart starts from: greyed without restarts.
        box("restart")->click();
        QVERIFY(!box("plateauWalk")->isEnabled());
        QVERIFY(!form->request().agentParts.restart);
        box("restart")->click();
        QVERIFY(box("plateauWalk")->isEnabled());
        box("plateauWalk")->click();
        QVERIFY(!form->request().agentParts.plateauWalk && form->request().agentParts.restart);
        box("plateauWalk")->click();
        form->setTargetRank(7);
        QVERIFY(!box("pairs")->isEnabled() && box("drops")->isEnabled());
        QVERIFY(!box("restart")->isEnabled() && !box("plateauWalk")->isEnabled());
        form->setField(Field::Z);
        form->setTargetRank(0);
        QVERIFY(!box("pairs")->isEnabled() && !box("drops")->isEnabled());
        QVERIFY(!box("randomBasis")->isEnabled() && box("endgame")->isEnabled());
        QVERIFY(box("restart")->isEnabled());
    }

    // The dock needs no window: the document gives it the scheme on show (and every new one),
    // and what it asks of the window (a result saved, a result to open, the results folder,
    // status messages) goes out as signals.
    void worksWithADocumentAlone() {
        SchemeDocument document;
        SearchDock dock(&document);
        SearchForm* form = dock.form();
        form->setTarget(SearchForm::Target::SchemeOnShow);
        form->setStartFromScheme(true);
        QVERIFY(!dock.request().start.has_value());  // nothing on show yet
        QVERIFY(document.open(loadSchemes("builtin:laderman").front(),
                              QStringLiteral("builtin:laderman")));
        form->setTarget(SearchForm::Target::SchemeOnShow);
        SearchRequest r = dock.request();
        QCOMPARE(r.size, (TensorSize{3, 3, 3}));
        QVERIFY(r.start.has_value());
        QVERIFY(sameTerms(*r.start, document.scheme()));
        QCOMPARE(r.targetRank, 22);
        // Another scheme on show: the set-up follows it.
        QVERIFY(document.open(loadSchemes("builtin:hopcroft-kerr").front(),
                              QStringLiteral("builtin:hopcroft-kerr")));
        r = dock.request();
        QCOMPARE(r.size, (TensorSize{2, 2, 3}));
        QVERIFY(r.start.has_value());
        QCOMPARE(r.start->rank(), 11);

        QSignalSpy folderChanged(&dock, &SearchDock::resultsFolderChanged);
        QVERIFY(dock.setResultsFolder(results_.path()));
        QCOMPARE(folderChanged.count(), 1);
        QCOMPARE(folderChanged.at(0).at(0).toString(), results_.path());
        QSignalSpy saved(&dock, &SearchDock::resultSaved);
        QSignalSpy status(&dock, &SearchDock::statusMessage);
        QSignalSpy openRequested(&dock, &SearchDock::openRequested);
        form->setSize({2, 2, 2});
        form->setField(Field::Z2);
        QVERIFY(dock.startSearch());
        QSignalSpy finished(dock.runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.bestRank, 7);
        QVERIFY(!out.path.isEmpty());
        QStringList savedPaths;
        for (const QList<QVariant>& args : saved) savedPaths << args.at(0).toString();
        QVERIFY(savedPaths.contains(out.path));
        QVERIFY(status.count() >= 2);  // searching, then how it ended
        QCOMPARE(status.last().at(0).toString(), dock.statusText());
        // A logged result asks to be opened, unless it is the one on show.
        const int row = logRowOf(&dock, out.path);
        QVERIFY(row >= 0);
        dock.progress()->openEntry(row);
        QCOMPARE(openRequested.count(), 1);
        QCOMPARE(openRequested.at(0).at(0).toString(), out.path);
        QVERIFY(document.open(loadSchemes(out.path.toStdString()).front(), out.path));
        dock.progress()->openEntry(row);
        QCOMPARE(openRequested.count(), 1);
    }

    // Names that say what a file holds, unique even within a millisecond, listed newest first;
    // a walk's path file and a user's own file are not results.
    void resultStoreNames() {
        ResultStore store(results_.path());
        const Scheme strassen = *builtinScheme("strassen");
        Episode e = episodeFromScheme(strassen, "test");
        e.field = Field::Z2;
        for (Move& m : e.moves) m.actor = Actor::Search;
        const QString first = store.save(e, QStringLiteral("flip"), 7);
        const QString second = store.save(e, QStringLiteral("flip"), 7);
        QVERIFY(first != second);
        const auto parsed = ResultStore::parseName(first);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->engine, QStringLiteral("flip"));
        QCOMPARE(parsed->size, (TensorSize{2, 2, 2}));
        QCOMPARE(parsed->field, Field::Z2);
        QCOMPARE(parsed->rank, 7);
        QVERIFY(qAbs(parsed->time.secsTo(QDateTime::currentDateTime())) < 60);
        const QString pathFile = store.saveBeside(first, "{}");
        QVERIFY(pathFile.endsWith(QStringLiteral(".path.json")));
        QVERIFY(QFile::exists(pathFile));
        QFile own(QDir(results_.path()).filePath(QStringLiteral("my-notes.json")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.close();
        QCOMPARE(results_.files().size(), 2);
        QVERIFY(results_.files().contains(first) && results_.files().contains(second));
        QVERIFY(!ResultStore::parseName(pathFile).has_value());
        checkSaved(first, Field::Z2, 7);
    }

    // The default target is the best known rank, below the start.
    void defaultTargetRank() {
        MainWindow w(MainWindow::Rendering::Disabled);
        SearchDock* dock = w.searchDock();
        SearchForm* form = dock->form();
        // A model is asked of the engines that use one only: the flip search's request has none.
        form->setModel(QStringLiteral("/models/mine.tgm"));
        QVERIFY(dock->request().model.isEmpty());
        form->setEngine(QStringLiteral("mcts"));
        QCOMPARE(dock->request().model, QStringLiteral("/models/mine.tgm"));
        form->setEngine(QStringLiteral("flip"));
        QVERIFY(dock->request().model.isEmpty());
        form->setSize({3, 3, 3});
        form->setField(Field::Z2);
        QCOMPARE(dock->request().targetRank, 23);
        form->setSize({4, 4, 4});
        QCOMPARE(dock->request().targetRank, 47);
        form->setField(Field::Z);
        QCOMPARE(dock->request().targetRank, 49);
        // Where the start already has the best known rank, or none is known, one below it.
        form->setSize({6, 6, 1});
        QCOMPARE(dock->request().targetRank, 35);
        form->setSize({2, 3, 8});
        QCOMPARE(dock->request().targetRank, 47);
        // The scheme on show as the target and the start: Laderman's 23 aims at 22.
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        form->setTarget(SearchDock::Target::SchemeOnShow);
        form->setStartFromScheme(true);
        QCOMPARE(dock->request().size, (TensorSize{3, 3, 3}));
        QVERIFY(dock->request().start.has_value());
        QCOMPARE(dock->request().targetRank, 22);
    }

    void findsAndSaves_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("rank");
        QTest::newRow("<2,2,2> mod 2: Strassen's 7") << 2 << 7;
        QTest::newRow("<3,3,3> mod 2: Laderman's 23") << 3 << 23;
    }
    void findsAndSaves() {
        QFETCH(int, n);
        QFETCH(int, rank);
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(showActive(w));
        SearchDock* dock = w.searchDock();
        dock->close();
        dock->form()->setSize({n, n, n});
        dock->form()->setField(Field::Z2);
        QCOMPARE(dock->request().targetRank, rank);
        QTest::keyClick(&w, Qt::Key_F5);  // shows the dock and starts
        QVERIFY(dock->isVisible());
        QVERIFY(dock->runner() && dock->isRunning());
        QVERIFY(searchMenuAction(w, QStringLiteral("S&top Search"))->isEnabled());
        QVERIFY(dock->form()->canStop());
        QVERIFY(!dock->form()->canStart());
        QSignalSpy progress(dock->runner(), &SearchRunner::progress);
        QSignalSpy improved(dock->runner(), &SearchRunner::improved);
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!dock->isRunning());
        QVERIFY(progress.count() >= 1);
        QVERIFY(improved.count() >= 1);
        // The naive start is not a find; every find is below it.
        QVERIFY(improved.at(0).at(0).value<SearchImprovement>().scheme.rank() < n * n * n);

        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::ReachedTarget);
        QCOMPARE(out.bestRank, rank);
        QCOMPARE(dock->progress()->bestRankText(), QString::number(rank));
        // Every improvement, and the final choice, is on disk, verified, and in the library.
        const QStringList specs = w.library()->visibleSpecs();
        for (const QList<QVariant>& args : improved) {
            const auto imp = args.at(0).value<SearchImprovement>();
            QVERIFY2(imp.error.isEmpty(), qPrintable(imp.error));
            QCOMPARE(QFileInfo(imp.path).absolutePath(),
                     QFileInfo(results_.path()).absoluteFilePath());
            QVERIFY(verify(imp.scheme, Field::Z2).valid);
            checkSaved(imp.path, Field::Z2, imp.scheme.rank());
            QVERIFY(specs.contains(imp.path));
        }
        checkSaved(out.path, Field::Z2, rank);
        QVERIFY(specs.contains(out.path));
        // The walk to it (short at these sizes) is saved beside it.
        QString pathFile = out.path;
        pathFile.replace(QStringLiteral(".json"), QStringLiteral(".path.json"));
        QFile trace(pathFile);
        QVERIFY2(trace.open(QIODevice::ReadOnly), qPrintable(out.note));
        QVERIFY(trace.readAll().contains(search::kSearchTraceFormatName));
        // The chart drew the best rank going down to the target.
        const QList<QPointF> points = dock->progress()->rankPoints();
        QVERIFY(points.size() >= 2);
        QCOMPARE(int(points.first().y()), n * n * n);
        QCOMPARE(int(points.last().y()), rank);

        // A click on the log entry of the result opens it in the explorer, replayable to zero.
        const int row = logRowOf(dock, out.path);
        QVERIFY(row >= 0);
        QCOMPARE(dock->progress()->log()->index(row, 1).data().toString(), QString::number(rank));
        QSignalSpy openRequested(dock, &SearchDock::openRequested);
        dock->progress()->openEntry(row);
        QCOMPARE(openRequested.count(), 1);
        QCOMPARE(w.currentSource(), out.path);
        dock->progress()->openEntry(row);  // the result on show is not opened again
        QCOMPARE(openRequested.count(), 1);
        QVERIFY(w.cursor());
        QCOMPARE(w.cursor()->length(), rank);
        w.seek(rank);
        QVERIFY(w.cursor()->facts().solved);
        QVERIFY(w.verificationText().contains(QStringLiteral("valid over Z2")));

        // After a restart the library finds the results again.
        LibraryDock fresh;
        for (const QString& path : results_.files()) QVERIFY(fresh.visibleSpecs().contains(path));
        QVERIFY(fresh.visibleSpecs().contains(out.path));
    }

    void agentRediscoversStrassen() {
        // The MCTS engine with the shipped <2,2,2> model: rank 7 from the target, saved as the
        // agent's game, listed, replayable, found again after a restart.
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchDock* dock = w.searchDock();
        dock->form()->setEngine(QStringLiteral("mcts"));
        dock->form()->setSize({2, 2, 2});
        dock->form()->setField(Field::Z2);
        QCOMPARE(dock->request().targetRank, 7);
        QVERIFY(dock->startSearch());
        QSignalSpy improved(dock->runner(), &SearchRunner::improved);
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::ReachedTarget);
        QCOMPARE(out.bestRank, 7);
        QVERIFY(improved.count() >= 1);
        checkSaved(out.path, Field::Z2, 7, Actor::Agent);
        // The saved episode is the agent's game: its moves carry the agent's statistics.
        const auto loaded = loadSchemes(out.path.toStdString());
        QCOMPARE(loaded.size(), std::size_t{1});
        const Episode e = episodeOf(loaded.front());
        QCOMPARE(e.length(), 7);
        int agentMoves = 0;
        for (const Move& m : e.moves)
            if (m.actor == Actor::Agent && m.stats) ++agentMoves;
        QCOMPARE(agentMoves, 7);
        QVERIFY(w.library()->visibleSpecs().contains(out.path));
        QVERIFY(w.openSource(out.path));
        w.seek(7);
        QVERIFY(w.cursor()->facts().solved);
        LibraryDock fresh;
        QVERIFY(fresh.visibleSpecs().contains(out.path));
    }

    void nothingBelowTheStartIsSaid() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        SearchDock* dock = w.searchDock();
        dock->form()->setTarget(SearchDock::Target::SchemeOnShow);
        dock->form()->setStartFromScheme(true);
        dock->form()->setField(Field::Z2);
        QCOMPARE(dock->request().targetRank, 6);
        dock->form()->setTimeLimit(1);
        QVERIFY(dock->startSearch());
        QSignalSpy improved(dock->runner(), &SearchRunner::improved);
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::TimeLimit);
        QCOMPARE(out.bestRank, 7);
        QVERIFY(out.path.isEmpty());
        QVERIFY(improved.isEmpty());
        QVERIFY(results_.files().isEmpty());
        QVERIFY2(dock->statusText().contains(QStringLiteral("Nothing below the start's rank 7")),
                 qPrintable(dock->statusText()));
    }

    // A start the engine refuses (here: the scheme on show does not multiply matrices) is
    // reported, and nothing runs.
    void searchAimsAtTheSchemeOnShow() {
        {
            MainWindow w(MainWindow::Rendering::Disabled);
            SearchDock* dock = w.searchDock();
            dock->form()->setSize({2, 2, 2});
            dock->form()->setField(Field::Z2);
            QVERIFY(dock->startSearch());  // remembers <2,2,2> for the next session
            QSignalSpy finished(dock->runner(), &SearchRunner::finished);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        }
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(showActive(w));
        SearchDock* dock = w.searchDock();
        QCOMPARE(dock->request().size, (TensorSize{2, 2, 2}));  // nothing on show yet
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        QCOMPARE(dock->request().size, (TensorSize{3, 3, 3}));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(dock->runner());
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QCOMPARE(dock->runner()->request().size, (TensorSize{3, 3, 3}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(outcomeOf(finished).bestRank, 23);

        // The user's choice for this scheme holds while it is on show...
        dock->form()->setSize({2, 3, 2});
        QCOMPARE(dock->request().size, (TensorSize{2, 3, 2}));
        w.seek(5);
        QCOMPARE(dock->request().size, (TensorSize{2, 3, 2}));
        // ...and the next scheme shown is the target again.
        QVERIFY(w.openSource(QStringLiteral("builtin:hopcroft-kerr")));
        QCOMPARE(dock->request().size, (TensorSize{2, 2, 3}));
    }

    // Issue 18: each walker announces the schemes it finds, and the search's final choice may
    // be another walker's scheme of the best rank, but a result is saved and listed only when it
    // is below the best this search saved: never two of one rank.
    void savesOnlyImprovements() {
        for (int seed = 1; seed <= 8; ++seed) {
            MainWindow w(MainWindow::Rendering::Disabled);
            SearchDock* dock = w.searchDock();
            dock->form()->setSize({2, 2, 2});
            dock->form()->setField(Field::Z2);
            dock->form()->setThreads(2);
            dock->form()->setSeed(seed);
            QVERIFY(dock->startSearch());
            QSignalSpy improved(dock->runner(), &SearchRunner::improved);
            QSignalSpy finished(dock->runner(), &SearchRunner::finished);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
            const SearchOutcome out = outcomeOf(finished);
            QCOMPARE(out.bestRank, 7);
            int last = 9;
            for (const QList<QVariant>& args : improved) {
                const int rank = args.at(0).value<SearchImprovement>().scheme.rank();
                QVERIFY2(
                    rank < last,
                    qPrintable(
                        QStringLiteral("seed %1: rank %2 after %3").arg(seed).arg(rank).arg(last)));
                last = rank;
            }
            QCOMPARE(last, 7);
            // On disk and in the log: one file per rank, the final choice among them.
            QSet<int> ranks;
            const QStringList files = results_.files();
            for (const SavedResult& r : ResultStore::list(results_.path())) {
                QVERIFY2(!ranks.contains(r.rank), qPrintable(files.join(QLatin1Char(' '))));
                ranks.insert(r.rank);
            }
            QCOMPARE(files.size(), improved.count());
            QVERIFY(files.contains(out.path));
            checkSaved(out.path, Field::Z2, 7);
            const QAbstractItemModel* log = dock->progress()->log();
            QSet<QString> logged;
            for (int row = 0; row < log->rowCount(); ++row) {
                const QString rank = log->index(row, 1).data().toString();
                QVERIFY2(!logged.contains(rank), qPrintable(rank));
                logged.insert(rank);
            }
            for (const QString& f : QDir(results_.path()).entryList(QDir::Files))
                QVERIFY(QFile::remove(QDir(results_.path()).filePath(f)));
        }
    }
};

TG_GUI_TEST_MAIN(TestSearchDock, "tst_searchdock")

#include "tst_searchdock.moc"
