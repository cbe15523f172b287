#include <QtTest>
#include <random>

#include "core/catalog/Catalog.h"
#include "core/tensor/RankBounds.h"

using namespace tg;

class TestRankBounds : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void flatteningsOfTheTarget() {
        // The flattenings of T<n,m,p> have full ranks nm, mp and pn, over Q and mod 2.
        for (TensorSize s : {TensorSize{2, 2, 2}, TensorSize{2, 3, 4}, TensorSize{3, 3, 3},
                             TensorSize{4, 5, 3}, TensorSize{11, 11, 11}})
            for (Field f : {Field::Q, Field::Z2}) {
                const auto r = flatteningRanks(ExactTensor::matMul(s, f));
                QCOMPARE(r[0], s.uSize());
                QCOMPARE(r[1], s.vSize());
                QCOMPARE(r[2], s.wSize());
            }
    }
    void boundsSandwichAKnownRank() {
        // A sum of r random rank-1 terms has rank at most r: lower bound <= r, and the upper
        // bound at least the lower bound.
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> coef(-1, 1);
        const TensorSize s{3, 3, 3};
        for (Field f : {Field::Q, Field::Z2})
            for (int r = 1; r <= 6; ++r) {
                ExactTensor t(s, f);
                for (int k = 0; k < r; ++k) {
                    Term term{Factor(9), Factor(9), Factor(9)};
                    for (auto* fac : {&term.u, &term.v, &term.w}) {
                        for (auto& x : *fac)
                            x = f == Field::Z2 ? (coef(rng) != 0 ? 1 : 0) : coef(rng);
                        (*fac)[std::size_t(k % 9)] = 1;  // never all zero
                    }
                    t.addTerm(term);
                }
                const int lower = rankLowerBound(t);
                const int upper = rankUpperBound(t);
                QVERIFY(lower <= r);
                QVERIFY(lower <= upper);
                QVERIFY(lower >= 1 || t.isZero());
            }
    }
    void upperBoundOfTheTarget() {
        // Slices of T<2,2,2> along A are 4x4 matrices of rank 2: the bound is 4 * 2 = 8, the
        // naive algorithm's count (the true rank is 7).
        QCOMPARE(rankUpperBound(ExactTensor::matMul({2, 2, 2}, Field::Q)), 8);
        QCOMPARE(rankUpperBound(ExactTensor::matMul({3, 3, 3}, Field::Z2)), 27);
        QCOMPARE(rankUpperBound(ExactTensor({2, 2, 2}, Field::Q)), 0);
    }
};

QTEST_APPLESS_MAIN(TestRankBounds)
#include "tst_rankbounds.moc"
