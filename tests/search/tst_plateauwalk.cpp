// The plateau walk restarts take (core/search/PlateauWalk.h): random flips keep a scheme's sum
// and its number of terms, stop one flip before a reduction, and leave a scheme without flips
// alone. Real schemes: Smirnov's rank-23 <3,3,3> from the FastMatrixMultiplication collection
// (mod 2 and over {-1,0,1}), Laderman's and Strassen's (which have no flips), the naive <2,2,2>.
#include <QtTest>
#include <algorithm>
#include <vector>

#include "MctsTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/search/CoefficientRing.h"
#include "core/search/FlipWalker.h"
#include "core/search/IntResidual.h"
#include "core/search/PackedScheme.h"
#include "core/search/PlateauWalk.h"

using namespace tg;
using namespace tg::search;
using tg::search::testing::movesOf;
using tg::search::testing::published;

namespace {

std::vector<int> sumOf(const std::vector<Action>& moves, const TensorSize& size, bool mod2) {
    IntResidual r(size, mod2);
    for (const Action& a : moves) r.subtract(a);
    return r.data();
}

}  // namespace

class TestPlateauWalk : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void walksKeepTheSumAndTheTermCount() {
        const Scheme smirnov = published("3x3x3_m23_Z_Smirnov-333-23-139.m");
        for (const CoefficientSet set : {CoefficientSet::Mod2, CoefficientSet::Ternary}) {
            const bool mod2 = set == CoefficientSet::Mod2;
            const std::vector<Action> start = movesOf(smirnov, set);
            const std::vector<int> sum = sumOf(start, smirnov.size, mod2);
            for (std::uint64_t seed = 1; seed <= 20; ++seed) {
                const std::vector<Action> walked =
                    walkPlateau(start, smirnov.size, set, 1000, seed);
                QCOMPARE(walked.size(), start.size());
                QCOMPARE(sumOf(walked, smirnov.size, mod2), sum);
                for (const Action& a : walked) {
                    QVERIFY(withinSet(a, set));
                    QVERIFY(!hasZeroFactor(a));
                }
                QVERIFY(walked != start);  // it has flips, and no reduction to 22 is known
                QCOMPARE(walkPlateau(start, smirnov.size, set, 1000, seed), walked);
            }
        }
    }

    void walksStopOneFlipBeforeAReduction() {
        // The naive <2,2,2> (8 terms) is a few flips from Strassen's rank. The walk is the flip
        // walker's own walk with the same seed, cut before the flip after which it reduces.
        using Walker = FlipWalker<Mod2Ring>;
        const Scheme naive = naiveScheme({2, 2, 2});
        const std::vector<Action> start = movesOf(naive, CoefficientSet::Mod2);
        const auto packed = packScheme<Mod2Ring>(naive);
        QVERIFY(packed);
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            Walker walker(*packed, seed);
            std::vector<Walker::PackedTerm> before = walker.terms();
            while (walker.rank() == 8) {
                before = walker.terms();
                (void)walker.flip();
            }
            const std::vector<Action> walked =
                walkPlateau(start, naive.size, CoefficientSet::Mod2, 100000, seed);
            QCOMPARE(walked.size(), std::size_t{8});
            QCOMPARE(sumOf(walked, naive.size, true), sumOf(start, naive.size, true));
            QCOMPARE(walked,
                     movesOf(unpackScheme<Mod2Ring>(naive.size, before), CoefficientSet::Mod2));
        }
    }

    void schemesWithoutFlipsAndOtherSetsStayAsTheyAre() {
        // No two of Strassen's terms share a factor, nor two of Laderman's: their schemes have
        // no flip to take.
        for (const Scheme& s : {strassenScheme(), ladermanScheme()})
            for (const CoefficientSet set : {CoefficientSet::Mod2, CoefficientSet::Ternary}) {
                const std::vector<Action> start = movesOf(s, set);
                QCOMPARE(walkPlateau(start, s.size, set, 1000, 1), start);
            }
        // {-2..2} has no walker; 0 flips is no walk.
        // Smirnov's scheme has flips (above).
        const std::vector<Action> smirnov =
            movesOf(published("3x3x3_m23_Z_Smirnov-333-23-139.m"), CoefficientSet::Ternary);
        QCOMPARE(walkPlateau(smirnov, {3, 3, 3}, CoefficientSet::Quinary, 1000, 1), smirnov);
        QCOMPARE(walkPlateau(smirnov, {3, 3, 3}, CoefficientSet::Ternary, 0, 1), smirnov);
    }
};

QTEST_GUILESS_MAIN(TestPlateauWalk)
#include "tst_plateauwalk.moc"
