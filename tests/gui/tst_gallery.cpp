// The gallery of a large scheme (issue 18): AlphaTensor's 896 terms of <11,11,11> paged through
// to the last one, "Go to term", and the filter "terms that write c_ik", driven through the
// gallery's controls; expectations come from the scheme's w vectors.

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include "MainWindow.h"
#include "ViewArea.h"
#include "core/io/SchemeSource.h"
#include "support/GuiTestMain.h"
#include "support/ShowActive.h"
#include "widgets/TensorView.h"

using tg::MainWindow;
using tg::ViewMode;

namespace {

const QString kEleven =
    QStringLiteral(TG_DATA_DIR "/published/alphatensor/factorizations_r.npz#11,11,11");

// The term numbers (0-based) of the gallery's boxes.
std::vector<int> boxes(const tg::TensorView* view) {
    std::vector<int> result;
    for (int i = 0; i < view->galleryCount(); ++i) result.push_back(view->galleryTermNumber(i));
    return result;
}

}  // namespace

class TestGallery : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void pagesThroughEveryTermOfEleven() {
        MainWindow w;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(w.openSource(kEleven));
        QVERIFY(w.tensorView());
        w.setViewMode(ViewMode::Gallery);
        // Only one page is built: entering the gallery stays quick.
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        auto* area = w.findChild<tg::ViewArea*>();
        QVERIFY(area);
        tg::TensorView* view = w.tensorView();
        // The first page is the gallery as it was: m1..m11.
        QCOMPARE(boxes(view), (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        auto* next = w.findChild<QToolButton*>(QStringLiteral("galleryNext"));
        auto* previous = w.findChild<QToolButton*>(QStringLiteral("galleryPrevious"));
        auto* count = w.findChild<QLabel*>(QStringLiteral("galleryCount"));
        QVERIFY(next && previous && count);
        QVERIFY(next->isVisibleTo(&w));
        QVERIFY(!previous->isEnabled());
        QCOMPARE(count->text(), QStringLiteral("896 terms"));

        std::vector<int> seen = boxes(view);
        int pages = 1;
        while (next->isEnabled()) {
            QTest::mouseClick(next, Qt::LeftButton);
            const auto page = boxes(view);
            QVERIFY(!page.empty());
            QVERIFY(page.size() <= 11);
            seen.insert(seen.end(), page.begin(), page.end());
            ++pages;
        }
        QCOMPARE(pages, 82);
        QCOMPARE(int(seen.size()), 896);
        for (int i = 0; i < 896; ++i) QCOMPARE(seen[std::size_t(i)], i);
        QCOMPARE(view->galleryTermNumber(view->galleryCount() - 1), 895);  // m896 reached
        QVERIFY(previous->isEnabled());

        // Page Up goes back a page.
        auto* previousPage = w.findChild<QAction*>(QStringLiteral("galleryPreviousPage"));
        QVERIFY(previousPage);
        QCOMPARE(previousPage->shortcut(), QKeySequence(Qt::Key_PageUp));
        previousPage->trigger();
        QCOMPARE(area->galleryPages().page(), 80);
        QCOMPARE(view->galleryTermNumber(0), 880);
        // The keys themselves, in the active window.
        QVERIFY(tg::testing::showActive(w));
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(area->galleryPages().page(), 79);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(area->galleryPages().page(), 80);
    }

    void goToTermAndFilter() {
        MainWindow w;
        QVERIFY(w.openSource(kEleven));
        w.setViewMode(ViewMode::Gallery);
        auto* area = w.findChild<tg::ViewArea*>();
        tg::TensorView* view = w.tensorView();
        auto* term = w.findChild<QSpinBox*>(QStringLiteral("galleryTerm"));
        auto* filter = w.findChild<QComboBox*>(QStringLiteral("galleryFilter"));
        auto* count = w.findChild<QLabel*>(QStringLiteral("galleryCount"));
        QVERIFY(area && view && term && filter && count);

        // Go to m500: its page, highlighted.
        term->setValue(500);
        QCOMPARE(area->galleryHighlight(), 499);
        const auto page = boxes(view);
        QVERIFY(std::find(page.begin(), page.end(), 499) != page.end());
        QCOMPARE(page.front(), 495);  // pages of 11: m496..m506

        // Terms that write c23: w[k*n+i] = w[2*11+1].
        const tg::Scheme s = tg::loadSchemes(kEleven.toStdString()).front().scheme;
        const int entry = 2 * 11 + 1;
        QCOMPARE(QString::fromStdString(s.size.cLabel(entry)),
                 QStringLiteral("c2_3"));  // two-digit indices are separated
        std::vector<int> expected;
        for (int t = 0; t < s.rank(); ++t)
            if (!s.terms[std::size_t(t)].w[std::size_t(entry)].isZero()) expected.push_back(t);
        QVERIFY(!expected.empty());
        filter->setCurrentIndex(filter->findData(entry));
        QCOMPARE(area->galleryPages().shownCount(), int(expected.size()));
        QCOMPARE(count->text(), QStringLiteral("%1 of 896 terms").arg(expected.size()));
        // Paging through the filter shows exactly those terms.
        auto* next = w.findChild<QToolButton*>(QStringLiteral("galleryNext"));
        std::vector<int> seen;
        auto* prev = w.findChild<QToolButton*>(QStringLiteral("galleryPrevious"));
        while (prev->isEnabled()) QTest::mouseClick(prev, Qt::LeftButton);
        for (;;) {
            const auto shown = boxes(view);
            seen.insert(seen.end(), shown.begin(), shown.end());
            if (!next->isEnabled()) break;
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QCOMPARE(seen, expected);

        // Going to a term the filter leaves out clears the filter.
        int outside = 0;
        while (std::binary_search(expected.begin(), expected.end(), outside)) ++outside;
        term->setValue(outside + 1);
        QCOMPARE(filter->currentIndex(), 0);
        QCOMPARE(area->galleryPages().shownCount(), 896);
        QCOMPARE(area->galleryHighlight(), outside);
    }

    void smallSchemeFitsOnePage() {
        MainWindow w;
        QVERIFY(w.openSource(QStringLiteral("builtin:laderman")));
        w.setViewMode(ViewMode::Gallery);
        QCOMPARE(w.tensorView()->galleryCount(), 23);
        auto* next = w.findChild<QToolButton*>(QStringLiteral("galleryNext"));
        QVERIFY(next && !next->isEnabled());
        w.setViewMode(ViewMode::Residual);
        QVERIFY(!next->isVisibleTo(&w));
        QCOMPARE(w.tensorView()->galleryCount(), 0);
    }
};

TG_GUI_TEST_MAIN(TestGallery, "tst_gallery")
#include "tst_gallery.moc"
