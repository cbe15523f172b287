// The gallery's paging and its filter "terms that write c_ik" (issue 18), without VTK: the
// pages reach every term, and the filter agrees with the schemes' w vectors.

#include <QTest>
#include <set>

#include "core/io/SchemeSource.h"
#include "widgets/SceneContent.h"

using tg::GalleryPages;

namespace {

tg::Scheme load(const std::string& spec) {
    return tg::loadSchemes(spec).front().scheme;
}

const std::string kEleven =
    std::string(TG_DATA_DIR) + "/published/alphatensor/factorizations_r.npz#11,11,11";

}  // namespace

class TestGalleryPages : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void pageSizeAsTheLayoutAllows() {
        QCOMPARE(tg::galleryPageSize(tg::TensorSize{2, 2, 2}), tg::kMaxGalleryPage);
        QCOMPARE(tg::galleryPageSize(tg::TensorSize{4, 4, 4}), tg::kMaxGalleryPage);
        // 1.77 million entries a box: 11 boxes a page, as the gallery showed before paging.
        QCOMPARE(tg::galleryPageSize(tg::TensorSize{11, 11, 11}), 11);
        QCOMPARE(tg::galleryPageSize(tg::TensorSize{16, 16, 16}), 1);
    }

    void pagesCoverEveryTermOnce() {
        for (const auto& [count, size] :
             {std::pair{896, 11}, {47, 100}, {7, 100}, {22, 11}, {0, 5}, {1, 1}}) {
            GalleryPages pages(count, size);
            QCOMPARE(pages.pageCount(), std::max(1, (count + size - 1) / size));
            std::vector<int> seen;
            for (int p = 0; p < pages.pageCount(); ++p) {
                pages.setPage(p);
                QCOMPARE(pages.page(), p);
                QCOMPARE(pages.hasPrevious(), p > 0);
                QCOMPARE(pages.hasNext(), p + 1 < pages.pageCount());
                const auto terms = pages.pageTerms();
                QVERIFY(int(terms.size()) <= size);
                seen.insert(seen.end(), terms.begin(), terms.end());
            }
            QCOMPARE(int(seen.size()), count);
            for (int i = 0; i < count; ++i) QCOMPARE(seen[std::size_t(i)], i);
        }
    }

    void pagingMath() {
        GalleryPages pages(896, 11);
        QCOMPARE(pages.pageCount(), 82);  // 81 full pages and one of 5
        QCOMPARE(pages.slots(), 11);
        pages.setPage(1000);
        QCOMPARE(pages.page(), 81);
        QCOMPARE(pages.pageTerms(), (std::vector<int>{891, 892, 893, 894, 895}));
        pages.setPage(-3);
        QCOMPARE(pages.page(), 0);
        QVERIFY(pages.showTerm(499));  // m500
        QCOMPARE(pages.page(), 45);
        QVERIFY(pages.pageTerms().front() <= 499 && pages.pageTerms().back() >= 499);
        QVERIFY(!pages.showTerm(896));
        QCOMPARE(pages.page(), 45);
        // A short scheme lays out only its own boxes (as the gallery did before paging).
        QCOMPARE(GalleryPages(7, 100).slots(), 7);
    }

    void filterPagesOnlyTheTermsItKeeps() {
        GalleryPages pages(30, 4);
        pages.setPage(3);
        pages.setFilter(std::vector<int>{2, 3, 5, 7, 11, 13, 17, 19, 23, 29});
        QVERIFY(pages.isFiltered());
        QCOMPARE(pages.page(), 0);
        QCOMPARE(pages.shownCount(), 10);
        QCOMPARE(pages.pageCount(), 3);
        QCOMPARE(pages.pageTerms(), (std::vector<int>{2, 3, 5, 7}));
        QCOMPARE(pages.positionOf(13), 5);
        QCOMPARE(pages.positionOf(4), -1);
        QVERIFY(!pages.showTerm(4));
        QVERIFY(pages.showTerm(29));
        QCOMPARE(pages.page(), 2);
        QCOMPARE(pages.pageTerms(), (std::vector<int>{23, 29}));
        QCOMPARE(pages.slots(), 4);
        pages.setFilter(std::vector<int>{});
        QCOMPARE(pages.shownCount(), 0);
        QCOMPARE(pages.pageCount(), 1);
        QVERIFY(pages.pageTerms().empty());
        pages.setFilter(std::nullopt);
        QCOMPARE(pages.shownCount(), 30);
    }

    void strassenTermsThatWriteC11() {
        const tg::Scheme s = load("builtin:strassen");
        // c11 = m1 + m4 - m5 + m7 in Strassen's paper; whatever the order, four products.
        const auto c11 = tg::termsWritingEntry(s.terms, 0);
        QCOMPARE(int(c11.size()), 4);
        // Every entry of C is written by four products except c12 and c21 (two each).
        int total = 0;
        for (int c = 0; c < 4; ++c) {
            const auto terms = tg::termsWritingEntry(s.terms, c);
            total += int(terms.size());
            for (int t : terms) QVERIFY(!s.terms[std::size_t(t)].w[std::size_t(c)].isZero());
        }
        QCOMPARE(total, 12);
    }

    void elevenTermsThatWriteC11() {
        const tg::Scheme s = load(kEleven);
        QCOMPARE(s.rank(), 896);
        const auto c11 = tg::termsWritingEntry(s.terms, 0);
        // Independently: the terms whose w has a nonzero first entry.
        std::vector<int> expected;
        for (int t = 0; t < s.rank(); ++t)
            if (!s.terms[std::size_t(t)].w[0].isZero()) expected.push_back(t);
        QCOMPARE(c11, expected);
        // c11 = a11 b11 + ... + a1,11 b11,1 is a bilinear form of rank 11: at least 11 products.
        QVERIFY(c11.size() >= 11);
        QVERIFY(c11.size() < 896);
        GalleryPages pages(s.rank(), tg::galleryPageSize(s.size));
        pages.setFilter(c11);
        QCOMPARE(pages.shownCount(), int(c11.size()));
        std::set<int> seen;
        for (int p = 0; p < pages.pageCount(); ++p) {
            pages.setPage(p);
            for (int t : pages.pageTerms()) seen.insert(t);
        }
        QCOMPARE(seen, std::set<int>(c11.begin(), c11.end()));
        // Out of range: no term.
        QVERIFY(tg::termsWritingEntry(s.terms, 121).empty());
        QVERIFY(tg::termsWritingEntry(s.terms, -1).empty());
    }
};

QTEST_APPLESS_MAIN(TestGalleryPages)
#include "tst_gallerypages.moc"
