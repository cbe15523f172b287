// A search's life in the Search dock: stopping takes effect at once without blocking the window,
// a second start is refused, closing the window stops and keeps what was found, a failing engine,
// a runner deleted while walkers run, and an unwritable results folder are reported.

#include <QAbstractItemModel>
#include <QAction>
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

// A long search: <4,4,4> mod 2 without a target or time limit, on two walkers.
void setUpLongSearch(SearchDock* dock) {
    SearchForm* form = dock->form();
    form->setSize({4, 4, 4});
    form->setField(Field::Z2);
    form->setTargetRank(0);
    form->setTimeLimit(0);
    form->setThreads(2);
}

}  // namespace

class TestSearchLifecycle : public QObject {
    Q_OBJECT

    tg::testing::ResultsFolder results_;

  private Q_SLOTS:
    void initTestCase() { results_.prepare(); }
    void init() { results_.clear(); }

    void stopTakesEffectAtOnce() {
        MainWindow w(MainWindow::Rendering::Disabled);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SearchDock* dock = w.searchDock();
        setUpLongSearch(dock);
        // The dock's first paint (fonts, the chart) is a one-time cost, not the search's.
        dock->raise();
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
        dock->stopSearch();  // what the Stop button does
        // Measured, not asserted: timing belongs to benchmarks (on a loaded two-core machine the
        // walkers and other processes take the CPU from the GUI thread for tens of milliseconds
        // at a time). The search has no target and no time limit, so only Stop can end it: its
        // ending, as Stopped and after Stop, is what is checked.
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
        QVERIFY(dock->form()->canStart());
        QVERIFY(!dock->form()->canStop());
        QVERIFY(!searchMenuAction(w, QStringLiteral("S&top Search"))->isEnabled());
    }

    void secondStartIsRefused() {
        MainWindow w(MainWindow::Rendering::Disabled);
        QVERIFY(showActive(w));
        SearchDock* dock = w.searchDock();
        setUpLongSearch(dock);
        QVERIFY(dock->startSearch());
        SearchRunner* runner = dock->runner();
        QSignalSpy finished(runner, &SearchRunner::finished);
        QVERIFY(!dock->form()->canStart());
        QVERIFY(!dock->startSearch());
        QVERIFY(dock->statusText().contains(QStringLiteral("already running")));
        QSignalSpy status(dock, &SearchDock::statusMessage);
        QTest::keyClick(&w, Qt::Key_F5);  // F5 again: the same refusal, the same run
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("already running")));
        QCOMPARE(dock->runner(), runner);
        QVERIFY(runner->isRunning());
        QString error;
        QVERIFY(!runner->start(dock->request(), &error));
        QVERIFY(!error.isEmpty());
        QTest::keyClick(&w, Qt::Key_F5, Qt::ShiftModifier);  // Stop
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        // Once finished, a new run starts.
        dock->form()->setTimeLimit(1);
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
        QVERIFY(results_.files().size() >= 2);
        for (const QString& path : results_.files())
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
        QVERIFY(!results_.files().isEmpty());
        for (const QString& path : results_.files()) {
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
            if (afterAFind) QTRY_VERIFY_WITH_TIMEOUT(!results_.files().isEmpty(), 10000);
            runner.reset();
        }
        // Every file left behind verifies over Z.
        for (const QString& path : results_.files()) {
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
        QSignalSpy folderChanged(dock, &SearchDock::resultsFolderChanged);
        QVERIFY(dock->setResultsFolder(blocker + QStringLiteral("/results")));
        QCOMPARE(folderChanged.count(), 1);
        QCOMPARE(folderChanged.at(0).at(0).toString(), blocker + QStringLiteral("/results"));
        dock->form()->setSize({2, 2, 2});
        QVERIFY(dock->startSearch());
        QSignalSpy finished(dock->runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const SearchOutcome out = outcomeOf(finished);
        QCOMPARE(out.bestRank, 7);
        QVERIFY(out.path.isEmpty());
        QVERIFY(!out.error.isEmpty());
        const QAbstractItemModel* log = dock->progress()->log();
        QVERIFY(log->rowCount() >= 1);
        QVERIFY(log->index(0, 2).data().toString().startsWith(QStringLiteral("not saved")));
        QVERIFY2(dock->statusText().contains(QStringLiteral("Not saved")),
                 qPrintable(dock->statusText()));
        QVERIFY(results_.files().isEmpty());
    }

    // From Strassen's optimal scheme on show nothing better exists: the run ends at its time
    // limit, the start itself is not saved as a find, and the status says why nothing was.
    void refusedStartIsReported() {
        MainWindow w(MainWindow::Rendering::Disabled);
        Scheme broken = *builtinScheme("strassen");
        broken.terms.pop_back();
        QVERIFY(w.openScheme(broken, QStringLiteral("Strassen without m7")));
        SearchDock* dock = w.searchDock();
        dock->form()->setTarget(SearchDock::Target::SchemeOnShow);
        dock->form()->setStartFromScheme(true);
        QVERIFY(!dock->startSearch());
        QVERIFY(!dock->isRunning());
        QVERIFY2(dock->statusText().contains(QStringLiteral("not valid")),
                 qPrintable(dock->statusText()));
        QVERIFY(dock->form()->canStart());
        QVERIFY(results_.files().isEmpty());
    }

    // Issue 18: a search started while a scheme is on show aims at that scheme, not at the size
    // remembered from the last session, unless the user chose otherwise for this scheme.
};

TG_GUI_TEST_MAIN(TestSearchLifecycle, "tst_searchlifecycle")

#include "tst_searchlifecycle.moc"
