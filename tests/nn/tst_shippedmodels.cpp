// The models shipped in resources/models (installed as a whole folder by packaging/CMakeLists.txt):
// each is a valid model file named after the game it plays, so that the agent's lookup
// (findDefaultModel) picks it for exactly that game, and each loads as that game's evaluator.
#include <QDir>
#include <QFileInfo>
#include <QtTest>
#include <set>
#include <thread>

#include "core/nn/DefaultModels.h"
#include "core/nn/EvaluatorChoice.h"
#include "core/nn/ModelFile.h"
#include "core/nn/NetworkEvaluator.h"
#include "core/search/IntResidual.h"
#include "core/search/Rng.h"

using namespace tg;
using namespace tg::nn;

class TestShippedModels : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyModelIsNamedAfterItsGameAndLoads() {
        const QDir dir(QStringLiteral(TG_MODELS_DIR));
        const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.tgm")}, QDir::Files);
        std::set<std::string> names;
        for (const QFileInfo& file : files) {
            const std::string path = file.absoluteFilePath().toStdString();
            const ModelInfo info = readModelInfo(path);
            const NetworkConfig& net = info.network;
            QCOMPARE(file.fileName().toStdString(),
                     defaultModelFileName(net.size, net.coefficients));
            QVERIFY2(!info.recipe.empty(), qPrintable(file.fileName()));  // docs/models.md
            QVERIFY(info.steps > 0);
            QVERIFY(loadEvaluator(path, net.size, net.coefficients) != nullptr);
            names.insert(file.fileName().toStdString());
        }
        // The games the README's agent table measures with a network.
        for (const char* name :
             {"agent-2x2x2-mod2.tgm", "agent-2x2x2-ternary.tgm", "agent-2x2x3-mod2.tgm",
              "agent-2x3x3-mod2.tgm", "agent-3x3x3-mod2.tgm"})
            QVERIFY2(names.count(name) == 1, name);
    }

    // The search runs InferenceNet (Eigen), training the LibTorch module it is copied from: on
    // every shipped model and on states of its own game, both passes give the same moves left
    // and the same probability of each move the search draws. The probability evaluate()
    // reports with a drawn move is its decoding's, so that also checks that rows sharing a
    // prefix decode from the right state.
    void theSearchsForwardPassIsTheTrainedNetworks() {
        using Pass = NetworkEvaluator::ForwardPass;
        const QDir dir(QStringLiteral(TG_MODELS_DIR));
        for (const QFileInfo& file : dir.entryInfoList({QStringLiteral("*.tgm")}, QDir::Files)) {
            const auto evaluator = loadNetworkEvaluator(file.absoluteFilePath().toStdString());
            const NetworkConfig& net = evaluator->info().network;
            const bool mod2 = net.coefficients == CoefficientSet::Mod2;
            search::Rng rng(11);
            search::IntResidual residual = search::IntResidual::matMul(net.size, mod2);
            std::vector<search::Action> played;
            for (int step = 0; step < 4; ++step) {
                const search::Observation state{net.size,
                                                net.coefficients,
                                                residual.data(),
                                                step,
                                                static_cast<int>(net.size.volume()),
                                                played};
                const auto drawn = evaluator->evaluate({&state, 1}, 48, rng.next()).front();
                QVERIFY(!drawn.candidates.empty());
                std::vector<search::Action> moves;
                for (const auto& c : drawn.candidates) moves.push_back(c.action);
                const auto fast = evaluator->outputs(state, moves, Pass::Inference);
                const auto torch = evaluator->outputs(state, moves, Pass::LibTorch);
                QVERIFY2(std::abs(fast.movesLeft - torch.movesLeft) < 1e-4,
                         qPrintable(file.fileName()));
                QCOMPARE(drawn.movesLeft, fast.movesLeft);
                for (std::size_t m = 0; m < moves.size(); ++m) {
                    QVERIFY2(std::abs(fast.probabilities[m] - torch.probabilities[m]) < 1e-5,
                             qPrintable(file.fileName()));
                    QVERIFY(std::abs(drawn.candidates[m].probability - torch.probabilities[m]) <
                            1e-5);
                }
                // Play the most likely move: the next state is one the search would reach.
                residual.subtract(moves.front());
                played.push_back(moves.front());
                if (static_cast<int>(played.size()) > search::Observation::kHistory)
                    played.erase(played.begin());
            }
        }
    }

    // The agent's threads share one loaded model (EvaluatorChoice): evaluating on two threads at
    // once gives what each gives alone.
    void threadsShareOneLoadedNetwork() {
        const std::string path = std::string(TG_MODELS_DIR) + "/agent-2x3x3-mod2.tgm";
        const TensorSize size{2, 3, 3};
        std::string error;
        const auto choice = chooseEvaluator(path, size, CoefficientSet::Mod2, {}, &error);
        QVERIFY2(choice.has_value(), error.c_str());
        const search::Observation state{
            size, CoefficientSet::Mod2, search::IntResidual::matMul(size, true).data(), 0, 18, {}};
        constexpr int kCalls = 40;
        const auto play = [&](search::Evaluator& evaluator, std::uint64_t first) {
            std::vector<std::vector<search::Action>> drawn;
            for (int i = 0; i < kCalls; ++i) {
                const auto e = evaluator.evaluate({&state, 1}, 32, first + i).front();
                drawn.emplace_back();
                for (const auto& c : e.candidates) drawn.back().push_back(c.action);
            }
            return drawn;
        };
        const auto first = choice->factory(), second = choice->factory();
        const auto aloneA = play(*first, 0), aloneB = play(*second, 1000);
        std::vector<std::vector<search::Action>> togetherA, togetherB;
        std::thread other([&] { togetherB = play(*second, 1000); });
        togetherA = play(*first, 0);
        other.join();
        QVERIFY(togetherA == aloneA);
        QVERIFY(togetherB == aloneB);
        QVERIFY(aloneA != aloneB);
    }

    void theLookupFindsTheModelOfEachShippedGame() {
        const std::vector<std::string> folders{TG_MODELS_DIR};
        for (const TensorSize size : {TensorSize{2, 2, 3}, TensorSize{2, 3, 3}}) {
            const auto found = findDefaultModel(size, CoefficientSet::Mod2, folders);
            QVERIFY(found.has_value());
            QCOMPARE(readModelInfo(*found).network.size, size);
        }
        // A model serves its size as written: <3,2,2> is another game (another network input
        // shape), for which nothing is shipped.
        QVERIFY(!findDefaultModel({3, 2, 2}, CoefficientSet::Mod2, folders).has_value());
    }
};

QTEST_GUILESS_MAIN(TestShippedModels)
#include "tst_shippedmodels.moc"
