// The network behind the Evaluator interface, and model files: shapes, determinism by seed,
// priors, legality of the sampled moves, save/load round trips and clear errors for bad files.
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <set>

#include "core/catalog/Catalog.h"
#include "core/nn/ActionCodec.h"
#include "core/nn/ModelFile.h"
#include "core/nn/NetworkEvaluator.h"
#include "core/nn/SyntheticDemos.h"
#include "core/nn/Trainer.h"

using namespace tg;
using namespace tg::nn;

Q_DECLARE_METATYPE(tg::CoefficientSet)

namespace {

// The game's start (T<n,m,p>), plus synthetic states with history and a step limit.
std::vector<search::Observation> observations(TensorSize size, CoefficientSet set) {
    std::vector<search::Observation> out;
    search::Observation start;
    start.size = size;
    start.coefficients = set;
    start.residual.assign(static_cast<std::size_t>(size.volume()), 0);
    for (int a = 0; a < size.uSize(); ++a)
        for (int b = 0; b < size.vSize(); ++b)
            for (int c = 0; c < size.wSize(); ++c)
                if (size.isMatMulEntry(a, b, c))
                    start.residual[static_cast<std::size_t>(size.flatIndex(a, b, c))] = 1;
    start.stepLimit = 12;
    out.push_back(start);
    search::Rng rng(9);
    const auto params = SyntheticParams::forSize(size, set);
    for (int i = 0; i < 3; ++i) out.push_back(sampleDemonstration(params, rng).state);
    return out;
}

void checkEvaluation(const std::vector<search::Evaluation>& evals, std::size_t count,
                     TensorSize size, CoefficientSet set, int samples) {
    QCOMPARE(evals.size(), count);
    for (const auto& e : evals) {
        QVERIFY(e.movesLeft >= 0.0);
        QVERIFY(!e.candidates.empty());
        QVERIFY(static_cast<int>(e.candidates.size()) <= samples);
        double sum = 0;
        std::set<std::vector<int>> seen;
        for (std::size_t i = 0; i < e.candidates.size(); ++i) {
            const auto& c = e.candidates[i];
            QCOMPARE(static_cast<int>(c.action.u.size()), size.uSize());
            QCOMPARE(static_cast<int>(c.action.v.size()), size.vSize());
            QCOMPARE(static_cast<int>(c.action.w.size()), size.wSize());
            QVERIFY(withinSet(c.action, set));
            QVERIFY(!hasZeroFactor(c.action));
            QCOMPARE(canonicalAction(c.action, set), c.action);
            QVERIFY(c.prior > 0 && c.prior <= 1);
            QVERIFY(c.probability > 0 && c.probability <= 1);
            if (i > 0) QVERIFY(e.candidates[i - 1].prior >= c.prior);
            // Priors are sample frequencies: multiples of 1/accepted samples.
            sum += c.prior;
            std::vector<int> key = c.action.u;
            key.insert(key.end(), c.action.v.begin(), c.action.v.end());
            key.insert(key.end(), c.action.w.begin(), c.action.w.end());
            QVERIFY(seen.insert(key).second);  // duplicates merged
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
    }
}

bool sameEvaluations(const std::vector<search::Evaluation>& x,
                     const std::vector<search::Evaluation>& y) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i].movesLeft != y[i].movesLeft || x[i].candidates.size() != y[i].candidates.size())
            return false;
        for (std::size_t k = 0; k < x[i].candidates.size(); ++k) {
            const auto& a = x[i].candidates[k];
            const auto& b = y[i].candidates[k];
            if (!(a.action == b.action) || a.prior != b.prior || a.probability != b.probability)
                return false;
        }
    }
    return true;
}

void writeBytes(const QString& path, const std::string& bytes) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << bytes;
}

std::string readBytes(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

class TestNetwork : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void evaluatesThroughTheInterface_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<CoefficientSet>("set");
        QTest::newRow("2x2x2 mod2") << 2 << CoefficientSet::Mod2;
        QTest::newRow("2x2x2 ternary") << 2 << CoefficientSet::Ternary;
        QTest::newRow("3x3x3 mod2") << 3 << CoefficientSet::Mod2;
        QTest::newRow("3x3x3 ternary") << 3 << CoefficientSet::Ternary;
        QTest::newRow("3x3x3 quinary") << 3 << CoefficientSet::Quinary;
    }
    void evaluatesThroughTheInterface() {
        QFETCH(int, n);
        QFETCH(CoefficientSet, set);
        const TensorSize size{n, n, n};
        auto evaluator = NetworkEvaluator::untrained(NetworkConfig::forSize(size, set), 4);
        QVERIFY(evaluator->name().find(size.toString()) != std::string::npos);
        const auto obs = observations(size, set);
        const auto a = evaluator->evaluate(obs, 24, 100);
        checkEvaluation(a, obs.size(), size, set, 24);
        // A function of (observations, samples, seed).
        QVERIFY(sameEvaluations(a, evaluator->evaluate(obs, 24, 100)));
        QVERIFY(!sameEvaluations(a, evaluator->evaluate(obs, 24, 101)));
        // No samples: values only.
        const auto valuesOnly = evaluator->evaluate(obs, 0, 100);
        QCOMPARE(valuesOnly.size(), obs.size());
        for (std::size_t i = 0; i < obs.size(); ++i) {
            QVERIFY(valuesOnly[i].candidates.empty());
            QCOMPARE(valuesOnly[i].movesLeft, a[i].movesLeft);
        }
        QVERIFY(evaluator->evaluate({}, 8, 1).empty());
    }
    void refusesObservationsOfAnotherSize() {
        auto evaluator =
            NetworkEvaluator::untrained(NetworkConfig::tiny({2, 2, 2}, CoefficientSet::Mod2), 1);
        const auto other = observations({3, 3, 3}, CoefficientSet::Mod2);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)evaluator->evaluate(other, 4, 1));
        const auto ternary = observations({2, 2, 2}, CoefficientSet::Ternary);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)evaluator->evaluate(ternary, 4, 1));
    }
    void untrainedNetworksDifferBySeed() {
        const auto config = NetworkConfig::tiny({2, 2, 2}, CoefficientSet::Mod2);
        const auto x = NetworkEvaluator::untrained(config, 1)->flatParameters();
        QCOMPARE(x, NetworkEvaluator::untrained(config, 1)->flatParameters());
        QVERIFY(x != NetworkEvaluator::untrained(config, 2)->flatParameters());
    }
    void modelFilesRoundTrip() {
        QTemporaryDir dir;
        const TensorSize size{2, 2, 2};
        auto params = TrainerParams::tiny(size, CoefficientSet::Ternary);
        params.steps = 3;
        params.seed = 17;
        params.recipe = "tst_network round trip";
        params.out = (dir.path() + "/model.pt").toStdString();
        const auto r = runTraining(params);
        QVERIFY2(r.error.empty(), r.error.c_str());
        QCOMPARE(r.out, params.out);

        const auto info = readModelInfo(params.out);
        QCOMPARE(info.formatVersion, ModelInfo::kFormatVersion);
        QVERIFY(info.network == params.network);
        QCOMPARE(info.steps, 3LL);
        QCOMPARE(info.examples, 3LL * params.batchSize);
        QCOMPARE(info.seed, std::uint64_t{17});
        QCOMPARE(info.recipe, params.recipe);

        auto first = loadNetworkEvaluator(params.out);
        auto second = loadEvaluator(params.out, size, CoefficientSet::Ternary);
        QCOMPARE(first->name(), std::string("net 2x2x2 -1..1, 3 steps"));
        QCOMPARE(second->name(), first->name());
        const auto obs = observations(size, CoefficientSet::Ternary);
        const auto a = first->evaluate(obs, 16, 5);
        QVERIFY(sameEvaluations(a, second->evaluate(obs, 16, 5)));
        // Training changed the parameters: the loaded model is not the untrained one.
        QVERIFY(first->flatParameters() !=
                NetworkEvaluator::untrained(params.network, 17)->flatParameters());
        // Saving what was loaded keeps it.
        const auto again = (dir.path() + "/untrained.pt").toStdString();
        saveUntrainedModel(again, params.network, 17);
        QCOMPARE(loadNetworkEvaluator(again)->flatParameters(),
                 NetworkEvaluator::untrained(params.network, 17)->flatParameters());
    }
    void badModelFilesFailClearly() {
        QTemporaryDir dir;
        auto expectError = [](const std::string& path, const char* what) {
            try {
                (void)loadEvaluator(path);
                QFAIL("no error");
            } catch (const ModelFileError& e) {
                const std::string message = e.what();
                QVERIFY2(message.find(path) != std::string::npos, message.c_str());
                QVERIFY2(message.find(what) != std::string::npos, message.c_str());
            }
        };
        expectError((dir.path() + "/missing.pt").toStdString(), "no such file");
        const QString garbage = dir.path() + "/garbage.pt";
        writeBytes(garbage, "this is not a model\n");
        expectError(garbage.toStdString(), "not a model file");

        const QString good = dir.path() + "/good.pt";
        saveUntrainedModel(good.toStdString(), NetworkConfig::tiny({2, 2, 2}, CoefficientSet::Mod2),
                           3);
        const std::string bytes = readBytes(good);
        const QString truncated = dir.path() + "/truncated.pt";
        writeBytes(truncated, bytes.substr(0, bytes.size() / 2));
        expectError(truncated.toStdString(), "not a model file");

        // A model of another size is refused where a size is expected.
        try {
            (void)loadEvaluator(good.toStdString(), {3, 3, 3}, CoefficientSet::Mod2);
            QFAIL("no error");
        } catch (const ModelFileError& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("is for 2x2x2 mod2, not 3x3x3 mod2") != std::string::npos,
                     message.c_str());
        }
        // The metadata alone is checked too.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)ModelInfo::fromJson("{}"));
        auto info = readModelInfo(good.toStdString());
        info.formatVersion = 99;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)ModelInfo::fromJson(info.toJson()));
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
