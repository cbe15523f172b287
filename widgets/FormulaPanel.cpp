#include "widgets/FormulaPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

#include "core/io/Formula.h"
#include "core/run/Task.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Stability.h"
#include "widgets/EngineBridge.h"

namespace tg {

namespace {
constexpr int kMaxWrappedRank = 200;
}  // namespace

FormulaPanel::FormulaPanel(QWidget* parent) : QWidget(parent), bridge_(new EngineBridge(this)) {
    cost_ = new QLabel(this);
    cost_->setObjectName(QStringLiteral("cost"));
    cost_->setWordWrap(true);
    cost_->setToolTip(
        tr("Additions: forming each linear form of A and B, then each entry of C, without "
           "sharing; in brackets with common subexpressions computed once (greedy). Stability "
           "factor: the largest, over the entries of C, sum of |w| times the sizes (1-norms) of "
           "the product's A and B forms; each recursion level multiplies the rounding-error "
           "bound by it (Bini and Lotti; Ballard et al. 2016)."));
    auto* productsTitle = new QLabel(tr("Products"), this);
    products_ = new QListWidget(this);
    products_->setObjectName(QStringLiteral("products"));
    products_->setSelectionMode(QAbstractItemView::SingleSelection);
    products_->setToolTip(tr("Click a product to show the residual just after it"));
    entriesTitle_ = new QLabel(tr("Entries of C"), this);
    entriesTitle_->setToolTip(
        tr("The w factors index C transposed: w[k\u00b7n+i] is the coefficient of c_ik."));
    entries_ = new QListWidget(this);
    entries_->setObjectName(QStringLiteral("entries"));
    entries_->setSelectionMode(QAbstractItemView::NoSelection);
    entries_->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(cost_);
    layout->addWidget(productsTitle);
    layout->addWidget(products_, 3);
    layout->addWidget(entriesTitle_);
    layout->addWidget(entries_, 1);

    connect(products_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT productActivated(products_->row(item)); });
}

void FormulaPanel::setScheme(const Scheme& scheme) {
    size_ = scheme.size;
    // Long products (Laderman's m1 has seven terms in A) wrap instead of scrolling sideways. But
    // rows of different heights make the list lay out every row whenever the current one
    // changes (about 50 ms a step for AlphaTensor's 896 products on 11x11x11), so large schemes
    // get one line per row, which Qt lays out once.
    const bool wrap = scheme.rank() <= kMaxWrappedRank;
    for (QListWidget* list : {products_, entries_}) {
        list->setWordWrap(wrap);
        list->setUniformItemSizes(!wrap);
        list->setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
        list->setResizeMode(wrap ? QListView::Adjust : QListView::Fixed);
    }
    const QSignalBlocker block(products_);
    products_->clear();
    for (int r = 0; r < scheme.rank(); ++r) {
        auto* item = new QListWidgetItem(
            QString::fromStdString(productFormula(scheme.size, scheme.terms[std::size_t(r)], r)),
            products_);
        styleProduct(item, false, false);
    }
    step_ = 0;
    entries_->clear();
    for (const std::string& line : entryFormulas(scheme)) {
        auto* item = new QListWidgetItem(QString::fromStdString(line), entries_);
        item->setData(Qt::UserRole, item->text());  // the formula without the tick
    }
    setStep(0, {});

    const Cost c = cost(scheme);
    costBase_ = tr("%n multiplications", nullptr, c.multiplications) + QStringLiteral(" \u00b7 ") +
                tr("%n additions", nullptr, c.additions);
    if (c.scalings > 0)
        costBase_ += QStringLiteral(" \u00b7 ") + tr("%n scalings", nullptr, c.scalings);
    // The growth bound of the scheme's rounding errors per recursion level (Stability.h).
    stabilityText_ =
        QStringLiteral(" \u00b7 ") +
        tr("stability factor %1").arg(QString::fromStdString(stabilityFactorText(scheme)));
    cost_->setText(costBase_ + tr(" (counting shared subexpressions\u2026)") + stabilityText_);
    countSharingInBackground(scheme);
}

FormulaPanel::~FormulaPanel() {
    bridge_->shutdown();  // stops the count and joins it
}

// A new scheme stops the count of the previous one (between two rounds) and drops its late
// result (EngineBridge::shutdown), so only the newest count reaches showSharing.
void FormulaPanel::countSharingInBackground(const Scheme& scheme) {
    bridge_->shutdown();
    if (scheme.rank() == 0) {
        showSharing(std::nullopt);
        return;
    }
    auto count = [scheme](const std::atomic<bool>& stop) -> std::optional<int> {
        try {
            return additionsWithSharingWithin(scheme, kBackgroundSharingBudget, &stop);
        } catch (const ArithmeticOverflow&) {
            return std::nullopt;  // ratios past 64 bits: no count, the rest stands
        }
    };
    auto done = [this](std::optional<std::optional<int>> result, const std::string&,
                       run::EndReason) {
        const std::optional<int> additions = result ? *result : std::nullopt;
        bridge_->postLast([this, additions] { showSharing(additions); });
    };
    bridge_->start(std::make_unique<run::Task<std::optional<int>>>(count, done));
}

void FormulaPanel::showSharing(std::optional<int> additions) {
    cost_->setText((additions ? costBase_ + tr(" (%1 with shared subexpressions)").arg(*additions)
                              : costBase_) +
                   stabilityText_);
    Q_EMIT sharingCounted();
}

QString FormulaPanel::costText() const {
    return cost_->text();
}

void FormulaPanel::styleProduct(QListWidgetItem* item, bool applied, bool current) const {
    // Products still to come are greyed: the list reads as a progress bar.
    item->setForeground(
        palette().color(applied ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    QFont font = products_->font();
    font.setBold(current);
    item->setFont(font);
}

void FormulaPanel::setStep(int step, const std::vector<bool>& completeC) {
    const QSignalBlocker block(products_);
    // Only the rows between the old and the new step change; restyling all of them costs a
    // relayout of every wrapped row (Laderman x Strassen has 161, AlphaTensor's 11x11x11 896).
    const int count = products_->count();
    const int first = std::max(0, std::min(step_, step) - 1);
    const int last = std::min(count - 1, std::max(step_, step) - 1);
    for (int r = first; r <= last; ++r) styleProduct(products_->item(r), r < step, r == step - 1);
    step_ = step;
    if (step > 0 && step <= count) {
        products_->setCurrentRow(step - 1);
        products_->scrollToItem(products_->item(step - 1));
    } else {
        products_->setCurrentRow(-1);
        products_->clearSelection();
    }
    // entryFormulas lists C row by row (c11, c12, ..., c21, ...): row i*p + k is c_ik.
    const int p = std::max(size_.p, 1);
    for (int row = 0; row < entries_->count(); ++row) {
        const std::size_t c = std::size_t(size_.cIndex(row / p, row % p));
        const bool complete = c < completeC.size() && completeC[c];
        QListWidgetItem* item = entries_->item(row);
        const QString text = item->data(Qt::UserRole).toString();
        const QString shown = complete ? tr("\u2713 ") + text : text;
        if (item->text() == shown) continue;
        item->setText(shown);
        item->setToolTip(complete ? tr("Complete: the residual no longer touches this entry")
                                  : QString());
    }
}

}  // namespace tg
