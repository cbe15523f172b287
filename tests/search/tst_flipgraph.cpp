// The flip graph of <2,2,2> mod 2 up to symmetry: the symmetries are the tensor's, the graph
// holds the naive scheme and reaches rank 7 by reductions, every vertex is a valid scheme and
// every edge is a real flip; a recorded walk maps onto it; recorded paths read back.
#include <QtTest>
#include <set>

#include "core/catalog/Catalog.h"
#include "core/io/LoadError.h"
#include "core/search/FlipGraph.h"
#include "core/search/FlipSearch.h"
#include "core/search/SearchTraceJson.h"
#include "core/search/SearchTraceRead.h"
#include "core/tensor/Symmetry.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;

namespace {

bool validMod2(const SchemeCode& code) {
    return verify(schemeFromCode(code), Field::Z2).valid;
}

// How many terms differ between two codes of equal length (position by position).
int changedTerms(const SchemeCode& a, const SchemeCode& b) {
    int n = 0;
    for (std::size_t i = 0; i < a.size(); ++i) n += a[i] != b[i] ? 1 : 0;
    return n;
}

SearchTrace recordedWalk(std::uint64_t seed) {
    FlipSearchParams p = FlipSearchParams::quick({2, 2, 2}, Field::Z2, 7);
    p.recordTrace = true;
    p.seed = seed;
    const SearchResult r = runFlipSearch(p);
    if (!r.reachedTarget || !r.trace) throw std::runtime_error("the walk did not reach rank 7");
    return *r.trace;
}

}  // namespace

class TestFlipGraph : public QObject {
    Q_OBJECT

    FlipSymmetries symmetries_;
    FlipGraph graph_;

  private Q_SLOTS:
    void initTestCase() { graph_ = buildFlipGraph(symmetries_); }

    // Every symmetry maps valid schemes to valid schemes, and canonical codes do not depend on
    // which scheme of an orbit one starts from.
    void symmetriesAreTheTensors() {
        QCOMPARE(symmetries_.count(), 1296);
        const SchemeCode strassen = *codeFromScheme(reducedMod2(strassenScheme()));
        const SchemeCode canon = symmetries_.canonical(strassen);
        for (int g = 0; g < symmetries_.count(); g += 7) {
            SchemeCode image;
            for (TermCode t : strassen) image.push_back(symmetries_.apply(g, t));
            QVERIFY(validMod2(image));
            QCOMPARE(symmetries_.canonical(image), canon);
        }
    }

    void graphHoldsNaiveAndReachesRankSeven() {
        QVERIFY(graph_.complete);
        const SchemeCode naive = *codeFromScheme(naiveScheme({2, 2, 2}));
        QCOMPARE(graph_.find(symmetries_.canonical(naive)), 0);
        QCOMPARE(graph_.vertices[0].rank(), 8);
        // Strassen's orbit is there, reached from rank 8 by a reduction.
        const SchemeCode strassen = *codeFromScheme(reducedMod2(strassenScheme()));
        const int s = graph_.find(symmetries_.canonical(strassen));
        QVERIFY(s > 0);
        bool reduced = false;
        for (const FlipGraphEdge& e : graph_.edges) reduced = reduced || (e.reduction && e.to == s);
        QVERIFY(reduced);
        // Rank 7 over F2 is one orbit (de Groote): every rank-7 vertex is Strassen's.
        QCOMPARE(graph_.countOfRank(7), 1);
        QVERIFY(graph_.countOfRank(8) > 1);
        long schemes = 0;
        int reductions = 0;
        for (const FlipGraphVertex& v : graph_.vertices) schemes += v.rank() == 8 ? v.orbitSize : 0;
        for (const FlipGraphEdge& e : graph_.edges) reductions += e.reduction ? 1 : 0;
        qInfo("%d orbits of rank 8 (%ld schemes), %d of rank 7, %d edges (%d reductions), depth %d",
              graph_.countOfRank(8), schemes, graph_.countOfRank(7), int(graph_.edges.size()),
              reductions, graph_.depthReached);
    }

    void everyVertexVerifies() {
        for (const FlipGraphVertex& v : graph_.vertices) {
            QVERIFY(validMod2(v.code));
            QVERIFY(v.orbitSize >= 1 && 1296 % v.orbitSize == 0);
        }
    }

    // Each edge's flip, applied to its source, changes two terms sharing the flip's factor,
    // keeps the scheme valid, and (after the reductions it enables) lands in the target's orbit.
    void edgesAreRealFlips() {
        QVERIFY(!graph_.edges.empty());
        for (const FlipGraphEdge& e : graph_.edges) {
            const SchemeCode& from = graph_.vertices[std::size_t(e.from)].code;
            const FlipMove& m = e.move;
            QCOMPARE((from[std::size_t(m.i)] >> (4 * m.k)) & 15,
                     (from[std::size_t(m.j)] >> (4 * m.k)) & 15);
            const SchemeCode flipped = applyFlip(from, m);
            QCOMPARE(changedTerms(from, flipped), 2);
            QVERIFY(validMod2(flipped));
            const SchemeCode reduced = reduceCode(flipped);
            QVERIFY(validMod2(reduced));
            QCOMPARE(symmetries_.canonical(reduced), graph_.vertices[std::size_t(e.to)].code);
            QCOMPARE(e.reduction, reduced.size() < from.size());
        }
    }

    void boundedBuildStopsAtTheLimit() {
        const FlipGraph small = buildFlipGraph(symmetries_, {20, 64});
        QVERIFY(!small.complete);
        QCOMPARE(int(small.vertices.size()), 20);
        for (std::size_t v = 0; v < small.vertices.size(); ++v)
            QCOMPARE(small.vertices[v].code, graph_.vertices[v].code);
    }

    // A real flip search's walk: every scheme of rank 7 or 8 on it is a vertex of the graph.
    void walkMapsOntoTheGraph() {
        const SearchTrace trace = recordedWalk(3);
        const std::vector<int> at = traceVertices(graph_, symmetries_, trace);
        const std::vector<int> ranks = traceRanks(trace);
        QCOMPARE(int(at.size()), trace.length() + 1);
        QCOMPARE(at.front(), 0);
        QCOMPARE(graph_.vertices[std::size_t(at.back())].rank(), 7);
        std::set<int> visited(at.begin(), at.end());
        qInfo("walk of %d steps visits %d orbits", trace.length(), int(visited.size()));
        for (std::size_t k = 0; k < at.size(); ++k) {
            QCOMPARE(ranks[k], trace.schemeAt(int(k)).rank());
            if (ranks[k] <= 8) QVERIFY(at[k] >= 0);
            if (ranks[k] > 8) QCOMPARE(at[k], -1);
        }
    }

    void recordedPathReadsBack() {
        const SearchTrace trace = recordedWalk(4);
        const std::string text = searchTraceToJson(trace);
        QVERIFY(looksLikeSearchTrace(text));
        const SearchTrace back = searchTraceFromJson(text, "walk.json");
        QCOMPARE(back.length(), trace.length());
        QVERIFY(back.steps == trace.steps);
        QVERIFY(sameTerms(back.schemeAt(back.length()), trace.schemeAt(trace.length())));
    }

    void damagedPathsAreRefused() {
        const std::string text = searchTraceToJson(recordedWalk(4));
        QVERIFY_THROWS_EXCEPTION(LoadError, (void)searchTraceFromJson("{}", "x"));
        QVERIFY_THROWS_EXCEPTION(LoadError,
                                 (void)searchTraceFromJson(text.substr(0, text.size() / 2), "x"));
        const auto at = text.find("\"index\":");
        QVERIFY(at != std::string::npos);
        // "index": 9x, past the terms.
        const std::string badIndex = text.substr(0, at + 8) + "9" + text.substr(at + 8);
        QVERIFY_THROWS_EXCEPTION(LoadError, (void)searchTraceFromJson(badIndex, "x"));
    }
};

QTEST_APPLESS_MAIN(TestFlipGraph)
#include "tst_flipgraph.moc"
