// The published schemes the project ships (data/published): every catalogue entry opens, has
// the size and rank the catalogue says and is valid in its field; the best-known-ranks table is
// the one these files back; the catalogue reader refuses what it must.
#include <QtTest>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>

#include "core/catalog/BestKnownRanks.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/io/LoadError.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Verification.h"

namespace {

const std::filesystem::path kPublished = std::filesystem::path(TG_DATA_DIR) / "published";

std::array<int, 3> sortedDims(const tg::TensorSize& s) {
    std::array<int, 3> d{s.n, s.m, s.p};
    std::sort(d.begin(), d.end());
    return d;
}

}  // namespace

class TestPublished : public QObject {
    Q_OBJECT
  private:
    std::vector<tg::PublishedScheme> all_ = tg::readPublishedCatalog(kPublished);

  private Q_SLOTS:
    void catalogueCoversWhatItPromises() {
        // AlphaTensor's 93 + 20 keys, and a scheme over Z for each of the 35 sizes 2 <= n <= m
        // <= p <= 6.
        const auto npz = std::count_if(all_.begin(), all_.end(), [](const auto& p) {
            return p.file.find('#') != std::string::npos;
        });
        QCOMPARE(npz, 113);
        std::map<std::array<int, 3>, int> overZ;
        for (const auto& p : all_)
            if (p.file.find('#') == std::string::npos && p.field == tg::Field::Z)
                ++overZ[sortedDims(p.size)];
        QCOMPARE(int(overZ.size()), 35);
        for (const auto& p : all_) {
            QVERIFY2(!p.citation.empty() && !p.source.empty(), p.file.c_str());
            QVERIFY2(std::filesystem::exists(kPublished / p.file.substr(0, p.file.find('#'))),
                     p.file.c_str());
        }
    }

    void everyEntryOpensAndVerifies_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < all_.size(); ++i) QTest::newRow(all_[i].file.c_str()) << int(i);
    }
    void everyEntryOpensAndVerifies() {
        QFETCH(int, index);
        const tg::PublishedScheme& p = all_[std::size_t(index)];
        const auto loaded = tg::loadSchemes(tg::publishedSpec(kPublished, p));
        QCOMPARE(loaded.size(), std::size_t(1));
        const tg::Scheme& s = loaded.front().scheme;
        QCOMPARE(s.size, p.size);
        QCOMPARE(s.rank(), p.rank);
        const tg::VerifyReport report = tg::verify(s, p.field);
        QVERIFY2(report.valid, tg::describe(s.size, report).c_str());
        // Z2 and Q entries are there because they beat the integers: none is valid over Z.
        if (p.field != tg::Field::Z) QVERIFY(!tg::verify(s, tg::Field::Z).valid);
    }

    // The table behind bestKnownRank() is generated from the catalogue (cmake/
    // BestKnownRanksTable.cmake); this recomputes it independently and checks the records that
    // the literature names (docs/domain.md).
    void bestKnownRanksComeFromTheData() {
        std::map<std::array<int, 3>, std::array<int, 3>> lowest;  // Z, Q, Z2
        for (const auto& p : all_) {
            const auto d = sortedDims(p.size);
            if (d[2] > 6) continue;
            auto& r = lowest.try_emplace(d, std::array<int, 3>{0, 0, 0}).first->second;
            int& x = r[std::size_t(p.field)];
            if (x == 0 || p.rank < x) x = p.rank;
        }
        QCOMPARE(int(lowest.size()), 35);
        for (const auto& [d, r] : lowest) {
            const tg::TensorSize size{d[2], d[0], d[1]};  // any order
            const int z = r[0];
            const int q = r[1] > 0 ? std::min(z, r[1]) : z;
            const int f2 = r[2] > 0 ? std::min(z, r[2]) : z;
            QCOMPARE(tg::bestKnownRank(size, tg::Field::Z), z);
            QCOMPARE(tg::bestKnownRank(size, tg::Field::Q), q);
            QCOMPARE(tg::bestKnownRank(size, tg::Field::Z2), f2);
        }
        QCOMPARE(tg::bestKnownRank({2, 2, 2}, tg::Field::Z), 7);
        QCOMPARE(tg::bestKnownRank({3, 3, 3}, tg::Field::Z), 23);
        QCOMPARE(tg::bestKnownRank({4, 4, 4}, tg::Field::Z), 49);
        QCOMPARE(tg::bestKnownRank({4, 4, 4}, tg::Field::Q), 48);
        QCOMPARE(tg::bestKnownRank({4, 4, 4}, tg::Field::Z2), 47);
        QCOMPARE(tg::bestKnownRank({3, 4, 5}, tg::Field::Z), 47);
        QCOMPARE(tg::bestKnownRank({5, 5, 5}, tg::Field::Z), 93);
        QCOMPARE(tg::bestKnownRank({6, 6, 6}, tg::Field::Z), 153);
        QCOMPARE(tg::bestKnownRank({7, 7, 7}, tg::Field::Z), std::nullopt);
    }

    void findsTheFolder() {
        QTemporaryDir empty;
        const std::filesystem::path nowhere = empty.path().toStdString();
        qputenv("TG_PUBLISHED_DIR", QByteArray());
        QCOMPARE(tg::findPublishedDir(nowhere), std::nullopt);
        // Next to the program: the link the build tree makes.
        std::filesystem::create_directory_symlink(kPublished, nowhere / "published");
        QCOMPARE(tg::findPublishedDir(nowhere), std::filesystem::weakly_canonical(kPublished));
        qputenv("TG_PUBLISHED_DIR", QByteArray::fromStdString(kPublished.string()));
        QCOMPARE(tg::findPublishedDir("/nonexistent"),
                 std::filesystem::weakly_canonical(kPublished));
    }

    void catalogueReaderRefuses_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        const QString ok = R"("rank": 7, "field": "Z", "source": "s", "citation": "c")";
        QTest::newRow("not json") << "[{"
                                  << "not valid JSON";
        QTest::newRow("not a list") << "{}"
                                    << "expected a list";
        QTest::newRow("outside the folder")
            << R"([{"size": [2,2,2], "file": "../../etc/passwd", )" + ok + "}]"
            << "inside the published folder";
        QTest::newRow("absolute path")
            << R"([{"size": [2,2,2], "file": "/etc/passwd", )" + ok + "}]"
            << "inside the published folder";
        QTest::newRow("size out of range")
            << R"([{"size": [2,2,99], "file": "x.json", )" + ok + "}]"
            << "p must be";
        QTest::newRow("no rank")
            << R"([{"size": [2,2,2], "file": "x.json", "field": "Z", "source": "s", "citation": "c"}])"
            << "\"rank\" must be";
        QTest::newRow("unknown field")
            << R"([{"size": [2,2,2], "file": "x.json", "rank": 7, "field": "R", "source": "s", "citation": "c"}])"
            << "unknown field";
    }
    void catalogueReaderRefuses() {
        QFETCH(QString, json);
        QFETCH(QString, message);
        try {
            (void)tg::parsePublishedCatalog(json.toStdString(), "catalog.json");
            QFAIL("accepted");
        } catch (const tg::LoadError& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
            QVERIFY2(QString(e.what()).startsWith("catalog.json"), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestPublished)
#include "tst_published.moc"
