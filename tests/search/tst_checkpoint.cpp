// Segmented flip searches and their checkpoints: a search run in segments, or stopped at a
// checkpoint and resumed from the file, gives exactly the result of one uninterrupted search
// (same seed, threads and flip budget), mod 2 and over Z; damaged checkpoint files are refused
// with a LoadError, never read.
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/LoadError.h"
#include "core/search/Checkpoint.h"
#include "core/search/FlipSearch.h"
#include "core/search/SegmentedSearch.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;

namespace {

// <3,3,3> without a target, so that every walker uses its whole budget: 12 segments of the
// smallest length, a few pools and plus transitions on the way.
FlipSearchParams params333(Field field, int threads, bool cyclic = false) {
    FlipSearchParams p = FlipSearchParams::forSize({3, 3, 3}, field, 0);
    p.symmetry = cyclic ? Symmetry::Cyclic : Symmetry::None;
    p.seed = 11;
    p.threads = threads;
    p.poolSize = 8;
    p.maxFlipsPerWalker = 12 * kCanonicalSteps + 123;  // the last segment is a short one
    p.canonicalIndex = true;                           // as segmented runs walk
    return p;
}

void compareResults(const SearchResult& a, const SearchResult& b) {
    QVERIFY(a.found);
    QVERIFY(b.found);
    QVERIFY(verify(a.scheme, a.scheme.field).valid);
    QCOMPARE(a.walker, b.walker);
    QCOMPARE(a.walkerSteps, b.walkerSteps);
    QCOMPARE(a.flips, b.flips);
    QCOMPARE(a.scheme.rank(), b.scheme.rank());
    QVERIFY(a.scheme.terms == b.scheme.terms);
}

SegmentedResult segmented(const FlipSearchParams& p, std::shared_ptr<const SearchSnapshot> from,
                          long long segment = kCanonicalSteps) {
    SegmentedRun run;
    run.params = p;
    run.resume = std::move(from);
    run.segmentSteps = segment;
    return runSegmented(run);
}

}  // namespace

class TestCheckpoint : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void segmentsGiveTheWholeSearchesResult_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("cyclic");
        QTest::newRow("mod 2, 1 walker") << int(Field::Z2) << 1 << false;
        QTest::newRow("mod 2, 2 walkers") << int(Field::Z2) << 2 << false;
        QTest::newRow("over Z, 2 walkers") << int(Field::Z) << 2 << false;
        // The cyclic walk (CyclicWalker.h) continues as exactly from its snapshots.
        QTest::newRow("cyclic mod 2, 2 walkers") << int(Field::Z2) << 2 << true;
        QTest::newRow("cyclic over Z, 1 walker") << int(Field::Z) << 1 << true;
    }
    void segmentsGiveTheWholeSearchesResult() {
        QFETCH(int, field);
        QFETCH(int, threads);
        QFETCH(bool, cyclic);
        const FlipSearchParams p = params333(Field(field), threads, cyclic);
        const SearchResult whole = runFlipSearch(p);
        const SegmentedResult parts = segmented(p, nullptr);
        QCOMPARE(parts.last.segments, 13LL);
        compareResults(parts.result, whole);
    }

    // Stopped after 5 segments, written to a file, read back and continued to the budget.
    void aResumedSearchEndsAsIfNeverStopped_data() { segmentsGiveTheWholeSearchesResult_data(); }
    void aResumedSearchEndsAsIfNeverStopped() {
        QFETCH(int, field);
        QFETCH(int, threads);
        QFETCH(bool, cyclic);
        const FlipSearchParams p = params333(Field(field), threads, cyclic);
        const SearchResult whole = runFlipSearch(p);
        FlipSearchParams first = p;
        first.maxFlipsPerWalker = 5 * kCanonicalSteps;
        const SegmentedResult half = segmented(first, nullptr, 3 * kCanonicalSteps);
        QTemporaryDir dir;
        const std::string file = dir.filePath("run.tgck").toStdString();
        SearchSnapshot saved = half.last;
        saved.params.maxFlipsPerWalker = p.maxFlipsPerWalker;  // continue to the whole budget
        writeCheckpoint(file, saved);
        auto loaded = std::make_shared<const SearchSnapshot>(readCheckpoint(file));
        QCOMPARE(loaded->walkers.size(), std::size_t(threads));
        QCOMPARE(loaded->walkers[0].steps, 5 * kCanonicalSteps);
        QCOMPARE(loaded->params.symmetry, p.symmetry);
        QVERIFY(verify(bestScheme(*loaded), Field(field)).valid);
        const SegmentedResult rest = segmented(loaded->params, loaded);
        compareResults(rest.result, whole);
    }

    // With a target: the winner (earliest step among walkers that reach it) is the same.
    void aTargetIsReachedByTheSameWalkerAndStep() {
        FlipSearchParams p = FlipSearchParams::forSize({3, 3, 3}, Field::Z2, 23);
        p.seed = 5;
        p.threads = 2;
        p.canonicalIndex = true;
        const SearchResult whole = runFlipSearch(p);
        QVERIFY(whole.reachedTarget);
        const SegmentedResult parts = segmented(p, nullptr);
        QVERIFY(parts.result.reachedTarget);
        QCOMPARE(parts.result.walker, whole.walker);
        QCOMPARE(parts.result.walkerSteps, whole.walkerSteps);
        QVERIFY(parts.result.scheme.terms == whole.scheme.terms);
    }

    // Every prefix of a real checkpoint, and bytes changed anywhere in it: a LoadError or (for
    // a change that keeps everything valid, e.g. in a counter) a checkpoint that verifies.
    void damagedCheckpointsAreRefused() {
        FlipSearchParams p = params333(Field::Z, 2);
        p.maxFlipsPerWalker = 2 * kCanonicalSteps;
        const std::string bytes = encodeCheckpoint(segmented(p, nullptr).last);
        QVERIFY(!decodeCheckpoint(bytes, "ok").walkers.empty());
        for (std::size_t n = 0; n < bytes.size(); ++n)
            QVERIFY_THROWS_EXCEPTION(LoadError, (void)decodeCheckpoint(bytes.substr(0, n), "x"));
        QVERIFY_THROWS_EXCEPTION(LoadError, (void)decodeCheckpoint(bytes + "!", "x"));
        int refused = 0;
        for (std::size_t at = 0; at < bytes.size(); at += 7) {
            std::string bad = bytes;
            bad[at] = static_cast<char>(bad[at] ^ 0x5a);
            try {
                const SearchSnapshot s = decodeCheckpoint(bad, "x");
                QVERIFY(verify(bestScheme(s), Field::Z).valid);
            } catch (const LoadError&) {
                ++refused;
            }
        }
        QVERIFY(refused > 0);
        std::string version = bytes;
        version[8] = static_cast<char>(kCheckpointVersion + 1);
        const QString next = QString("version %1").arg(kCheckpointVersion + 1);
        try {
            (void)decodeCheckpoint(version, "run.tgck");
            QFAIL(qPrintable(next + " was read"));
        } catch (const LoadError& e) {
            QVERIFY(QString(e.what()).contains(next));
        }
    }

    // Version 1 (before symmetric walks) had no symmetry byte after the parameters, at byte
    // 105 (magic 8, version 4, parameters 93); such a file is still read, as a plain walk.
    // Versions 1 (no symmetry byte at 105), 2 (no dead-level path, 8 bytes at 106) and 3 (no
    // switches for dependent-set reductions and fixed moves, bytes 114 and 115) are still read,
    // with the fields they lack at their old meaning.
    void version1IsStillRead() {
        FlipSearchParams p = params333(Field::Z2, 1);
        p.maxFlipsPerWalker = kCanonicalSteps;
        p.deadLevelPath = 5;
        p.dependentReductions = false;
        const std::string bytes = encodeCheckpoint(segmented(p, nullptr).last);
        QCOMPARE(bytes[105], '\0');
        QCOMPARE(bytes[114], '\0');
        const SearchSnapshot v4 = decodeCheckpoint(bytes, "v4.tgck");
        QCOMPARE(v4.params.deadLevelPath, 5LL);
        QVERIFY(!v4.params.dependentReductions);
        QVERIFY(!v4.params.fixedMoves);
        std::string v3 = bytes.substr(0, 114) + bytes.substr(116);
        v3[8] = 3;
        QCOMPARE(decodeCheckpoint(v3, "v3.tgck").params.deadLevelPath, 5LL);
        QVERIFY(decodeCheckpoint(v3, "v3.tgck").params.dependentReductions);
        std::string v2 = bytes.substr(0, 106) + bytes.substr(116);
        v2[8] = 2;
        QCOMPARE(decodeCheckpoint(v2, "v2.tgck").params.deadLevelPath, 0LL);
        std::string v1 = bytes.substr(0, 105) + bytes.substr(116);
        v1[8] = 1;
        const SearchSnapshot s = decodeCheckpoint(v1, "old.tgck");
        QCOMPARE(s.params.symmetry, Symmetry::None);
        QVERIFY(s.walkers.front().best == decodeCheckpoint(bytes, "new").walkers.front().best);
        p.symmetry = Symmetry::Cyclic;
        const std::string cyclic = encodeCheckpoint(segmented(p, nullptr).last);
        QCOMPARE(cyclic[105], '\1');
        QCOMPARE(decodeCheckpoint(cyclic, "c.tgck").params.symmetry, Symmetry::Cyclic);
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
