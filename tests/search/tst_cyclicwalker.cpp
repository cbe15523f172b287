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
void movesKeepInvariance(const Scheme& start, std::uint64_t seed, int steps, bool fixedMoves) {
    const TensorSize size = start.size;
    CyclicWalker<Ring> w(packed<Ring>(start), seed);
    w.setFixedMoves(fixedMoves);
    QVERIFY(soundNow(size, w));
    QVERIFY(w.indexConsistent());
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
        QVERIFY2(w.indexConsistent(), qPrintable(QStringLiteral("index, step %1").arg(step)));
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

// An invariant scheme of <3,3,3> mod 2 with a dependent set of three orbits and no two terms
// sharing two factors: two representatives p1 = (v, x1, y1) and p2' = (v, x2, y2) (a rotation
// of p2) of the naive scheme become (v, x1, y2), (v, x2, y1) and a new orbit (v, x1 + x2,
// y1 + y2), which is the same sum mod 2 (rank + 3).
std::vector<FlipWalker<Mod2Ring>::PackedTerm> withDependentOrbits() {
    auto split = *splitCyclic<Mod2Ring>(packed<Mod2Ring>(naiveScheme({3, 3, 3})));
    auto& orbits = split.orbits;
    for (std::size_t o1 = 0; o1 < orbits.size(); ++o1) {
        for (std::size_t o2 = 0; o2 < orbits.size(); ++o2) {
            for (int r = 0; r < 3 && o2 != o1; ++r) {
                const auto p1 = orbits[o1];
                const auto p2 = rotated<Mod2Ring>(orbits[o2], r);
                if (p1.f[0] != p2.f[0] || p1.f[1] == p2.f[1] || p1.f[2] == p2.f[2]) continue;
                FlipWalker<Mod2Ring>::PackedTerm n1 = p1;
                FlipWalker<Mod2Ring>::PackedTerm n2 = p2;
                n1.f[2] = p2.f[2];
                n2.f[2] = p1.f[2];
                const FlipWalker<Mod2Ring>::PackedTerm n3{
                    {p1.f[0], p1.f[1] ^ p2.f[1], p1.f[2] ^ p2.f[2]}};
                orbits[o1] = n1;
                orbits[o2] = rotated<Mod2Ring>(n2, (3 - r) % 3);
                orbits.push_back(n3);
                return expandCyclic<Mod2Ring>(split);
            }
        }
    }
    return {};
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
        // No two of Strassen's terms share a factor: no orbit flip applies (a dead level).
        QVERIFY(!w.hasFlips());
        QVERIFY(CyclicWalker<Mod2Ring>(packed<Mod2Ring>(naiveScheme({3, 3, 3})), 1).hasFlips());
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

    // From the naive scheme with fixed moves, and from the cyclic start (paired diagonal cubes)
    // without them; <5,5,5> mod 2 has factors of 25 entries (a hashed index).
    void movesKeepInvarianceMod2() {
        movesKeepInvariance<Mod2Ring>(naiveScheme({3, 3, 3}), 7, 12000, true);
        movesKeepInvariance<Mod2Ring>(naiveScheme({4, 4, 4}), 8, 6000, true);
        movesKeepInvariance<Mod2Ring>(cyclicStartScheme(4), 9, 6000, false);
        movesKeepInvariance<Mod2Ring>(cyclicStartScheme(5), 10, 4000, false);
    }
    void movesKeepInvarianceOverZ() {
        movesKeepInvariance<TernaryRing>(naiveScheme({3, 3, 3}), 7, 12000, true);
        movesKeepInvariance<TernaryRing>(naiveScheme({4, 4, 4}), 8, 6000, true);
        movesKeepInvariance<TernaryRing>(cyclicStartScheme(4), 9, 6000, false);
    }

    // The start of cyclic walks: valid over Z, invariant, ceil(n/2) fixed terms (the paired
    // diagonal cubes) and two orbits of cross products per pair.
    void cyclicStartHasPairedCubes() {
        for (int n = 2; n <= 6; ++n) {
            const Scheme s = cyclicStartScheme(n);
            QVERIFY(verify(s, Field::Z).valid);
            const auto split = splitCyclic<TernaryRing>(packed<TernaryRing>(s));
            QVERIFY(split.has_value());
            QCOMPARE(static_cast<int>(split->fixed.size()), (n + 1) / 2);
            QCOMPARE(s.rank(), n * n * n - n + (n + 1) / 2 + 6 * (n / 2));
            for (const auto& t : split->fixed) QVERIFY(isRotationFixed<TernaryRing>(t));
        }
        QVERIFY(builtinScheme("cyclic-start:5,5,5").has_value());
        QVERIFY(!builtinScheme("cyclic-start:4,4,5").has_value());
    }

    // A plus transition adds one orbit (rank + 3) whose terms do not simply merge back: a split
    // of one term (the earlier form) shares two factors with its other half, so reduceAll
    // undid every one of them.
    void plusTransitionsSurviveReductions() {
        int pluses = 0;
        int undone = 0;
        for (std::uint64_t seed = 1; seed <= 200; ++seed) {
            CyclicWalker<Mod2Ring> w(packed<Mod2Ring>(cyclicStartScheme(4)), seed);
            w.setFixedMoves(false);
            w.reduceAll();
            for (int step = 0; step < 300; ++step) w.flip();
            QCOMPARE(w.reduceAll(), 0);  // flips leave nothing to reduce
            const int before = w.rank();
            if (!w.plus()) continue;
            ++pluses;
            QCOMPARE(w.rank(), before + 3);
            QVERIFY(soundNow({4, 4, 4}, w));
            if (w.reduceAll() >= 3) ++undone;
        }
        QVERIFY(pluses > 100);
        QVERIFY2(undone * 10 < pluses,
                 qPrintable(QStringLiteral("%1 of %2").arg(undone).arg(pluses)));
    }

    // Orbit moves change the rank by multiples of 3: from the naive <3,3,3> (3 fixed terms) the
    // target 23 needs other fixed terms, which the search then allows; from the cyclic start
    // (2 fixed terms) it does not.
    void fixedMovesWhenTheTargetNeedsThem() {
        FlipSearchParams p = cyclicParams({3, 3, 3}, Field::Z2, 23);
        p.start = naiveScheme({3, 3, 3});
        QVERIFY(FlipSearch(p).params().fixedMoves);
        QVERIFY(runFlipSearch(p).reachedTarget);
        p.start.reset();
        const FlipSearch fromCubes(p);
        QCOMPARE(fromCubes.startScheme().rank(), 32);
        QVERIFY(!fromCubes.params().fixedMoves);
        QVERIFY(runFlipSearch(p).reachedTarget);
    }

    // Mod 2 three orbits whose rotations share a factor and whose second factors sum to zero
    // collapse to two (rank - 3), as FlipWalker's dependent sets do; merges alone cannot.
    void dependentOrbitsReduceMod2() {
        const TensorSize size{3, 3, 3};
        const auto terms = withDependentOrbits();
        QCOMPARE(static_cast<int>(terms.size()), 27 + 3);
        QVERIFY(verify(unpackScheme<Mod2Ring>(size, terms), Field::Z2).valid);
        CyclicWalker<Mod2Ring> mergesOnly(terms, 1);
        mergesOnly.setDependentReductions(false);
        QCOMPARE(mergesOnly.reduceAll(), 0);
        CyclicWalker<Mod2Ring> w(terms, 1);
        QVERIFY(w.reduceAll() >= 3);
        QVERIFY(w.rank() <= 27);
        QVERIFY(soundNow(size, w));
    }

    void strassenRankMod2() { checkReaches({2, 2, 2}, Field::Z2, 7); }
    void strassenRankOverZ() { checkReaches({2, 2, 2}, Field::Z, 7); }
    void rank23Mod2() { checkReaches({3, 3, 3}, Field::Z2, 23); }
    void rank23OverZ() { checkReaches({3, 3, 3}, Field::Z, 23); }
};

QTEST_GUILESS_MAIN(TestCyclicWalker)
#include "tst_cyclicwalker.moc"
