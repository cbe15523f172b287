// The models shipped in resources/models (installed as a whole folder by packaging/CMakeLists.txt):
// each is a valid model file named after the game it plays, so that the agent's lookup
// (findDefaultModel) picks it for exactly that game, and each loads as that game's evaluator.
#include <QDir>
#include <QFileInfo>
#include <QtTest>
#include <set>

#include "core/nn/DefaultModels.h"
#include "core/nn/ModelFile.h"

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
