#include "GalleryBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace tg {

GalleryBar::GalleryBar(QWidget* parent)
    : QWidget(parent), pager_(new QWidget(this)), finder_(new QWidget(this)) {
    previous_ = new QToolButton(this);
    previous_->setObjectName(QStringLiteral("galleryPrevious"));
    previous_->setArrowType(Qt::LeftArrow);
    previous_->setToolTip(tr("Previous page of terms (Page Up)"));
    next_ = new QToolButton(this);
    next_->setObjectName(QStringLiteral("galleryNext"));
    next_->setArrowType(Qt::RightArrow);
    next_->setToolTip(tr("Next page of terms (Page Down)"));
    page_ = new QLabel(this);
    page_->setObjectName(QStringLiteral("galleryPage"));
    term_ = new QSpinBox(this);
    term_->setObjectName(QStringLiteral("galleryTerm"));
    term_->setPrefix(QStringLiteral("m"));
    term_->setKeyboardTracking(false);  // jump once the number is typed, not at every digit
    term_->setToolTip(tr("Show the page holding this term, highlighted"));
    filter_ = new QComboBox(this);
    filter_->setObjectName(QStringLiteral("galleryFilter"));
    filter_->setToolTip(tr("Show only the terms whose w is nonzero at this entry of C"));
    // As narrow as the longest entry needs at most: the bar must not push the docks aside
    // (at 1180 px the Library keeps its names readable).
    filter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filter_->setMinimumContentsLength(12);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("galleryCount"));

    auto* pager = new QHBoxLayout(pager_);
    pager->setContentsMargins(0, 0, 0, 0);
    pager->addWidget(previous_);
    pager->addWidget(page_);
    pager->addWidget(next_);
    pager->addSpacing(6);
    pager->addWidget(count_);
    auto* finder = new QHBoxLayout(finder_);
    finder->setContentsMargins(0, 0, 0, 0);
    finder->addWidget(new QLabel(tr("Go to term:"), finder_));
    finder->addWidget(term_);
    finder->addSpacing(6);
    finder->addWidget(filter_);

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(4, 0, 4, 0);
    rows->setSpacing(2);
    // The bar's minimum is its two-row width (minimumSizeHint), not the sum of one row.
    rows->setSizeConstraint(QLayout::SetNoConstraint);
    firstRow_ = new QHBoxLayout;
    secondRow_ = new QHBoxLayout;
    rows->addLayout(firstRow_);
    rows->addLayout(secondRow_);
    firstRow_->addWidget(pager_);
    firstRow_->addSpacing(6);
    firstRow_->addWidget(finder_);
    firstRow_->addStretch(1);
    secondRow_->addStretch(1);

    connect(previous_, &QToolButton::clicked, this, &GalleryBar::previousPage);
    connect(next_, &QToolButton::clicked, this, &GalleryBar::nextPage);
    connect(term_, &QSpinBox::valueChanged, this,
            [this](int value) { Q_EMIT goToTerm(value - 1); });
    connect(filter_, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT filterChanged(filterEntry()); });
}

void GalleryBar::setShape(const TensorSize& size, int termCount) {
    const QSignalBlocker blockTerm(term_);
    term_->setRange(1, std::max(termCount, 1));
    if (size == size_ && filter_->count() > 0) return;
    size_ = size;
    const QSignalBlocker blockFilter(filter_);
    filter_->clear();
    filter_->addItem(tr("All terms"), -1);
    for (int c = 0; c < size.wSize(); ++c)
        filter_->addItem(tr("Terms that write %1").arg(QString::fromStdString(size.cLabel(c))), c);
}

bool GalleryBar::isTwoRows() const {
    return secondRow_->indexOf(finder_) >= 0;
}

QSize GalleryBar::minimumSizeHint() const {
    const QMargins m = layout()->contentsMargins();
    const int width =
        std::max(pager_->minimumSizeHint().width(), finder_->minimumSizeHint().width());
    const int height = pager_->minimumSizeHint().height() + finder_->minimumSizeHint().height() + 2;
    return {width + m.left() + m.right(), height};
}

void GalleryBar::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const QMargins m = layout()->contentsMargins();
    const int oneRow =
        pager_->sizeHint().width() + 6 + finder_->sizeHint().width() + m.left() + m.right();
    arrange(width() >= oneRow);
}

void GalleryBar::arrange(bool oneRow) {
    if (oneRow == !isTwoRows()) return;
    if (oneRow) {
        secondRow_->removeWidget(finder_);
        firstRow_->insertWidget(2, finder_);
    } else {
        firstRow_->removeWidget(finder_);
        secondRow_->insertWidget(0, finder_);
    }
    updateGeometry();
}

int GalleryBar::filterEntry() const {
    return filter_->currentIndex() < 0 ? -1 : filter_->currentData().toInt();
}

void GalleryBar::clearFilter() {
    const QSignalBlocker block(filter_);
    filter_->setCurrentIndex(0);
}

void GalleryBar::showPages(const GalleryPages& pages, int highlighted) {
    previous_->setEnabled(pages.hasPrevious());
    next_->setEnabled(pages.hasNext());
    const std::vector<int> shown = pages.pageTerms();
    page_->setText(shown.empty() ? tr("Page %1 of %2").arg(pages.page() + 1).arg(pages.pageCount())
                                 : tr("Page %1 of %2 (m%3\u2013m%4)")
                                       .arg(pages.page() + 1)
                                       .arg(pages.pageCount())
                                       .arg(shown.front() + 1)
                                       .arg(shown.back() + 1));
    count_->setText(pages.isFiltered()
                        ? tr("%1 of %n terms", nullptr, pages.termCount()).arg(pages.shownCount())
                        : tr("%n terms", nullptr, pages.termCount()));
    if (highlighted >= 0) {
        const QSignalBlocker block(term_);
        term_->setValue(highlighted + 1);
    }
}

}  // namespace tg
