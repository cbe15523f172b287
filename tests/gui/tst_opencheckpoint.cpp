// The app opens a search checkpoint (tensorgame-cli search --checkpoint FILE, while the search
// runs or after) as the best scheme found so far, and its Search dock continues one; a damaged
// one gives a message naming it.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "SchemeDocument.h"
#include "SearchDock.h"
#include "SearchDockSupport.h"
#include "core/search/Checkpoint.h"
#include "core/search/SegmentedSearch.h"
#include "core/tensor/Verification.h"

using namespace tg;

namespace {

// A real checkpoint: <3,3,3> mod 2, 2 walkers after 2 segments, with a budget of `budget`
// segments for whoever continues it.
search::SegmentedResult writeRun(const QString& path, long long budget) {
    search::SegmentedRun run;
    run.params = search::FlipSearchParams::forSize({3, 3, 3}, Field::Z2, 0);
    run.params.seed = 4;
    run.params.threads = 2;
    run.params.maxFlipsPerWalker = 2 * search::kCanonicalSteps;
    search::SegmentedResult r = search::runSegmented(run);
    search::SearchSnapshot saved = r.last;
    saved.params.maxFlipsPerWalker = budget * search::kCanonicalSteps;
    search::writeCheckpoint(path.toStdString(), saved);
    return r;
}

}  // namespace

class TestOpenCheckpoint : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void aCheckpointOpensAsItsBestScheme() {
        QTemporaryDir dir;
        const QString path = dir.filePath("run.tgck");
        const search::SegmentedResult r = writeRun(path, 2);

        QString error;
        const auto loaded = SchemeDocument::load(path, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->size(), std::size_t(1));
        const Scheme& s = loaded->front().scheme;
        QVERIFY(verify(s, Field::Z2).valid);
        QCOMPARE(s.rank(), r.result.scheme.rank());
        QVERIFY(s.rank() < 27);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);  // cut off, as by a copy that did not finish
        f.close();
        QVERIFY(!SchemeDocument::load(path, &error).has_value());
        QVERIFY(error.contains("run.tgck"));
    }

    // The dock continues the walkers to the checkpoint's budget and saves a verified result
    // no worse than the checkpoint's best.
    void theSearchDockResumesACheckpoint() {
        QTemporaryDir dir;
        const QString path = dir.filePath("run.tgck");
        const search::SegmentedResult r = writeRun(path, 6);
        SchemeDocument document;
        SearchDock dock(&document);
        QVERIFY(dock.setResultsFolder(dir.filePath("results")));
        QVERIFY(dock.resumeCheckpoint(path));
        QVERIFY(dock.runner()->request().resume != nullptr);
        QCOMPARE(dock.runner()->request().size, (TensorSize{3, 3, 3}));
        QSignalSpy finished(dock.runner(), &SearchRunner::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const SearchOutcome out = tg::testing::outcomeOf(finished);
        QVERIFY(out.found);
        QVERIFY(out.bestRank <= r.result.scheme.rank());
        const auto saved = SchemeDocument::load(out.path, nullptr);
        QVERIFY(saved.has_value());
        QVERIFY(verify(saved->front().scheme, Field::Z2).valid);

        QFile(path).resize(100);
        QVERIFY(!dock.resumeCheckpoint(path));
        QVERIFY(dock.statusText().contains("run.tgck"));
    }
};

QTEST_MAIN(TestOpenCheckpoint)
#include "tst_opencheckpoint.moc"
