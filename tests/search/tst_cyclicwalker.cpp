// The cyclic (symmetric) walk: its start schemes are invariant under (A, B, C) -> (B, C, A),
// every move keeps the expanded scheme invariant and exactly valid, and a cyclic search reaches
// the known ranks of <2,2,2> and <3,3,3>.
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/search/CyclicWalker.h"
#include "core/search/FlipSearch.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;

namespace {

template <class Ring>
std::vector<typename FlipWalker<Ring>::PackedTerm> packed(const Scheme& s) {
    auto p = packScheme<Ring>(s);
    if (!p) throw std::runtime_error("cannot pack");
    return *p;
}

// The expanded scheme is invariant, of the walker's rank, and exactly valid.
template <class Ring>
bool soundNow(const TensorSize& size, const CyclicWalker<Ring>& w) {
    const auto& terms = w.terms();
    if (static_cast<int>(terms.size()) != w.rank()) return false;
    if (!splitCyclic<Ring>(terms)) return false;
    return verify(unpackScheme<Ring>(size, terms), Ring::kField).valid;
}

// Random flips, plus transitions, quiet phases without merges, reductions and restores, with
// the scheme checked after every single move.
template <class Ring>
void movesKeepInvariance(const TensorSize& size, std::uint64_t seed, int steps) {
    CyclicWalker<Ring> w(packed<Ring>(naiveScheme(size)), seed);
    QVERIFY(soundNow(size, w));
    auto saved = w.terms();
    int flips = 0;
    int pluses = 0;
    int reductions = 0;
    for (int step = 1; step <= steps; ++step) {
        const int before = w.rank();
        if (w.flip()) ++flips;
        if (w.rank() < before) ++reductions;
        if (step % 211 == 0 && w.plus()) ++pluses;
        if (step % 503 == 0) w.setReductions(false);
        if (step % 503 == 40) {
            w.setReductions(true);
            w.reduceAll();
        }
        if (step % 1500 == 0) saved = w.terms();
        if (step % 2999 == 0) w.restore(saved, 0);
        QVERIFY2(soundNow(size, w), qPrintable(QStringLiteral("step %1").arg(step)));
    }
    QVERIFY(flips > steps / 10);
    QVERIFY(pluses > 0);
    QVERIFY(reductions > 0);
}

FlipSearchParams cyclicParams(const TensorSize& size, Field field, int target) {
    FlipSearchParams p = FlipSearchParams::forSize(size, field, target);
    p.symmetry = Symmetry::Cyclic;
    p.seed = 5;
    p.threads = 1;
    p.maxFlipsPerWalker = 2000000;  // far above what the seed needs: the result is deterministic
    return p;
}

void checkReaches(const TensorSize& size, Field field, int target) {
    const SearchResult r = runFlipSearch(cyclicParams(size, field, target));
    QVERIFY(r.found);
    QVERIFY(r.reachedTarget);
    QCOMPARE(r.scheme.rank(), target);
    QVERIFY(verify(r.scheme, field).valid);
    if (field == Field::Z2)
        QVERIFY(splitCyclic<Mod2Ring>(packed<Mod2Ring>(r.scheme)).has_value());
    else
        QVERIFY(splitCyclic<TernaryRing>(packed<TernaryRing>(r.scheme)).has_value());
    // Deterministic: the same parameters give the same scheme.
    const SearchResult again = runFlipSearch(cyclicParams(size, field, target));
    QCOMPARE(again.walkerSteps, r.walkerSteps);
    QVERIFY(again.scheme.terms == r.scheme.terms);
}

}  // namespace

class TestCyclicWalker : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void naiveSchemesSplitIntoOrbits() {
        for (int n = 1; n <= 5; ++n) {
            const auto split = splitCyclic<Mod2Ring>(packed<Mod2Ring>(naiveScheme({n, n, n})));
            QVERIFY(split.has_value());
            QCOMPARE(static_cast<int>(split->fixed.size()), n);
            QCOMPARE(static_cast<int>(split->orbits.size()), (n * n * n - n) / 3);
            // The expansion lists the same terms again, and splits back to the same orbits.
            const auto again = splitCyclic<Mod2Ring>(expandCyclic<Mod2Ring>(*split));
            QVERIFY(again.has_value());
            QVERIFY(again->orbits.size() == split->orbits.size());
        }
    }

    void strassenIsInvariant() {
        const auto split = splitCyclic<TernaryRing>(packed<TernaryRing>(strassenScheme()));
        QVERIFY(split.has_value());
        QCOMPARE(static_cast<int>(split->orbits.size()), 2);
        QCOMPARE(static_cast<int>(split->fixed.size()), 1);
        CyclicWalker<TernaryRing> w(packed<TernaryRing>(strassenScheme()), 1);
        QCOMPARE(w.rank(), 7);
        QVERIFY(soundNow({2, 2, 2}, w));
    }

    void nonInvariantSchemeIsRefused() {
        // One ordinary flip of the naive scheme leaves the orbit of one of its terms broken.
        auto terms = packed<Mod2Ring>(naiveScheme({3, 3, 3}));
        FlipWalker<Mod2Ring> plain(terms, 3);
        while (!plain.flip()) {
        }
        QVERIFY(!splitCyclic<Mod2Ring>(plain.terms()).has_value());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CyclicWalker<Mod2Ring>(plain.terms(), 1));
        FlipSearchParams p = cyclicParams({3, 3, 3}, Field::Z2, 23);
        p.start = unpackScheme<Mod2Ring>({3, 3, 3}, plain.terms());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FlipSearch search(p));
    }

    void nonSquareSizeIsRefused() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 FlipSearch search(cyclicParams({2, 2, 3}, Field::Z2, 11)));
    }

    void movesKeepInvarianceMod2() {
        movesKeepInvariance<Mod2Ring>({3, 3, 3}, 7, 12000);
        movesKeepInvariance<Mod2Ring>({4, 4, 4}, 8, 6000);
    }
    void movesKeepInvarianceOverZ() {
        movesKeepInvariance<TernaryRing>({3, 3, 3}, 7, 12000);
        movesKeepInvariance<TernaryRing>({4, 4, 4}, 8, 6000);
    }

    void strassenRankMod2() { checkReaches({2, 2, 2}, Field::Z2, 7); }
    void strassenRankOverZ() { checkReaches({2, 2, 2}, Field::Z, 7); }
    void rank23Mod2() { checkReaches({3, 3, 3}, Field::Z2, 23); }
    void rank23OverZ() { checkReaches({3, 3, 3}, Field::Z, 23); }
};

QTEST_GUILESS_MAIN(TestCyclicWalker)
#include "tst_cyclicwalker.moc"
