#include <QTemporaryDir>
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/io/FileIO.h"
#include "core/io/LoadError.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"

using namespace tg;

class TestProjectJson : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void schemesRoundTrip_data() {
        QTest::addColumn<QString>("key");
        for (const char* k :
             {"strassen", "laderman", "hopcroft-kerr", "strassen-squared", "naive:3,4,5"})
            QTest::newRow(k) << QString(k);
    }
    void schemesRoundTrip() {
        QFETCH(QString, key);
        const Scheme s = *builtinScheme(key.toStdString());
        const auto parsed = parseProjectJson(schemeToProjectJson(s), "mem");
        const Scheme& back = std::get<Scheme>(parsed);
        QVERIFY(sameTerms(back, s));
        QCOMPARE(back.name, s.name);
        QCOMPARE(back.description, s.description);
        QCOMPARE(back.field, s.field);
        QVERIFY(verify(back, Field::Z).valid);
    }
    void rationalCoefficientsRoundTrip() {
        Scheme s = strassenScheme();
        s.field = Field::Q;
        s.terms[0].u[0] = Rational(1, 8);
        s.terms[1].w[1] = Rational(-3, 2);
        const std::string text = schemeToProjectJson(s);
        QVERIFY(text.find("\"1/8\"") != std::string::npos);
        const Scheme back = std::get<Scheme>(parseProjectJson(text, "mem"));
        QVERIFY(sameTerms(back, s));
        QCOMPARE(back.field, Field::Q);
    }
    void episodesRoundTrip() {
        Episode e = episodeFromScheme(ladermanScheme(), "builtin:laderman");
        e.moves[0].actor = Actor::Person;
        e.moves[1].actor = Actor::Agent;
        e.moves[1].stats = AgentStats{120, 0.25, -6.5, 400, 32};
        e.moves[2].actor = Actor::Search;
        e.stepLimit = 30;
        const auto parsed = parseProjectJson(episodeToProjectJson(e), "mem");
        const Episode& back = std::get<Episode>(parsed);
        QVERIFY(back == e);
    }
    void filesLoadThroughTheSourceResolver() {
        QTemporaryDir dir;
        const std::string schemePath = dir.filePath("laderman.json").toStdString();
        writeFileAtomic(schemePath, schemeToProjectJson(ladermanScheme()));
        const auto loaded = loadSchemes(schemePath);
        QCOMPARE(loaded.size(), std::size_t(1));
        QVERIFY(sameTerms(loaded[0].scheme, ladermanScheme()));
        QVERIFY(!loaded[0].episode.has_value());

        const std::string episodePath = dir.filePath("game.json").toStdString();
        writeFileAtomic(episodePath, episodeToProjectJson(episodeFromScheme(strassenScheme())));
        const auto ep = loadSchemes(episodePath);
        QVERIFY(ep[0].episode.has_value());
        QCOMPARE(ep[0].episode->length(), 7);
        QVERIFY(sameTerms(ep[0].scheme, strassenScheme()));
        // Atomic writes leave no temporary files behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }
    void badInputIsExplained_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const std::string good = schemeToProjectJson(strassenScheme());
        auto replaced = [&](const std::string& from, const std::string& to) {
            std::string s = good;
            s.replace(s.find(from), from.size(), to);
            return QString::fromStdString(s);
        };
        QTest::newRow("not json") << "{\"format\": \"tensorgame-explorer\", "
                                  << "not valid JSON";
        QTest::newRow("version") << replaced("\"version\": 1", "\"version\": 99")
                                 << "version: 99 is not supported";
        QTest::newRow("size") << replaced("\"size\": [\n  2,\n  2,\n  2\n ]",
                                          "\"size\": [2, 2, 200]")
                              << "size: 2x2x200 is out of range";
        QTest::newRow("field") << replaced("\"field\": \"Z\"", "\"field\": \"R\"")
                               << "field: must be";
        QTest::newRow("kind") << replaced("\"kind\": \"scheme\"", "\"kind\": \"poem\"")
                              << "kind: must be";
        QTest::newRow("rank") << replaced("\"rank\": 7", "\"rank\": 6")
                              << "rank: says 6 but there are 7 terms";
        QTest::newRow("coefficient") << replaced("\"u\": [\n    1,", "\"u\": [\n    \"x\",")
                                     << "terms[0].u[0]: \"x\" is not a number";
        QTest::newRow("short factor") << replaced("\"u\": [\n    1,", "\"u\": [\n")
                                      << "terms[0].u: has 3 coefficients, the size needs 4";
    }
    void badInputIsExplained() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            (void)parseProjectJson(text.toStdString(), "bad.json");
            QFAIL("no error for bad input");
        } catch (const LoadError& e) {
            const QString what = e.what();
            QVERIFY2(what.startsWith("bad.json: "), qPrintable(what));
            QVERIFY2(what.contains(message), qPrintable(what));
        }
    }
    void missingAndEmptyFiles() {
        QVERIFY_THROWS_EXCEPTION(LoadError, (void)loadSchemes("/nonexistent/scheme.json"));
        QVERIFY_THROWS_EXCEPTION(LoadError, (void)loadSchemes("builtin:nothing"));
        QTemporaryDir dir;
        const std::string empty = dir.filePath("empty.json").toStdString();
        writeFileAtomic(empty, "");
        try {
            (void)loadSchemes(empty);
            QFAIL("empty file accepted");
        } catch (const LoadError& e) {
            QVERIFY(std::string(e.what()).find("file is empty") != std::string::npos);
        }
    }
};

QTEST_MAIN(TestProjectJson)
#include "tst_projectjson.moc"
