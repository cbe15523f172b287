// Hensel lifting of mod-2 schemes to Z: AlphaTensor's published f2 schemes (which lift and which
// provably do not), schemes found by the flip search, rational reconstruction, bad input.
#include <QtTest>

#include "core/catalog/Catalog.h"
#include "core/io/SchemeSource.h"
#include "core/search/FlipSearch.h"
#include "core/search/HenselLift.h"
#include "core/search/SignLift.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;

namespace {

Scheme reducedMod2(Scheme s) {
    for (Term& t : s.terms)
        for (Factor* f : {&t.u, &t.v, &t.w})
            for (Rational& c : *f) c = c.mod2();
    s.field = Field::Z2;
    return s;
}

const std::string kF2 = std::string(TG_DATA_DIR) + "/published/alphatensor/factorizations_f2.npz";

Scheme f2(const std::string& key) {
    const auto loaded = loadSchemes(kF2 + "#" + key);
    if (loaded.size() != 1) throw std::runtime_error("cannot read " + key);
    return loaded.front().scheme;
}

// A lift must be valid over its field, have the input's shape, and reduce to it mod 2.
void checkLift(const Scheme& input, const HenselLiftResult& r) {
    QVERIFY(r.lifted());
    QVERIFY(r.scheme.has_value());
    QCOMPARE(r.scheme->rank(), input.rank());
    QVERIFY(verify(*r.scheme, Field::Z).valid || verify(*r.scheme, Field::Q).valid);
    QVERIFY(verify(*r.scheme, r.field).valid);
    QVERIFY(r.scheme->isReducibleMod2());
    QVERIFY(sameTerms(reducedMod2(*r.scheme), reducedMod2(input)));
}

}  // namespace

class TestHenselLift : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    // AlphaTensor's mod-2 schemes: none is valid over Z as published; those whose rank is also
    // achieved over Z lift, the three mod-2-only records (4x4x4 rank 47, 4x4x5 rank 63) do not.
    void alphaTensorF2_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("liftable");
        for (const char* k : {"2,2,2", "2,3,4", "3,3,3", "3,4,5", "4,5,5"})
            QTest::newRow(k) << k << true;
        QTest::newRow("4,4,4 rank 47") << "4,4,4" << false;
        QTest::newRow("4,4,5 rank 63") << "4,4,5" << false;
    }
    void alphaTensorF2() {
        QFETCH(QString, key);
        QFETCH(bool, liftable);
        const Scheme s = f2(key.toStdString());
        QVERIFY(verify(s, Field::Z2).valid);
        QVERIFY(!verify(s, Field::Z).valid);
        const HenselLiftResult r = henselLift(s);
        QCOMPARE(r.equations, static_cast<int>(s.size.volume()));
        if (liftable) {
            checkLift(s, r);
            QCOMPARE(r.field, Field::Z);
        } else {
            QCOMPARE(r.status, HenselLiftResult::Status::NoLiftMod4);
            QVERIFY(!r.scheme.has_value());
            QVERIFY(QString::fromStdString(r.describe()).contains("no lift exists"));
            // The sign lift needs the same system mod 4, so it must fail too.
            QVERIFY(!signLift(s).has_value());
        }
    }
    void liftsClassicalSchemesMod2() {
        for (const char* key : {"strassen", "winograd", "laderman"}) {
            const Scheme mod2 = reducedMod2(*builtinScheme(key));
            QVERIFY(!verify(mod2, Field::Z).valid);
            const HenselLiftResult r = henselLift(mod2);
            checkLift(mod2, r);
            QCOMPARE(r.maxAbsCoefficient, 1);
        }
    }
    // Whatever the mod-2 search finds for <2,2,2> and <3,3,3> either lifts (and the lift
    // verifies over Z) or is proved not to lift mod 4, in agreement with the sign lift.
    void liftsSearchResults() {
        int lifted = 0;
        int total = 0;
        for (const TensorSize size : {TensorSize{2, 2, 2}, TensorSize{3, 3, 3}}) {
            const int target = size.n == 2 ? 7 : 23;
            for (std::uint64_t seed = 1; seed <= 4; ++seed) {
                FlipSearchParams p = FlipSearchParams::quick(size, Field::Z2, target);
                p.seed = seed;
                const SearchResult found = runFlipSearch(p);
                QVERIFY(found.reachedTarget);
                const HenselLiftResult r = henselLift(found.scheme);
                ++total;
                if (r.lifted()) {
                    checkLift(found.scheme, r);
                    ++lifted;
                } else {
                    QCOMPARE(r.status, HenselLiftResult::Status::NoLiftMod4);
                    QVERIFY(!signLift(found.scheme, seed).has_value());
                }
            }
        }
        qInfo("%d of %d mod-2 search results lifted to Z", lifted, total);
        QVERIFY(lifted >= 4);  // every Strassen-rank scheme lifts; the 2x2 ones alone are 4
    }
    void rationalReconstruction() {
        const int bits = 40;
        const std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
        const std::int64_t bound = std::int64_t{1} << 19;
        // x = a * b^-1 mod 2^bits, b^-1 by Newton's iteration for the inverse of an odd number.
        auto encode = [&](std::int64_t a, std::int64_t b) {
            std::uint64_t inv = static_cast<std::uint64_t>(b);
            for (int i = 0; i < 6; ++i) inv *= 2 - static_cast<std::uint64_t>(b) * inv;
            return (static_cast<std::uint64_t>(a) * inv) & mask;
        };
        for (const auto& [a, b] : std::vector<std::pair<int, int>>{
                 {1, 3}, {-5, 7}, {2, 1}, {-1, 1}, {0, 1}, {123, 457}, {-1000, 999}}) {
            const auto q = rationalFrom2Adic(encode(a, b), bits, bound);
            QVERIFY(q.has_value());
            QCOMPARE(*q, Rational(a, b));
        }
        // A 2-adic number with no small odd-denominator rational form.
        QVERIFY(
            !rationalFrom2Adic(encode(1, 3) ^ (std::uint64_t{1} << 30), bits, 1000).has_value());
    }
    void refusesWhatIsNotValidMod2() {
        Scheme s = reducedMod2(strassenScheme());
        s.terms.pop_back();
        const HenselLiftResult r = henselLift(s);
        QCOMPARE(r.status, HenselLiftResult::Status::NotValidMod2);
        QVERIFY(!r.scheme.has_value());
    }
};

QTEST_APPLESS_MAIN(TestHenselLift)
#include "tst_hensellift.moc"
