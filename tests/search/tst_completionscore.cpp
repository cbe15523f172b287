// Completing a sampled (u, v) with the best w, mod 2: the scores from one elimination per
// flattening (rank-one updates) must equal, for every w, the scores from subtracting the move
// and recomputing the three flattening ranks, on real game states (matrix multiplication
// tensors after random moves) and on random tensors of several shapes.
#include <QtTest>

#include "core/search/CompletionScore.h"
#include "core/search/EndgameSolver.h"
#include "core/search/Rng.h"

using namespace tg;
using namespace tg::search;

namespace {

std::vector<int> randomFactor(Rng& rng, int length) {
    std::vector<int> x(static_cast<std::size_t>(length), 0);
    while (std::all_of(x.begin(), x.end(), [](int v) { return v == 0; }))
        for (int& v : x) v = static_cast<int>(rng.below(2));
    return x;
}

Action randomMove(Rng& rng, const TensorSize& s) {
    return {randomFactor(rng, s.uSize()), randomFactor(rng, s.vSize()),
            randomFactor(rng, s.wSize())};
}

std::uint64_t bitsOf(const std::vector<int>& w) {
    std::uint64_t bits = 0;
    for (std::size_t k = 0; k < w.size(); ++k)
        if (w[k] != 0) bits |= std::uint64_t{1} << k;
    return bits;
}

// Every w scored both ways for `pairs` random (u, v); returns how many scores were compared.
int compareAllScores(IntResidual r, Rng& rng, int pairs) {
    const auto ws = factorVectors(r.size().wSize(), CoefficientSet::Mod2, false);
    int compared = 0;
    for (int p = 0; p < pairs; ++p) {
        const Action sampled = randomMove(rng, r.size());
        const auto fast = Gf2Completion::make(r, sampled.u, sampled.v);
        if (!fast) return -1;
        // 4x4x4 has 65,535 vectors w: every 37th of them (all residues of the bits) suffices.
        const std::size_t stride = ws.size() > 1000 ? 37 : 1;
        for (std::size_t i = 0; i < ws.size(); i += stride) {
            const auto& w = ws[i];
            const long long slow = completionScoreBySubtracting(r, {sampled.u, sampled.v, w});
            if (fast->score(bitsOf(w)) != slow) return -1 - compared;
            ++compared;
        }
    }
    return compared;
}

// Five random (u, v): bestCompletion gives the first w of the lowest score by subtracting.
bool bestCompletionsAgree(const IntResidual& start, Rng& rng,
                          const std::vector<std::vector<int>>& ws) {
    IntResidual r = start;
    const TensorSize size = r.size();
    for (int trial = 0; trial < 5; ++trial) {
        const Action sampled = randomMove(rng, size);
        std::size_t expected = 0;
        long long best = std::numeric_limits<long long>::max();
        for (std::size_t i = 0; i < ws.size(); ++i) {
            const long long s = completionScoreBySubtracting(r, {sampled.u, sampled.v, ws[i]});
            if (s < best) best = s, expected = i;
        }
        const auto got = bestCompletion(r, sampled, ws);
        if (!got || got->w != ws[expected] || got->u != sampled.u) return false;
    }
    return !bestCompletion(r, randomMove(rng, size), {}).has_value();
}

}  // namespace

class TestCompletionScore : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void scoresEqualSubtractingOnGameStates_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("p");
        QTest::newRow("2x2x2") << 2 << 2 << 2;
        QTest::newRow("3x3x3") << 3 << 3 << 3;
        QTest::newRow("2x3x4") << 2 << 3 << 4;
        QTest::newRow("3x2x2") << 3 << 2 << 2;
        QTest::newRow("4x4x4") << 4 << 4 << 4;
    }
    void scoresEqualSubtractingOnGameStates() {
        QFETCH(int, n);
        QFETCH(int, m);
        QFETCH(int, p);
        const TensorSize size{n, m, p};
        Rng rng(7);
        IntResidual r = IntResidual::matMul(size, true);
        // The tensor itself, then after each of several random moves (states a game can reach).
        for (int move = 0; move < 6; ++move) {
            const int compared = compareAllScores(r, rng, n * m * p > 30 ? 2 : 6);
            QVERIFY2(compared > 0, qPrintable(QStringLiteral("move %1: mismatch").arg(move)));
            r.subtract(randomMove(rng, size));
        }
    }

    void scoresEqualSubtractingOnRandomTensors() {
        Rng rng(11);
        const TensorSize size{3, 3, 3};
        for (int t = 0; t < 20; ++t) {
            std::vector<int> data(static_cast<std::size_t>(size.volume()));
            // Sparse and dense tensors: low ranks make the "both in the span" case common.
            const std::uint32_t density = 1 + rng.below(4);
            for (int& x : data) x = rng.below(5) < density ? 1 : 0;
            QVERIFY(compareAllScores(IntResidual::fromData(size, true, data), rng, 3) > 0);
        }
        // A rank-one residual: the move that removes it must score zero ranks and entries.
        const Action last = randomMove(rng, size);
        IntResidual r(size, true);
        r.add(last, 1);
        const auto fast = Gf2Completion::make(r, last.u, last.v);
        QVERIFY(fast.has_value());
        QCOMPARE(fast->score(bitsOf(last.w)), 0LL);
    }

    // Scored w by w (against subtracting), and through the walk over every w (against scoring
    // the mod-2 table in its order): the same first lowest score.
    void bestCompletionIsTheFirstLowestScore() {
        Rng rng(3);
        const TensorSize size{3, 3, 3};
        IntResidual r = IntResidual::matMul(size, true);
        r.subtract(randomMove(rng, size));
        const auto& table = factorTable(3 * 3, CoefficientSet::Mod2, false);
        QVERIFY(bestCompletionsAgree(r, rng, table));
        for (int trial = 0; trial < 5; ++trial) {
            const Action sampled = randomMove(rng, size);
            const auto walked = bestCompletionMod2(r, sampled);
            const auto scored = bestCompletion(r, sampled, table);
            QVERIFY(walked.has_value() && scored.has_value());
            QCOMPARE(walked->w, scored->w);
            QCOMPARE(walked->v, sampled.v);
        }
    }

    // The Gray-code walk must pick what scoring every w in order picks: the first lowest score.
    void bestWIsTheFirstLowestScore_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("p");
        QTest::newRow("2x2x2") << 2 << 2 << 2;
        QTest::newRow("2x3x3") << 2 << 3 << 3;
        QTest::newRow("3x3x3") << 3 << 3 << 3;
        QTest::newRow("2x3x4") << 2 << 3 << 4;
    }
    void bestWIsTheFirstLowestScore() {
        QFETCH(int, n);
        QFETCH(int, m);
        QFETCH(int, p);
        const TensorSize size{n, m, p};
        Rng rng(19);
        IntResidual r = IntResidual::matMul(size, true);
        const int length = size.wSize();
        int ties = 0;
        for (int move = 0; move < 8; ++move) {
            for (int trial = 0; trial < 4; ++trial) {
                const Action sampled = randomMove(rng, size);
                const auto fast = Gf2Completion::make(r, sampled.u, sampled.v);
                QVERIFY(fast.has_value());
                std::uint64_t expected = 0;
                long long best = std::numeric_limits<long long>::max();
                int atBest = 0;
                for (std::uint64_t w = 1; w < (std::uint64_t{1} << length); ++w) {
                    const long long s = fast->score(w);
                    if (s < best) best = s, expected = w, atBest = 0;
                    atBest += s == best ? 1 : 0;
                }
                ties += atBest > 1 ? 1 : 0;
                QCOMPARE(fast->bestW(), expected);
            }
            r.subtract(randomMove(rng, size));
        }
        QVERIFY(ties > 0);  // the tie-break was exercised, not only unique minima
    }

    // Any list of w is scored w by w, in its own order.
    void aPartialListOfWIsScoredInItsOrder() {
        Rng rng(5);
        const TensorSize size{3, 3, 3};
        IntResidual r = IntResidual::matMul(size, true);
        r.subtract(randomMove(rng, size));
        auto ws = factorVectors(9, CoefficientSet::Mod2, false);
        std::reverse(ws.begin(), ws.end());
        ws.resize(300);
        const Action sampled = randomMove(rng, size);
        long long best = std::numeric_limits<long long>::max();
        std::vector<int> expected;
        for (const auto& w : ws) {
            const long long s = completionScoreBySubtracting(r, {sampled.u, sampled.v, w});
            if (s < best) best = s, expected = w;
        }
        const auto got = bestCompletion(r, sampled, ws);
        QVERIFY(got.has_value());
        QCOMPARE(got->w, expected);
    }

    void integerResidualsAreScoredBySubtracting() {
        const IntResidual overZ = IntResidual::matMul({2, 2, 2}, false);
        QVERIFY(!Gf2Completion::make(overZ, {1, 0, 0, 0}, {1, 0, 0, 0}).has_value());
        const auto ws = factorVectors(4, CoefficientSet::Ternary, false);
        const auto got = bestCompletion(overZ, {{1, 0, 0, 0}, {1, 0, 0, 0}, {}}, ws);
        QVERIFY(got.has_value());
        // No w scores lower than the one chosen (among them the unit move that removes
        // a11 b11's only entry).
        IntResidual r = overZ;
        const long long chosen = completionScoreBySubtracting(r, *got);
        for (const auto& w : ws)
            QVERIFY(chosen <= completionScoreBySubtracting(r, {got->u, got->v, w}));
        QVERIFY(std::find(ws.begin(), ws.end(), got->w) != ws.end());
    }
};

QTEST_APPLESS_MAIN(TestCompletionScore)
#include "tst_completionscore.moc"
