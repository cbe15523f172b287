// The Search dock driven as a user would: flip searches on real sizes from its controls, the
// results saved to a (temporary) results folder, listed in the library, reopened and replayed;
// stopping, closing the window and deleting the runner while walkers run. Results are checked
// by loading the saved files and verifying them with core, not by trusting the dock.

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <memory>
#include <stdexcept>

#include "LibraryDock.h"
#include "MainWindow.h"
#include "SearchDock.h"
#include "core/catalog/Catalog.h"
#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/search/Evaluators.h"
#include "core/search/SearchTraceJson.h"
#include "core/tensor/Verification.h"
#include "support/GuiTestMain.h"
#include "widgets/AgentSearchRunner.h"
#include "widgets/FlipSearchRunner.h"

using namespace tg;

namespace {

// The longest gap between the ticks of a 10 ms timer: how long the GUI thread was blocked.
class StallMeter : public QObject {
  public:
    StallMeter() {
        timer_.setInterval(10);
        connect(&timer_, &QTimer::timeout, this,
                [this] { longest_ = std::max(longest_, clock_.restart()); });
        clock_.start();
        timer_.start();
    }
    [[nodiscard]] qint64 longestMs() const { return longest_; }

  private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 longest_ = 0;
};

// A saved result as core reads it back: an episode of the engine's moves (the flip search's,
// or the agent's), valid in `field`.
void checkSaved(const QString& path, Field field, int rank, Actor actor = Actor::Search) {
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto loaded = loadSchemes(path.toStdString());
    QCOMPARE(loaded.size(), std::size_t(1));
    QVERIFY(loaded.front().episode.has_value());
    const Scheme& s = loaded.front().scheme;
    QCOMPARE(s.rank(), rank);
    QCOMPARE(s.field, field);
    QVERIFY(verify(s, field).valid);
    for (const Move& m : loaded.front().episode->moves) QCOMPARE(m.actor, actor);
    // Its replay ends with nothing left to multiply.
    ReplayCursor cursor(episodeOf(loaded.front()));
    cursor.seek(cursor.length());
    QVERIFY(cursor.residual().isZero());
    QVERIFY(cursor.facts().solved);
}

SearchOutcome outcomeOf(const QSignalSpy& spy) {
    return spy.at(0).at(0).value<SearchOutcome>();
}

}  // namespace

class TestSearchDock : public QObject {
    Q_OBJECT

    QTemporaryDir results_;

    [[nodiscard]] QStringList savedFiles() const {
        QStringList files;
        for (const SavedResult& r : ResultStore::list(results_.path())) files << r.path;
        return files;
    }

    // A long search: <4,4,4> mod 2 without a target or time limit, on two walkers.
    static void setUpLongSearch(SearchDock* dock) {
        dock->setSize({4, 4, 4});
        dock->setField(Field::Z2);
        dock->targetRankBox()->setValue(0);
        dock->timeLimitBox()->setValue(0);
        dock->threadsBox()->setValue(2);
    }

  private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(results_.isValid());
        // Read by the library and the dock when the window is built.
        qputenv("TG_RESULTS_DIR", results_.path().toUtf8());
    }

    void init() {
        QSettings().clear();  // each test starts from the dock's defaults
        for (const QString& f : QDir(results_.path()).entryList(QDir::Files))
            QVERIFY(QFile::remove(QDir(results_.path()).filePath(f)));
    }

    void menuHasStartAndStop() {
        MainWindow w(MainWindow::Rendering::Disabled);
        auto* start = w.findChild<QAction*>(QStringLiteral("startSearch"));
        auto* stop = w.findChild<QAction*>(QStringLiteral("stopSearch"));
        QVERIFY(start && stop);
        QCOMPARE(start->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(stop->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QVERIFY(!stop->isEnabled());
        bool inMenu = false;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(start)) inMenu = true;
        QVERIFY(inMenu);
        QCOMPARE(w.searchDock()->resultsFolder(), results_.path());
    }

    // The set-up of the last search started comes back in the next session.
    void setUpIsRemembered() {
        {
            MainWindow w(MainWindow::Rendering::Disabled);
            SearchDock* dock = w.searchDock();
            QCOMPARE(dock->threadsBox()->value(), std::max(1, QThread::idealThreadCount()));
            QCOMPARE(dock->timeLimitBox()->value(), 60);
            dock->setSize({2, 3, 2});
            dock->setField(Field::Z);
            dock->timeLimitBox()->setValue(5);
            dock->threadsBox()->setValue(1);
            dock->seedBox()->setValue(42);
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
        QCOMPARE(savedFiles().size(), 2);
        QVERIFY(savedFiles().contains(first) && savedFiles().contains(second));
        QVERIFY(!ResultStore::parseName(pathFile).has_value());
        checkSaved(first, Field::Z2, 7);
    }

    // The default target is the best known rank, below the start.
    void defaultTargetRank() {
        MainWindow w(MainWindow::Rendering::Disabled);
        SearchDock* dock = w.searchDock();
        QVERIFY(!dock->modelEdit()->isVisibleTo(dock));  // flip search needs no model
        QVERIFY(dock->request().model.isEmpty());
        dock->setSize({3, 3, 3});
        dock->setField(Field::Z2);
        QCOMPARE(dock->targetRankBox()->value(), 23);
        dock->setSize({4, 4, 4});
        QCOMPARE(dock->targetRankBox()->value(), 47);
        dock->setField(Field::Z);
        QCOMPARE(dock->targetRankBox()->value(), 49);
        // Where the start already has the best known rank, or none is known, one below it.
        dock->setSize({6, 6, 1});
        QCOMPARE(dock->targetRankBox()->value(), 35);
        dock->setSize({2, 3, 8});
        QCOMPARE(dock->targetRankBox()->value(), 47);
        // The scheme on show as the target and the start: Laderman's 23 aims at 22.
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        dock->setTarget(SearchDock::Target::SchemeOnShow);
        dock->fromSchemeBox()->setChecked(true);
        QCOMPARE(dock->request().size, (TensorSize{3, 3, 3}));
        QVERIFY(dock->request().start.has_value());
        QCOMPARE(dock->targetRankBox()->value(), 22);
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
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchDock* dock = w.searchDock();
        dock->setSize({n, n, n});
        dock->setField(Field::Z2);
        QCOMPARE(dock->targetRankBox()->value(), rank);
        dock->startAction()->trigger();  // F5: shows the dock and starts
        QVERIFY(dock->runner() && dock->isRunning());
        QVERIFY(dock->stopAction()->isEnabled());
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
        QCOMPARE(dock->bestRankText(), QString::number(rank));
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
        QVERIFY(dock->rankSeries()->count() >= 2);
        QCOMPARE(int(dock->rankSeries()->at(0).y()), n * n * n);
        QCOMPARE(int(dock->rankSeries()->at(dock->rankSeries()->count() - 1).y()), rank);

        // Clicking the log entry of the result opens it in the explorer, replayable to zero.
        QTreeWidget* log = dock->log();
        QTreeWidgetItem* last = nullptr;
        for (int i = 0; i < log->topLevelItemCount(); ++i)
            if (log->topLevelItem(i)->data(0, Qt::UserRole).toString() == out.path)
                last = log->topLevelItem(i);
        QVERIFY(last);
        log->scrollToItem(last);
        QTest::mouseClick(log->viewport(), Qt::LeftButton, {}, log->visualItemRect(last).center());
        QCOMPARE(w.currentSource(), out.path);
        QVERIFY(w.cursor());
        QCOMPARE(w.cursor()->length(), rank);
        w.seek(rank);
        QVERIFY(w.cursor()->facts().solved);
        QVERIFY(w.verificationText().contains(QStringLiteral("valid over Z2")));

        // After a restart the library finds the results again.
        LibraryDock fresh;
        for (const QString& path : savedFiles()) QVERIFY(fresh.visibleSpecs().contains(path));
        QVERIFY(fresh.visibleSpecs().contains(out.path));
    }

    void agentRediscoversStrassen() {
        // The MCTS engine with the shipped <2,2,2> model: rank 7 from the target, saved as the
        // agent's game, listed, replayable, found again after a restart.
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchDock* dock = w.searchDock();
        dock->setEngine(QStringLiteral("mcts"));
        dock->setSize({2, 2, 2});
        dock->setField(Field::Z2);
        QCOMPARE(dock->targetRankBox()->value(), 7);
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

    void stopTakesEffectAtOnce() {
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchDock* dock = w.searchDock();
        setUpLongSearch(dock);
        // The dock's first paint (fonts, the chart) is a one-time cost, not the search's.
        dock->dock()->raise();
        QTest::qWait(200);
        StallMeter stalls;
        QVERIFY(dock->startSearch());
        QSignalSpy improved(dock->runner(), &SearchRunner::improved);
        QSignalSpy progress(dock->runner(), &SearchRunner::progress);
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 10000);  // about 0.6 s of walking
        QVERIFY(improved.count() >= 1);
        QVERIFY(finished.isEmpty());

        QElapsedTimer clock;
        qint64 latency = -1;
        connect(dock->runner(), &SearchRunner::finished, this, [&] { latency = clock.elapsed(); });
        clock.start();
        QTest::mouseClick(dock->stopButton(), Qt::LeftButton);
        // Measured, not asserted: timing belongs to benchmarks (on a loaded two-core machine the
        // walkers and other processes take the CPU from the GUI thread for tens of milliseconds
        // at a time). The search has no target and no time limit, so only the click can end it:
        // its ending, as Stopped and after the click, is what is checked.
        const qint64 stopCall = clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);  // a hang guard
        qInfo("stop() returned after %lld ms; finished() after %lld ms; longest GUI stall %lld ms",
              stopCall, latency, stalls.longestMs());
        QVERIFY(latency >= 0);

        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::Stopped);
        QVERIFY(out.found && out.bestRank < 64);
        checkSaved(out.path, Field::Z2, out.bestRank);
        QVERIFY(w.library()->visibleSpecs().contains(out.path));
        QVERIFY(dock->statusText().startsWith(QStringLiteral("Stopped")));
        QVERIFY(dock->startButton()->isEnabled());
        QVERIFY(!dock->stopButton()->isEnabled());
    }

    void secondStartIsRefused() {
        MainWindow w(MainWindow::Rendering::Disabled);
        SearchDock* dock = w.searchDock();
        setUpLongSearch(dock);
        QVERIFY(dock->startSearch());
        SearchRunner* runner = dock->runner();
        QSignalSpy finished(runner, &SearchRunner::finished);
        QVERIFY(!dock->startButton()->isEnabled());
        QVERIFY(!dock->startSearch());
        QVERIFY(dock->statusText().contains(QStringLiteral("already running")));
        dock->startAction()->trigger();  // F5 again: the same refusal, the same run
        QCOMPARE(dock->runner(), runner);
        QVERIFY(runner->isRunning());
        QString error;
        QVERIFY(!runner->start(dock->request(), &error));
        QVERIFY(!error.isEmpty());
        dock->stopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        // Once finished, a new run starts.
        dock->timeLimitBox()->setValue(1);
        QVERIFY(dock->startSearch());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.at(1).at(0).value<SearchOutcome>().end, SearchOutcome::End::TimeLimit);
        QVERIFY(finished.at(1).at(0).value<SearchOutcome>().seconds >= 0.9);
    }

    void closingTheWindowStopsAndKeeps() {
        auto w = std::make_unique<MainWindow>(MainWindow::Rendering::Disabled);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        SearchDock* dock = w->searchDock();
        setUpLongSearch(dock);
        QVERIFY(dock->startSearch());
        QSignalSpy improved(dock->runner(), &SearchRunner::improved);
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_VERIFY_WITH_TIMEOUT(improved.count() >= 2, 10000);
        QVERIFY(w->close());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::Stopped);
        checkSaved(out.path, Field::Z2, out.bestRank);
        QVERIFY(savedFiles().size() >= 2);
        for (const QString& path : savedFiles())
            QVERIFY(verify(loadSchemes(path.toStdString()).front().scheme, Field::Z2).valid);

        // A window destroyed while a search runs (no close first) joins it and keeps its finds.
        init();
        w = std::make_unique<MainWindow>(MainWindow::Rendering::Disabled);
        setUpLongSearch(w->searchDock());
        QVERIFY(w->searchDock()->startSearch());
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        w.reset();
        qInfo("window destroyed during a search in %lld ms", clock.elapsed());
        QVERIFY(!savedFiles().isEmpty());
        for (const QString& path : savedFiles()) {
            const auto r = ResultStore::parseName(path);
            QVERIFY(r.has_value());
            checkSaved(path, Field::Z2, r->rank);
        }
    }

    // An engine whose evaluator throws (a network that fails mid-game): the run ends as Failed
    // with the message, which the dock shows, instead of ending the application or reporting
    // "nothing found".
    void failingEngineReportsTheError() {
        AgentSearchRunner runner([](const QString&, const TensorSize&, CoefficientSet, QString*) {
            return AgentSearchRunner::EvaluatorFactory([] {
                return std::make_unique<search::FakeEvaluator>(
                    [](const search::Observation&) -> search::Evaluation {
                        throw std::runtime_error("network exploded");
                    });
            });
        });
        QVERIFY(runner.setResultsFolder(results_.path()));
        QSignalSpy finished(&runner, &SearchRunner::finished);
        SearchRequest r;
        r.size = {3, 3, 3};
        r.field = Field::Z2;
        r.threads = 2;
        QVERIFY(runner.start(r));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);  // a hang guard
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::Failed);
        QVERIFY2(out.error.endsWith(QStringLiteral("network exploded")), qPrintable(out.error));
        QVERIFY(!runner.isRunning());
    }

    // The runner alone, deleted while its walkers run: right after start, and once it has saved
    // a first find (more are on their way).
    void deletingTheRunnerWhileRunning() {
        for (const bool afterAFind : {false, true}) {
            auto runner = std::make_unique<FlipSearchRunner>();
            QVERIFY(runner->setResultsFolder(results_.path()));
            SearchRequest r;
            r.size = {4, 4, 4};
            r.field = Field::Z;
            r.threads = 2;
            r.seed = 7;
            QVERIFY(runner->start(r));
            QVERIFY(!runner->setResultsFolder(QStringLiteral("/nonexistent")));
            if (afterAFind) QTRY_VERIFY_WITH_TIMEOUT(!savedFiles().isEmpty(), 10000);
            runner.reset();
        }
        // Every file left behind verifies over Z.
        for (const QString& path : savedFiles()) {
            const auto r = ResultStore::parseName(path);
            QVERIFY(r.has_value());
            QCOMPARE(r->field, Field::Z);
            checkSaved(path, Field::Z, r->rank);
        }
        QTest::qWait(20);  // queued reports of deleted runners are dropped, not delivered
    }

    // A results folder that cannot be made: the search still runs, and the log and the status
    // say that its results were not saved.
    void unwritableResultsFolderIsReported() {
        MainWindow w(MainWindow::Rendering::Disabled);
        SearchDock* dock = w.searchDock();
        const QString blocker = QDir(results_.path()).filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(dock->setResultsFolder(blocker + QStringLiteral("/results")));
        dock->setSize({2, 2, 2});
        QVERIFY(dock->startSearch());
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.bestRank, 7);
        QVERIFY(out.path.isEmpty());
        QVERIFY(!out.error.isEmpty());
        QVERIFY(dock->log()->topLevelItemCount() >= 1);
        QVERIFY(dock->log()->topLevelItem(0)->text(2).startsWith(QStringLiteral("not saved")));
        QVERIFY2(dock->statusText().contains(QStringLiteral("Not saved")),
                 qPrintable(dock->statusText()));
        QVERIFY(savedFiles().isEmpty());
    }

    // From Strassen's optimal scheme on show nothing better exists: the run ends at its time
    // limit, the start itself is not saved as a find, and the status says why nothing was.
    void nothingBelowTheStartIsSaid() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(w.openSource(QStringLiteral("builtin:strassen")));
        SearchDock* dock = w.searchDock();
        dock->setTarget(SearchDock::Target::SchemeOnShow);
        dock->fromSchemeBox()->setChecked(true);
        dock->setField(Field::Z2);
        QCOMPARE(dock->targetRankBox()->value(), 6);
        dock->timeLimitBox()->setValue(1);
        QVERIFY(dock->startSearch());
        QSignalSpy improved(dock->runner(), &SearchRunner::improved);
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.end, SearchOutcome::End::TimeLimit);
        QCOMPARE(out.bestRank, 7);
        QVERIFY(out.path.isEmpty());
        QVERIFY(improved.isEmpty());
        QVERIFY(savedFiles().isEmpty());
        QVERIFY2(dock->statusText().contains(QStringLiteral("Nothing below the start's rank 7")),
                 qPrintable(dock->statusText()));
    }

    // A start the engine refuses (here: the scheme on show does not multiply matrices) is
    // reported, and nothing runs.
    void refusedStartIsReported() {
        MainWindow w(MainWindow::Rendering::Disabled);
        Scheme broken = *builtinScheme("strassen");
        broken.terms.pop_back();
        QVERIFY(w.openScheme(broken, QStringLiteral("Strassen without m7")));
        SearchDock* dock = w.searchDock();
        dock->setTarget(SearchDock::Target::SchemeOnShow);
        dock->fromSchemeBox()->setChecked(true);
        QVERIFY(!dock->startSearch());
        QVERIFY(!dock->isRunning());
        QVERIFY2(dock->statusText().contains(QStringLiteral("not valid")),
                 qPrintable(dock->statusText()));
        QVERIFY(dock->startButton()->isEnabled());
        QVERIFY(savedFiles().isEmpty());
    }
};

TG_GUI_TEST_MAIN(TestSearchDock, "tst_searchdock")
#include "tst_searchdock.moc"
