// The walker's moves: flips and plus transitions keep the scheme valid, reductions lower the
// rank, and the recorded path replays to the walker's state.
#include <QtTest>
#include <map>

#include "core/catalog/Catalog.h"
#include "core/search/BucketPool.h"
#include "core/search/FactorTable.h"
#include "core/search/PackedScheme.h"
#include "core/tensor/Composition.h"
#include "core/tensor/Verification.h"

using namespace tg;
using namespace tg::search;

namespace {

template <class Ring>
FlipWalker<Ring> walkerFor(const Scheme& s, std::uint64_t seed) {
    auto packed = packScheme<Ring>(s);
    if (!packed) throw std::runtime_error("cannot pack");
    return FlipWalker<Ring>(*packed, seed);
}

template <class Ring>
bool validNow(const TensorSize& size, const FlipWalker<Ring>& w) {
    return verify(unpackScheme<Ring>(size, w.terms()), Ring::kField).valid;
}

template <class Ring>
void walkStaysValid() {
    const TensorSize size{3, 3, 3};
    auto w = walkerFor<Ring>(naiveScheme(size), 11);
    int flips = 0;
    int pluses = 0;
    for (int step = 1; step <= 20000; ++step) {
        flips += w.flip() ? 1 : 0;
        if (step % 500 == 0) pluses += w.plus() ? 1 : 0;
        if (step % 1000 == 0) QVERIFY(validNow(size, w));
    }
    QVERIFY(flips > 1000);
    QVERIFY(pluses > 0);
    QVERIFY(w.rank() <= 27 + pluses);
}

// The factor index that finds flip partners must describe the terms exactly after every kind
// of edit: flips, the reductions they trigger, plus transitions and restores.
template <class Ring>
void indexStaysConsistent(const TensorSize& size, std::uint64_t seed) {
    auto w = walkerFor<Ring>(naiveScheme(size), seed);
    QVERIFY(w.indexConsistent());
    auto saved = w.terms();
    int reductions = 0;
    for (int step = 1; step <= 30000; ++step) {
        const int before = w.rank();
        w.flip();
        if (w.rank() < before) ++reductions;
        if (step % 97 == 0) w.plus();
        if (step % 5000 == 0) saved = w.terms();
        if (step % 7919 == 0) w.restore(saved, 0);
        if (step % 53 == 0) QVERIFY(w.indexConsistent());
    }
    QVERIFY(w.indexConsistent());
    QVERIFY(validNow(size, w));
    QVERIFY(reductions > 0);
}

}  // namespace

class TestFlipWalker : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void packRoundTrip() {
        const Scheme s = strassenScheme();
        auto p = packScheme<TernaryRing>(s);
        QVERIFY(p.has_value());
        QVERIFY(sameTerms(unpackScheme<TernaryRing>(s.size, *p), s));
        Scheme half = s;
        half.terms[0].u[0] = Rational(1, 2);
        QVERIFY(!packScheme<TernaryRing>(half).has_value());
        QVERIFY(!packScheme<Mod2Ring>(half).has_value());
        Scheme two = s;
        two.terms[0].u[0] = 2;
        QVERIFY(!packScheme<TernaryRing>(two).has_value());
        QVERIFY(packScheme<Mod2Ring>(two).has_value());  // 2 = 0 mod 2
    }
    void ternaryArithmetic() {
        TernaryVec a{0b0011, 0b0100};  // (1, 1, -1, 0)
        TernaryVec b{0b0100, 0b0001};  // (-1, 0, 1, 0)
        TernaryVec out;
        QVERIFY(TernaryRing::addScaled(a, b, 1, out));  // (0, 1, 0, 0)
        QCOMPARE(out.pos, std::uint64_t{0b0010});
        QCOMPARE(out.neg, std::uint64_t{0});
        QVERIFY(!TernaryRing::addScaled(a, b, -1, out));  // 1 - (-1) = 2 leaves the set
        QCOMPARE(TernaryRing::match(a, TernaryRing::negate(a)), -1);
        QCOMPARE(TernaryRing::match(a, a), 1);
        QCOMPARE(TernaryRing::match(a, b), 0);
    }
    void flipsKeepSchemesValidMod2() { walkStaysValid<Mod2Ring>(); }
    void partnerIndexStaysConsistentMod2() {
        indexStaysConsistent<Mod2Ring>({3, 3, 3}, 5);
        indexStaysConsistent<Mod2Ring>({4, 4, 4}, 6);
        // The naive <2,2,6> has buckets of 6 terms: more than BucketPool's first capacity, so
        // the pool grows while the index is built and keeps every member where it was.
        indexStaysConsistent<Mod2Ring>({2, 2, 6}, 9);
    }
    void bucketPoolKeepsMembersInOrderWhenItGrows() {
        BucketPool pool;
        const int a = pool.add();
        const int b = pool.add();
        for (int n = 0; n < 11; ++n) pool.push(a, 100 + n);
        pool.push(b, 7);
        pool.set(a, 3, pool.at(a, 10));  // remove member 3 as the index does: the last moves in
        pool.pop(a);
        const std::vector<int> expected = {100, 101, 102, 110, 104, 105, 106, 107, 108, 109};
        const std::span<const int> members = pool.members(a);
        QCOMPARE(std::vector<int>(members.begin(), members.end()), expected);
        QCOMPARE(pool.size(b), 1);
        QCOMPARE(pool.at(b, 0), 7);
        pool.clear();
        QCOMPARE(pool.size(a), 0);
        QCOMPARE(pool.count(), 2);
    }
    void partnerIndexStaysConsistentWithHashedKeysMod2() {
        // <5,5,5> factors have 25 entries: wider than a direct FactorTable, so hashed.
        indexStaysConsistent<Mod2Ring>({5, 5, 5}, 10);
    }
    // The two layouts of FactorTable answer alike: a random sequence of edits on a direct table
    // (10-bit keys), a hashed one (keys said to be wider than a direct table takes) and a map.
    void factorTableLayoutsAgree() {
        FactorTable<Mod2Ring> direct;
        FactorTable<Mod2Ring> hashed;
        direct.reset(10, 8);
        hashed.reset(FactorTable<Mod2Ring>::kDirectBits + 1, 8);
        QVERIFY(direct.isDirect());
        QVERIFY(!hashed.isDirect());
        std::map<std::uint64_t, int> expected;
        Rng rng(42);
        int nextId = 0;
        for (int step = 0; step < 20000; ++step) {
            const std::uint64_t key = rng.below(1024);
            const auto at = expected.find(key);
            const int op = static_cast<int>(rng.below(3));
            if (at == expected.end() && op != 2) {
                direct.insert(key, nextId);
                hashed.insert(key, nextId);
                expected[key] = nextId++;
            } else if (at != expected.end() && op == 0) {
                direct.erase(key);
                hashed.erase(key);
                expected.erase(at);
            } else if (at != expected.end()) {
                const std::uint64_t to = rng.below(1024);
                const bool free = expected.count(to) == 0;
                QCOMPARE(direct.moveIfFree(key, to), free);
                QCOMPARE(hashed.moveIfFree(key, to), free);
                if (free) {
                    expected[to] = at->second;
                    expected.erase(key);
                }
            }
            const std::uint64_t probe = rng.below(1024);
            const auto want = expected.find(probe);
            const int id = want == expected.end() ? -1 : want->second;
            QCOMPARE(direct.find(probe), id);
            QCOMPARE(hashed.find(probe), id);
        }
        QCOMPARE(direct.size(), static_cast<int>(expected.size()));
        QCOMPARE(hashed.size(), static_cast<int>(expected.size()));
        QVERIFY(expected.size() > 100);  // the hashed table grew on the way
    }
    void partnerIndexStaysConsistentOverZ() {
        indexStaysConsistent<TernaryRing>({3, 3, 3}, 7);
        indexStaysConsistent<TernaryRing>({2, 3, 4}, 8);
    }
    void flipsKeepSchemesValidOverZ() { walkStaysValid<TernaryRing>(); }
    void reductionMergesTermsSharingTwoFactors() {
        // Strassen with its first term split in two along w: both share u and v.
        Scheme s = strassenScheme();
        Term extra = s.terms[0];
        for (auto& c : extra.w) c = 0;
        extra.w[0] = 1;
        s.terms[0].w[0] -= 1;
        s.terms.push_back(extra);
        QVERIFY(verify(s, Field::Z).valid);
        QCOMPARE(s.rank(), 8);
        auto w = walkerFor<TernaryRing>(s, 1);
        QCOMPARE(w.reduceAll(), 1);
        QCOMPARE(w.rank(), 7);
        QVERIFY(validNow(s.size, w));
    }
    void reductionDropsTermsWithAZeroFactor() {
        Scheme s = naiveScheme({2, 2, 2});
        Term zero = s.terms[0];
        for (auto& c : zero.v) c = 0;
        s.terms.push_back(zero);
        auto w = walkerFor<Mod2Ring>(s, 1);
        QCOMPARE(w.reduceAll(), 1);
        QCOMPARE(w.rank(), 8);
    }
    // Three terms sharing u whose v factors are dependent mod 2 (x1 + x2 + (x1 + x2) = 0), with
    // no two terms sharing two factors: only the dependent-set reduction finds rank 8.
    void reductionOfDependentFactorsMod2() {
        const TensorSize size{2, 2, 2};
        Scheme s = naiveScheme(size);
        // The naive terms with u = e_a11: (a11, b11, c11) and (a11, b12, c21).
        int t1 = -1;
        int t2 = -1;
        for (int t = 0; t < s.rank(); ++t) {
            const Term& term = s.terms[static_cast<std::size_t>(t)];
            if (term.u[0] != 1) continue;
            (t1 < 0 ? t1 : t2) = t;
        }
        QVERIFY(t1 >= 0 && t2 >= 0);
        Term& a = s.terms[static_cast<std::size_t>(t1)];
        Term& b = s.terms[static_cast<std::size_t>(t2)];
        Factor y3(4, 0);
        y3[1] = 1;  // a w entry neither term has
        Term c = a;
        for (std::size_t i = 0; i < 4; ++i) {
            c.v[i] = (a.v[i] + b.v[i]).mod2();
            c.w[i] = y3[i];
            a.w[i] = (a.w[i] + y3[i]).mod2();
            b.w[i] = (b.w[i] + y3[i]).mod2();
        }
        s.terms.push_back(c);
        s.field = Field::Z2;
        QVERIFY(verify(s, Field::Z2).valid);
        QCOMPARE(s.rank(), 9);
        {
            auto plain = walkerFor<Mod2Ring>(s, 1);
            plain.setDependentReductions(false);
            QCOMPARE(plain.reduceAll(), 0);  // no two terms share two factors
        }
        auto w = walkerFor<Mod2Ring>(s, 1);
        QCOMPARE(w.reduceAll(), 1);
        QCOMPARE(w.rank(), 8);
        QVERIFY(validNow(size, w));
        QVERIFY(w.indexConsistent());
    }
    // With reductions off, flips never merge terms; turned on again, reduceAll() catches up.
    void reductionsCanBeSuspended() {
        const TensorSize size{3, 3, 3};
        auto w = walkerFor<Mod2Ring>(naiveScheme(size), 21);
        w.setReductions(false);
        for (int step = 0; step < 20000; ++step) {
            const int before = w.rank();
            w.flip();
            // Only terms that became zero may go (a flip can cancel a factor).
            QVERIFY(w.rank() >= before - 1);
        }
        QVERIFY(validNow(size, w));
        w.setReductions(true);
        w.reduceAll();
        QVERIFY(validNow(size, w));
        QVERIFY(w.indexConsistent());
        // After reduceAll no two terms share two factors.
        auto packed = w.terms();
        for (std::size_t i = 0; i < packed.size(); ++i)
            for (std::size_t j = i + 1; j < packed.size(); ++j) {
                int same = 0;
                for (int k = 0; k < 3; ++k) same += packed[i].f[k] == packed[j].f[k] ? 1 : 0;
                QVERIFY(same < 2);
            }
    }
    void flipsFindStrassenRank() {
        // The naive 2x2 scheme reduces to rank 7 after a few thousand random flips.
        auto w = walkerFor<Mod2Ring>(naiveScheme({2, 2, 2}), 5);
        for (int k = 0; k < 200000 && w.rank() > 7; ++k) w.flip();
        QCOMPARE(w.rank(), 7);
        QVERIFY(validNow({2, 2, 2}, w));
    }
    // Strassen's scheme has no two terms sharing a factor, nor has Strassen x Strassen, the
    // rank-49 scheme most <4,4,4> descents end in: no flip applies there, only a plus
    // transition leaves them (FlipSearchParams::deadLevelPath ends such descents).
    void hasFlipsOnlyWhereTwoTermsShareAFactor() {
        auto strassen = walkerFor<Mod2Ring>(strassenScheme(), 1);
        QVERIFY(!strassen.hasFlips());
        QVERIFY(!strassen.flip());
        QVERIFY(walkerFor<Mod2Ring>(naiveScheme({2, 2, 2}), 1).hasFlips());
        auto square = walkerFor<Mod2Ring>(kroneckerProduct(strassenScheme(), strassenScheme()), 1);
        QCOMPARE(square.rank(), 49);
        QVERIFY(!square.hasFlips());
        for (int k = 0; k < 100 && square.rank() == 49; ++k) square.plus();
        // The plus transition's two new terms share two factors: flips apply again.
        QCOMPARE(square.rank(), 50);
        QVERIFY(square.hasFlips());
        QVERIFY(square.indexConsistent());
    }
    void recordedPathReplays() {
        const Scheme start = naiveScheme({3, 3, 3});
        auto w = walkerFor<TernaryRing>(start, 3);
        w.setRecording(true);
        for (int k = 0; k < 3000; ++k) {
            w.flip();
            if (k % 300 == 0) w.plus();
        }
        const SearchTrace trace = traceFromEdits<TernaryRing>(
            unpackScheme<TernaryRing>(start.size, *packScheme<TernaryRing>(start)), w.edits());
        QVERIFY(trace.length() > 100);
        QVERIFY(trace.count("plus") > 0);
        const Scheme end = trace.schemeAt(trace.length());
        QVERIFY(sameTerms(end, unpackScheme<TernaryRing>(start.size, w.terms())));
        for (int k = 0; k <= trace.length(); k += 97)
            QVERIFY(verify(trace.schemeAt(k), Field::Z).valid);
    }
};

QTEST_APPLESS_MAIN(TestFlipWalker)
#include "tst_flipwalker.moc"
