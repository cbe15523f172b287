// The network behind the Evaluator interface, and model files: shapes, determinism by seed,
// priors, legality of the sampled moves, save/load round trips and clear errors for bad files.
#include <sys/resource.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cstring>
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

std::string joinModel(const std::string& header, const std::string& data) {
    const std::uint64_t n = header.size();
    std::string out(8, '\0');
    std::memcpy(out.data(), &n, 8);
    return out + header + data;
}

// The process's peak resident memory so far.
long peakKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void expectError(const std::string& path, const char* what) {
    try {
        (void)loadEvaluator(path);
        QFAIL(("no error for " + path).c_str());
    } catch (const ModelFileError& e) {
        const std::string message = e.what();
        QVERIFY2(message.find(path) != std::string::npos, message.c_str());
        QVERIFY2(message.find(what) != std::string::npos, (message + " / " + what).c_str());
    }
    // readModelInfo reads the header alone; it refuses what loading refuses there.
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
    void scoresMovesAsItSamplesThem() {
        // probabilities() (the mixture correction's pi) agrees with the probability evaluate()
        // reports for what it sampled: mod 2 a move has one spelling, so they are equal; over Z
        // a move's probability sums its sign spellings, so it is at least the sampled ones'.
        // Mod 2 the probabilities of all 3375 moves of 2x2x2 sum to at most 1.
        for (auto set : {CoefficientSet::Mod2, CoefficientSet::Ternary}) {
            const TensorSize size{2, 2, 2};
            auto evaluator = NetworkEvaluator::untrained(NetworkConfig::forSize(size, set), 4);
            const auto obs = observations(size, set);
            const auto e = evaluator->evaluate(std::span(obs).first(1), 24, 7);
            std::vector<search::Action> moves;
            for (const auto& c : e.front().candidates) moves.push_back(c.action);
            const auto pi = evaluator->probabilities(obs.front(), moves);
            QCOMPARE(pi.size(), moves.size());
            for (std::size_t i = 0; i < moves.size(); ++i) {
                const double sampled = e.front().candidates[i].probability;
                if (set == CoefficientSet::Mod2)
                    QVERIFY2(qAbs(pi[i] - sampled) <= 1e-5 * sampled,
                             qPrintable(QString("%1 vs %2").arg(pi[i]).arg(sampled)));
                else
                    QVERIFY(pi[i] >= sampled * (1 - 1e-5));
            }
            if (set != CoefficientSet::Mod2) continue;
            std::vector<search::Action> all;
            for (int u = 1; u < 16; ++u)
                for (int v = 1; v < 16; ++v)
                    for (int w = 1; w < 16; ++w) {
                        auto bits = [](int x) {
                            return std::vector<int>{x & 1, (x >> 1) & 1, (x >> 2) & 1,
                                                    (x >> 3) & 1};
                        };
                        all.push_back({bits(u), bits(v), bits(w)});
                    }
            double total = 0;
            for (double p : evaluator->probabilities(obs.front(), all)) total += p;
            QVERIFY2(total > 0 && total <= 1.0 + 1e-4, qPrintable(QString::number(total)));
        }
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
        params.out = (dir.path() + "/model.tgm").toStdString();
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
        const auto again = (dir.path() + "/untrained.tgm").toStdString();
        saveUntrainedModel(again, params.network, 17);
        QCOMPARE(loadNetworkEvaluator(again)->flatParameters(),
                 NetworkEvaluator::untrained(params.network, 17)->flatParameters());
        QVERIFY(
            sameEvaluations(loadNetworkEvaluator(again)->evaluate(obs, 16, 5),
                            NetworkEvaluator::untrained(params.network, 17)->evaluate(obs, 16, 5)));
        // An untrained model says so in its record, written or in memory.
        const ModelInfo untrained = readModelInfo(again);
        QCOMPARE(untrained.recipe, std::string("untrained"));
        QCOMPARE(untrained.steps, 0LL);
        QCOMPARE(untrained.seed, std::uint64_t{17});
        QVERIFY(untrained.network == params.network);
        QCOMPARE(NetworkEvaluator::untrained(params.network, 17)->info().recipe, untrained.recipe);
    }
    // Every architecture's parameters go through a file unchanged, and evaluate the same.
    void architecturesRoundTrip() {
        QTemporaryDir dir;
        auto noLayers = NetworkConfig::tiny({2, 3, 2}, CoefficientSet::Ternary);
        noLayers.layers = 0;
        auto chunked = NetworkConfig::tiny({3, 2, 2}, CoefficientSet::Quinary);
        chunked.chunk = 3;
        chunked.layers = 3;
        int i = 0;
        for (const auto& config :
             {NetworkConfig::forSize({2, 2, 2}, CoefficientSet::Mod2),
              NetworkConfig::forSize({3, 3, 3}, CoefficientSet::Ternary), noLayers, chunked}) {
            const auto path = (dir.path() + QString("/arch%1.tgm").arg(++i)).toStdString();
            saveUntrainedModel(path, config, 40 + static_cast<std::uint64_t>(i));
            const auto loaded = loadNetworkEvaluator(path);
            const auto fresh =
                NetworkEvaluator::untrained(config, 40 + static_cast<std::uint64_t>(i));
            QVERIFY(loaded->info().network == config);
            QCOMPARE(loaded->flatParameters(), fresh->flatParameters());
            const auto obs = observations(config.size, config.coefficients);
            QVERIFY(sameEvaluations(loaded->evaluate(obs, 8, 3), fresh->evaluate(obs, 8, 3)));
        }
    }
    void badModelFilesFailClearly() {
        QTemporaryDir dir;
        expectError((dir.path() + "/missing.tgm").toStdString(), "no such file");
        const QString garbage = dir.path() + "/garbage.tgm";
        writeBytes(garbage, "this is not a model\n");
        expectError(garbage.toStdString(), "not a model file");

        const QString good = dir.path() + "/good.tgm";
        saveUntrainedModel(good.toStdString(), NetworkConfig::tiny({2, 2, 2}, CoefficientSet::Mod2),
                           3);
        const std::string bytes = readBytes(good);
        const QString truncated = dir.path() + "/truncated.tgm";
        writeBytes(truncated, bytes.substr(0, bytes.size() / 2));
        expectError(truncated.toStdString(), "bytes");

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
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)ModelInfo::fromMetadata({}));
        auto info = readModelInfo(good.toStdString());
        info.formatVersion = 99;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 (void)ModelInfo::fromMetadata(info.toMetadata()));
        info.formatVersion = ModelInfo::kFormatVersion;
        QCOMPARE(ModelInfo::fromMetadata(info.toMetadata()).network, info.network);
    }

    // Hostile files: refused with a message naming the file and the problem, before anything
    // large is allocated (the process's peak memory stays put), without running anything.
    void hostileModelFilesAreRefused() {
        QTemporaryDir dir;
        const QString good = dir.path() + "/good.tgm";
        const auto tiny = NetworkConfig::tiny({2, 2, 2}, CoefficientSet::Mod2);
        saveUntrainedModel(good.toStdString(), tiny, 3);
        const std::string bytes = readBytes(good);
        std::uint64_t n = 0;
        std::memcpy(&n, bytes.data(), 8);
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromStdString(bytes.substr(8, n))).object();
        const std::string data = bytes.substr(8 + n);
        QVERIFY(header.contains("__metadata__"));
        QVERIFY(header.contains("in_u.weight"));
        QVERIFY(!header.contains("optimizer/in_u.weight/step"));  // an untrained model

        const long peakBefore = peakKiB();
        int count = 0;
        auto refuse = [&](const std::string& content, const char* what) {
            const QString path = dir.path() + QString("/hostile-%1.tgm").arg(++count);
            writeBytes(path, content);
            expectError(path.toStdString(), what);
        };
        auto withHeader = [&](const QJsonObject& h, const std::string& d) {
            return joinModel(QJsonDocument(h).toJson(QJsonDocument::Compact).toStdString(), d);
        };
        auto changed = [&](const QString& tensor, const QString& field, const QJsonValue& v) {
            QJsonObject h = header;
            QJsonObject t = h.value(tensor).toObject();
            t.insert(field, v);
            h.insert(tensor, t);
            return withHeader(h, data);
        };
        auto withMetadata = [&](const QString& key, const QString& value) {
            QJsonObject h = header;
            QJsonObject m = h.value("__metadata__").toObject();
            m.insert(key, value);
            h.insert("__metadata__", m);
            return withHeader(h, data);
        };

        // The re-encoded good file still loads (the helpers write what the reader accepts).
        const QString same = dir.path() + "/same.tgm";
        writeBytes(same, withHeader(header, data));
        QCOMPARE(loadNetworkEvaluator(same.toStdString())->flatParameters(),
                 loadNetworkEvaluator(good.toStdString())->flatParameters());

        // The header length: truncated, 2^63, longer than the file.
        refuse(bytes.substr(0, 5), "shorter than the 8-byte header length");
        refuse(bytes.substr(0, 8 + n / 2), "but the file has");
        std::string huge(8, '\0');
        huge[7] = '\x80';
        refuse(huge + bytes.substr(8), "above the limit");
        std::string longer = bytes.substr(0, 8 + 100);
        const std::uint64_t thousand = 1000;
        std::memcpy(longer.data(), &thousand, 8);
        refuse(longer, "but the file has");
        // JSON nested 100,000 deep (checked before parsing), and JSON that is no object.
        refuse(joinModel(std::string(100000, '[') + std::string(100000, ']'), ""),
               "nested deeper than 8");
        refuse(joinModel("{\"a\": [[[[[[[[[1]]]]]]]]]}", ""), "nested deeper than 8");
        refuse(joinModel("[1, 2]", ""), "not a JSON object");
        refuse(joinModel("{\"a\": \"\xff\xfe\"}", ""), "not a JSON object");
        // Tensors: an unknown dtype, a shape the architecture does not have, overlapping
        // offsets, offsets past the end, a tensor too many, a tensor missing.
        refuse(changed("in_u.weight", "dtype", "Q7"), "has dtype \"Q7\", not F32");
        refuse(changed("in_u.weight", "dtype", "F64"), "has dtype \"F64\", not F32");
        refuse(changed("in_u.weight", "shape", QJsonArray{17, 64}),
               "has shape [17, 64], the metadata's architecture needs [16, 64]");
        refuse(changed("in_u.weight", "shape", QJsonArray{16, 64, 1, 1, 1, 1, 1, 1, 1}),
               "not {dtype, shape, data_offsets}");
        {
            // Two tensors of the same size made to share their bytes.
            const auto a = header.value("value1.weight").toObject().value("data_offsets");
            refuse(changed("key_proj.weight", "data_offsets", a), "overlapping");
            const auto total = static_cast<double>(data.size());
            const auto size = 4.0 * tiny.width;
            refuse(changed("in_u.bias", "data_offsets", QJsonArray{total, total + size}),
                   "past the end of the file");
            refuse(changed("in_u.bias", "data_offsets", QJsonArray{0, 1}),
                   "do not hold its 64 bytes");
            refuse(withHeader(header, data + std::string(4, '\0')), "after its header");
        }
        {
            QJsonObject h = header;
            h.insert("extra", header.value("in_u.bias"));
            refuse(withHeader(h, data), "tensor 'extra' is not a parameter");
            h = header;
            h.remove("out2.bias");
            refuse(withHeader(h, data), "parameter out2.bias missing");
            h = header;
            QJsonObject step{
                {"dtype", "I64"}, {"shape", QJsonArray{}}, {"data_offsets", QJsonArray{0, 8}}};
            h.insert("optimizer/in_u.bias/step", step);
            refuse(withHeader(h, data), "optimizer state of in_u.bias incomplete");
        }
        // Metadata: an architecture out of bounds is refused before anything is built, however
        // it is dressed; so is one within the bounds that the file's tensors do not match.
        refuse(withMetadata("width", "1000000000"), "width must be 4..1024");
        refuse(withMetadata("width", "1e9"), "not a whole number");
        refuse(withMetadata("layers", "-1"), "not a whole number");
        refuse(withMetadata("size", "7,7,7"), "not supported");
        refuse(withMetadata("size", "99,99,99"), "not n,m,p");
        refuse(withMetadata("feed_forward", "99999999999999999999"), "not a whole number");
        {
            QJsonObject h = header;
            QJsonObject m = h.value("__metadata__").toObject();
            m.insert("width", "1024");
            m.insert("heads", "4");
            m.insert("layers", "16");
            m.insert("feed_forward", "8192");
            h.insert("__metadata__", m);
            refuse(withHeader(h, data), "above the limit");
            m.insert("layers", "2");
            m.insert("feed_forward", "128");
            h.insert("__metadata__", m);
            refuse(withHeader(h, data), "the metadata's architecture needs");
        }
        refuse(withMetadata("format", "pickle"), "not a TensorGame model");
        refuse(withMetadata("version", "2"), "model format version 2");
        {
            QJsonObject h = header;
            QJsonObject m = h.value("__metadata__").toObject();
            m.insert("steps", 5);
            h.insert("__metadata__", m);
            refuse(withHeader(h, data), "is not a string");
            h = header;
            h.remove("__metadata__");
            refuse(withHeader(h, data), "no \"__metadata__\"");
            m = header.value("__metadata__").toObject();
            for (int i = 0; i < 80; ++i) m.insert(QString("k%1").arg(i), "v");
            h.insert("__metadata__", m);
            refuse(withHeader(h, data), "metadata entries");
        }
        // A model in the old format (a zip: LibTorch archive / TorchScript).
        refuse(std::string("PK\x03\x04", 4) + std::string(200, 'x'), "old TorchScript format");
        // Random bytes, in many sizes.
        search::Rng rng(5);
        for (int i = 0; i < 50; ++i) {
            std::string random(static_cast<std::size_t>(rng.below(5000)), '\0');
            for (char& c : random) c = static_cast<char>(rng.below(256));
            refuse(random, "");
        }
        // None of it took memory worth the name (a network of width 10^9, or a 2^63-byte header,
        // would have).
        const long grown = peakKiB() - peakBefore;
        QVERIFY2(grown < 64 * 1024, qPrintable(QString("peak memory grew by %1 KiB").arg(grown)));
    }
    void checkpointsKeepTheOptimizerState() {
        QTemporaryDir dir;
        auto params = TrainerParams::tiny({2, 2, 2}, CoefficientSet::Mod2);
        params.steps = 2;
        params.out = (dir.path() + "/ckpt.tgm").toStdString();
        QVERIFY(runTraining(params).error.empty());
        const std::string bytes = readBytes(QString::fromStdString(params.out));
        std::uint64_t n = 0;
        std::memcpy(&n, bytes.data(), 8);
        QCOMPARE(n % 8, std::uint64_t{0});  // the data starts 8-byte aligned
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromStdString(bytes.substr(8, n))).object();
        const auto meta = header.value("__metadata__").toObject();
        QCOMPARE(meta.value("format").toString(), QString("tensorgame-model"));
        QCOMPARE(meta.value("version").toString(), QString("1"));
        QCOMPARE(meta.value("size").toString(), QString("2,2,2"));
        QCOMPARE(meta.value("width").toString(), QString("16"));
        QCOMPARE(meta.value("steps").toString(), QString("2"));
        const auto step = header.value("optimizer/in_u.weight/step").toObject();
        QCOMPARE(step.value("dtype").toString(), QString("I64"));
        QCOMPARE(step.value("shape").toArray(), QJsonArray());
        QCOMPARE(header.value("optimizer/in_u.weight/exp_avg").toObject().value("shape").toArray(),
                 header.value("in_u.weight").toObject().value("shape").toArray());
        QVERIFY(header.contains("optimizer/cell.bias_hh/exp_avg_sq"));
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
