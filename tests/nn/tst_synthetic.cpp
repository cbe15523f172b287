// The network's data side without LibTorch: the action codec, synthetic demonstrations (checked
// exactly with ExactTensor) and change-of-basis augmentation, on real schemes and random games.
#include <QtTest>
#include <algorithm>

#include "core/catalog/Catalog.h"
#include "core/nn/ActionCodec.h"
#include "core/nn/InputFeatures.h"
#include "core/nn/SyntheticDemos.h"
#include "core/tensor/ExactTensor.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::nn;

Q_DECLARE_METATYPE(tg::CoefficientSet)

namespace {

std::vector<search::Action> actionsOf(const Scheme& s) {
    std::vector<search::Action> out;
    for (const auto& t : s.terms) out.push_back(search::actionOf(t));
    return out;
}

Field fieldOfSet(CoefficientSet set) {
    return set == CoefficientSet::Mod2 ? Field::Z2 : Field::Z;
}

// The dense residual as an exact tensor.
ExactTensor exactOf(TensorSize size, CoefficientSet set, const std::vector<int>& dense) {
    ExactTensor t(size, fieldOfSet(set));
    // Add unit terms e_a (x) e_b (x) (x * e_c) entry by entry: exact, and independent of the
    // code under test.
    for (int a = 0; a < size.uSize(); ++a)
        for (int b = 0; b < size.vSize(); ++b)
            for (int c = 0; c < size.wSize(); ++c) {
                const int x = dense[static_cast<std::size_t>(size.flatIndex(a, b, c))];
                if (x == 0) continue;
                Term unit{Factor(static_cast<std::size_t>(size.uSize()), 0),
                          Factor(static_cast<std::size_t>(size.vSize()), 0),
                          Factor(static_cast<std::size_t>(size.wSize()), 0)};
                unit.u[static_cast<std::size_t>(a)] = 1;
                unit.v[static_cast<std::size_t>(b)] = 1;
                unit.w[static_cast<std::size_t>(c)] = x;
                t.addTerm(unit);
            }
    return t;
}

// Subtracting the terms from the residual reaches zero exactly.
bool replaysToZero(TensorSize size, CoefficientSet set, const std::vector<int>& residual,
                   const std::vector<search::Action>& terms) {
    ExactTensor t = exactOf(size, set, residual);
    for (const auto& a : terms) t.addTerm(termOf(a), -1);
    return t.isZero();
}

bool contains(const std::vector<search::Action>& terms, const search::Action& a) {
    return std::find(terms.begin(), terms.end(), a) != terms.end();
}

}  // namespace

class TestSynthetic : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void codecRoundTrips_data() {
        QTest::addColumn<CoefficientSet>("set");
        QTest::newRow("mod2") << CoefficientSet::Mod2;
        QTest::newRow("ternary") << CoefficientSet::Ternary;
        QTest::newRow("quinary") << CoefficientSet::Quinary;
    }
    void codecRoundTrips() {
        QFETCH(CoefficientSet, set);
        for (const TensorSize size :
             {TensorSize{2, 2, 2}, TensorSize{3, 3, 3}, TensorSize{2, 3, 4}}) {
            const ActionCodec codec(size, set);
            QCOMPARE(codec.length(), size.uSize() + size.vSize() + size.wSize());
            QVERIFY(codec.vocabulary() <= 256);
            search::Rng rng(11);
            auto params = SyntheticParams::forSize(size, set);
            for (int i = 0; i < 200; ++i) {
                const auto a = randomTerm(params, rng);
                const auto tokens = codec.encode(a);
                QCOMPARE(static_cast<int>(tokens.size()), codec.steps());
                for (int s = 0; s < codec.steps(); ++s)
                    QVERIFY(codec.isValid(s, tokens[static_cast<std::size_t>(s)]));
                QCOMPARE(codec.decode(tokens), a);
            }
        }
        // A coefficient outside the set is refused.
        const ActionCodec codec({2, 2, 2}, set);
        search::Action bad{{3, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}};
        if (set != CoefficientSet::Mod2)
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)codec.encode(bad));
    }
    void lastTokenPaddingIsMasked() {
        // 2x2x2 mod 2: 12 coefficients in chunks of 8 -> the second token has 4 padding digits.
        const ActionCodec codec({2, 2, 2}, CoefficientSet::Mod2);
        QCOMPARE(codec.steps(), 2);
        int valid = 0;
        for (int t = 0; t < codec.vocabulary(); ++t) valid += codec.isValid(1, t) ? 1 : 0;
        QCOMPARE(valid, 16);
        QVERIFY(codec.isValid(0, 255));
    }
    void canonicalFormSpellsTheSameMove() {
        search::Action a{{0, -1, 1, 0}, {-1, 0, 0, 1}, {1, 1, 0, -1}};
        const auto c = canonicalAction(a, CoefficientSet::Ternary);
        QCOMPARE(c.u, (std::vector<int>{0, 1, -1, 0}));
        QCOMPARE(c.v, (std::vector<int>{1, 0, 0, -1}));
        QCOMPARE(c.w, a.w);  // two sign flips cancel on w
        const std::vector<search::Action> one{a}, other{c};
        QCOMPARE(sumOfTerms({2, 2, 2}, CoefficientSet::Ternary, one),
                 sumOfTerms({2, 2, 2}, CoefficientSet::Ternary, other));
    }
    void strassenDemonstrationsReplayToZero_data() {
        QTest::addColumn<CoefficientSet>("set");
        QTest::newRow("mod2") << CoefficientSet::Mod2;
        QTest::newRow("ternary") << CoefficientSet::Ternary;
    }
    void strassenDemonstrationsReplayToZero() {
        QFETCH(CoefficientSet, set);
        auto terms = actionsOf(*builtinScheme("strassen"));
        for (auto& t : terms) t = canonicalAction(t, set);
        const TensorSize size{2, 2, 2};
        const auto demos = demonstrationsOf(size, set, terms);
        QCOMPARE(demos.size(), std::size_t{7});
        // The first state is T<2,2,2> itself.
        QVERIFY(exactOf(size, set, demos[0].state.residual) ==
                ExactTensor::matMul(size, fieldOfSet(set)));
        for (std::size_t k = 0; k < demos.size(); ++k) {
            const auto& d = demos[k];
            QCOMPARE(d.movesLeft, 7.0 - static_cast<double>(k));
            QCOMPARE(d.state.step, static_cast<int>(k));
            QCOMPARE(d.action, terms[k]);
            QCOMPARE(static_cast<int>(d.state.history.size()),
                     std::min<int>(static_cast<int>(k), search::Observation::kHistory));
            const std::vector<search::Action> rest(terms.begin() + static_cast<long>(k),
                                                   terms.end());
            QVERIFY(replaysToZero(size, set, d.state.residual, rest));
        }
    }
    void randomDemonstrationsAreExact_data() {
        QTest::addColumn<CoefficientSet>("set");
        QTest::addColumn<int>("n");
        QTest::newRow("mod2 2x2x2") << CoefficientSet::Mod2 << 2;
        QTest::newRow("ternary 2x2x2") << CoefficientSet::Ternary << 2;
        QTest::newRow("mod2 3x3x3") << CoefficientSet::Mod2 << 3;
        QTest::newRow("ternary 3x3x3") << CoefficientSet::Ternary << 3;
        QTest::newRow("quinary 3x3x3") << CoefficientSet::Quinary << 3;
    }
    void randomDemonstrationsAreExact() {
        QFETCH(CoefficientSet, set);
        QFETCH(int, n);
        const TensorSize size{n, n, n};
        const auto params = SyntheticParams::forSize(size, set);
        search::Rng rng(3);
        int ranks = 0;
        for (int game = 0; game < 30; ++game) {
            const auto terms = randomGame(params, rng);
            QVERIFY(!terms.empty());
            QVERIFY(static_cast<int>(terms.size()) <= params.maxRank);
            ranks = std::max(ranks, static_cast<int>(terms.size()));
            for (const auto& t : terms) {
                QVERIFY(!hasZeroFactor(t));
                QVERIFY(withinSet(t, set));
                QCOMPARE(canonicalAction(t, set), t);
            }
            // Move-order augmentation: the action is one of the remaining terms.
            const auto demos = demonstrationsOf(size, set, terms, &rng);
            for (const auto& d : demos) {
                const auto k = static_cast<std::size_t>(d.state.step);
                const std::vector<search::Action> rest(terms.begin() + static_cast<long>(k),
                                                       terms.end());
                QVERIFY(contains(rest, d.action));
                QCOMPARE(d.movesLeft, static_cast<double>(rest.size()));
                QVERIFY(replaysToZero(size, set, d.state.residual, rest));
            }
            // One sampled demonstration: its state minus `movesLeft` terms, one of them the
            // action, is zero; checked through the action alone here (the rest is above).
            const auto d = sampleDemonstration(params, rng);
            QVERIFY(d.movesLeft >= 1);
            QVERIFY(std::any_of(d.state.residual.begin(), d.state.residual.end(),
                                [](int x) { return x != 0; }));
            QVERIFY(withinSet(d.action, set));
        }
        QVERIFY(ranks > 1);
    }
    void basisChangeKeepsTheDecomposition_data() {
        QTest::addColumn<CoefficientSet>("set");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("strassen mod2") << CoefficientSet::Mod2 << "strassen";
        QTest::newRow("strassen ternary") << CoefficientSet::Ternary << "strassen";
        QTest::newRow("laderman mod2") << CoefficientSet::Mod2 << "laderman";
        QTest::newRow("laderman quinary") << CoefficientSet::Quinary << "laderman";
    }
    void basisChangeKeepsTheDecomposition() {
        QFETCH(CoefficientSet, set);
        QFETCH(QString, scheme);
        const Scheme s = *builtinScheme(scheme.toStdString());
        auto terms = actionsOf(s);
        if (set == CoefficientSet::Mod2)
            for (auto& t : terms) t = canonicalAction(t, set);
        const auto target = sumOfTerms(s.size, set, terms);
        QVERIFY(exactOf(s.size, set, target) == ExactTensor::matMul(s.size, fieldOfSet(set)));
        search::Rng rng(5);
        int changed = 0;
        for (int i = 0; i < 20; ++i) {
            const auto b = randomBasisChange(s.size, set, rng);
            const auto moved = applyBasisChange(b, target, set);
            std::vector<search::Action> movedTerms;
            for (const auto& t : terms) movedTerms.push_back(applyBasisChange(b, t, set));
            // The transformed terms sum to the transformed tensor, and still number R.
            QVERIFY(replaysToZero(s.size, set, moved, movedTerms));
            QCOMPARE(movedTerms.size(), terms.size());
            // A basis change is invertible: no term becomes zero.
            for (const auto& t : movedTerms) QVERIFY(!hasZeroFactor(t));
            if (!(moved == target)) ++changed;
        }
        QVERIFY(changed > 0);  // not the identity every time
    }

    // The trainer draws its synthetic lessons with sampleDemonstration(SyntheticParams::forSize)
    // (TrainerParams::forSize): every input the search can feed the network must vary among
    // them, or its weights are never trained (the step limit inputs were once constant).
    void everyInputFeatureVariesInTrainingBatches_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<CoefficientSet>("set");
        QTest::newRow("2x2x2 mod2") << 2 << CoefficientSet::Mod2;
        QTest::newRow("2x2x2 -1..1") << 2 << CoefficientSet::Ternary;
        QTest::newRow("3x3x3 mod2") << 3 << CoefficientSet::Mod2;
    }
    void everyInputFeatureVariesInTrainingBatches() {
        QFETCH(int, n);
        QFETCH(CoefficientSet, set);
        const TensorSize size{n, n, n};
        const auto params = SyntheticParams::forSize(size, set);
        const ActionCodec codec(size, set);
        search::Rng rng(17);
        std::vector<search::Observation> states;
        for (int i = 0; i < 2048; ++i) states.push_back(sampleDemonstration(params, rng).state);
        const InputFeatures f = encodeInputs(codec, states);
        auto varies = [&](const std::vector<float>& x, std::size_t width, std::size_t j) {
            float lo = x[j], hi = x[j];
            for (std::size_t i = 0; i < states.size(); ++i) {
                lo = std::min(lo, x[i * width + j]);
                hi = std::max(hi, x[i * width + j]);
            }
            return lo < hi;
        };
        for (std::size_t j = 0; j < kInputScalars; ++j)
            QVERIFY2(varies(f.scalars, kInputScalars, j), qPrintable(QString("scalar %1").arg(j)));
        // Grid: mod 2 residuals hold only 0 and 1; over Z every clamped value occurs.
        const auto gridWidth = static_cast<std::size_t>(size.volume()) * kInputChannels;
        for (std::size_t j = 0; j < gridWidth; ++j) {
            const int channel = static_cast<int>(j % kInputChannels);
            if (set == CoefficientSet::Mod2 && channel != inputChannelOf(1, set)) {
                QVERIFY(!varies(f.grid, gridWidth, j));
                continue;
            }
            QVERIFY2(varies(f.grid, gridWidth, j), qPrintable(QString("grid %1").arg(j)));
        }
        // History: every digit at every position, and the "present" flags. Moves are canonical
        // (over Z the first entries of u and v are never negative), as the search plays them.
        const auto width = static_cast<std::size_t>(historyWidth(codec));
        const auto historyWidthAll = width * search::Observation::kHistory;
        const auto base = static_cast<std::size_t>(codec.base());
        const auto vStart = static_cast<std::size_t>(size.uSize());
        for (std::size_t j = 0; j < historyWidthAll; ++j) {
            const std::size_t inSlot = j % width;
            const std::size_t position = inSlot / base, digit = inSlot % base;
            const bool canonicalSign = set != CoefficientSet::Mod2 && inSlot + 1 < width &&
                                       (position == 0 || position == vStart) &&
                                       static_cast<int>(digit) == codec.digitOf(-1);
            if (canonicalSign) {
                QVERIFY(!varies(f.history, historyWidthAll, j));
                continue;
            }
            QVERIFY2(varies(f.history, historyWidthAll, j),
                     qPrintable(QString("history %1").arg(j)));
        }
        // The limit is what the search would set: none, or at least the moves the game needs.
        for (int i = 0; i < 200; ++i) {
            const auto d = sampleDemonstration(params, rng);
            QVERIFY(d.state.stepLimit == 0 || d.state.stepLimit - d.state.step >= d.movesLeft);
        }
    }
};

QTEST_GUILESS_MAIN(TestSynthetic)
#include "tst_synthetic.moc"
