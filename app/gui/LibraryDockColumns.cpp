// LibraryDock's number columns, their sorting, the entries' context menu and what Compare
// Schemes takes from the library.
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

#include "LibraryDock.h"

namespace tg {

namespace {

// Sorts by the numbers of the column the header shows sorted, unknown ones last in either
// order, ties (and the title column) in the library's own order.
class LibraryItem : public QTreeWidgetItem {
  public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override {
        const QTreeWidget* tree = treeWidget();
        const int column = tree ? tree->header()->sortIndicatorSection() : 0;
        const QVariant a = data(column, LibraryDock::SortRole);
        const QVariant b = other.data(column, LibraryDock::SortRole);
        if (a.isValid() != b.isValid()) {
            const bool ascending =
                !tree || tree->header()->sortIndicatorOrder() == Qt::AscendingOrder;
            return a.isValid() == ascending;
        }
        if (a.isValid() && a.toDouble() != b.toDouble()) return a.toDouble() < b.toDouble();
        return data(0, LibraryDock::OrderRole).toInt() <
               other.data(0, LibraryDock::OrderRole).toInt();
    }
};

constexpr std::array<LibraryDock::Column, 3> kNumberColumns{
    LibraryDock::RankColumn, LibraryDock::AdditionsColumn, LibraryDock::StabilityColumn};

// "2x3x4" as a number that orders sizes by n, then m, then p.
std::optional<double> sizeKey(const QString& size) {
    const QStringList parts = size.split(QLatin1Char('x'));
    if (parts.size() != 3) return std::nullopt;
    double key = 0;
    for (const QString& part : parts) {
        bool ok = false;
        const int d = part.toInt(&ok);
        if (!ok) return std::nullopt;
        key = key * 1000 + d;
    }
    return key;
}

bool isLeaf(const QTreeWidgetItem* item) {
    return !item->data(0, LibraryDock::SpecRole).toString().isEmpty();
}

}  // namespace

QTreeWidgetItem* LibraryDock::makeItem(QTreeWidgetItem* parent, const QStringList& texts) {
    auto* item = new LibraryItem(parent, texts);
    item->setData(0, OrderRole, nextOrder_++);
    if (texts.size() > SizeColumn)
        if (const auto key = sizeKey(texts[SizeColumn])) item->setData(SizeColumn, SortRole, *key);
    return item;
}

void LibraryDock::setNumber(QTreeWidgetItem* item, Column column, std::optional<double> value,
                            const QString& text) {
    item->setData(column, SortRole, value ? QVariant(*value) : QVariant());
    item->setText(column, !text.isEmpty() ? text : value ? QString::number(*value) : QString());
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

void LibraryDock::setUpColumns() {
    QHeaderView* header = tree_->header();
    for (const Column c : kNumberColumns) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        tree_->setColumnHidden(c, true);
    }
    tree_->headerItem()->setToolTip(RankColumn, tr("Multiplications"));
    tree_->headerItem()->setToolTip(AdditionsColumn,
                                    tr("Additions with shared subexpressions, as the Formulas "
                                       "panel counts them"));
    tree_->headerItem()->setToolTip(StabilityColumn,
                                    tr("Stability factor: how much one recursion level can magnify "
                                       "rounding errors (Bini\u2013Lotti; Ballard et al. 2016)"));
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        const bool again = section == sortColumn_ && sortOrder_ == Qt::AscendingOrder;
        sortBy(Column(section), again ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu;
        addColumnActions(&menu);
        menu.exec(tree_->header()->mapToGlobal(at));
    });
    // Ctrl and Shift clicks choose the schemes to compare.
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree_, &QWidget::customContextMenuRequested, this, &LibraryDock::showContextMenu);
    connect(tree_, &QTreeWidget::itemExpanded, this,
            [this](const QTreeWidgetItem* folder) { requestFacts(folder); });
    connect(facts_, &SchemeFactsCache::factsReady, this, &LibraryDock::showFacts);
}

void LibraryDock::addColumnActions(QMenu* menu) {
    const std::array<QString, 3> names{tr("&Rank"), tr("&Additions"), tr("&Stability Factor")};
    for (std::size_t i = 0; i < kNumberColumns.size(); ++i) {
        const Column c = kNumberColumns[i];
        QAction* action = menu->addAction(names[i]);
        action->setCheckable(true);
        action->setChecked(isColumnShown(c));
        connect(action, &QAction::toggled, this,
                [this, c](bool shown) { setColumnShown(c, shown); });
    }
}

void LibraryDock::showContextMenu(const QPoint& at) {
    QMenu menu;
    QTreeWidgetItem* item = tree_->itemAt(at);
    if (item && isLeaf(item)) {
        const QString spec = item->data(0, SpecRole).toString();
        menu.addAction(tr("&Open"), this, [this, spec] { Q_EMIT sourceActivated(spec); });
    }
    if (compareAction_) menu.addAction(compareAction_);
    menu.addSeparator();
    addColumnActions(menu.addMenu(tr("Show &Columns")));
    menu.exec(tree_->viewport()->mapToGlobal(at));
}

void LibraryDock::setColumnShown(Column column, bool shown) {
    tree_->setColumnHidden(column, !shown);
    if (shown) requestFacts(nullptr);
}

bool LibraryDock::isColumnShown(Column column) const {
    return !tree_->isColumnHidden(column);
}

void LibraryDock::sortBy(Column column, Qt::SortOrder order) {
    sortColumn_ = column == TitleColumn ? -1 : column;
    sortOrder_ = order;
    QHeaderView* header = tree_->header();
    header->setSortIndicatorShown(sortColumn_ >= 0);
    header->setSortIndicator(column, order);
    for (QTreeWidgetItem* group : {builtins_, published_, opened_, recent_, results_})
        group->sortChildren(column, order);
    if (QTreeWidgetItem* current = tree_->currentItem()) tree_->scrollToItem(current);
}

// Numbers arrive one by one: one sort for all that came in the same turn of the event loop.
void LibraryDock::resortSoon() {
    if (sortColumn_ < 0 || resortPending_) return;
    resortPending_ = true;
    QTimer::singleShot(0, this, [this] {
        resortPending_ = false;
        if (sortColumn_ >= 0) sortBy(Column(sortColumn_), sortOrder_);
    });
}

// Asks for the numbers of the leaves on show under `folder` (nullptr: every open folder).
void LibraryDock::requestFacts(const QTreeWidgetItem* folder) {
    const bool wanted = isColumnShown(RankColumn) || isColumnShown(AdditionsColumn) ||
                        isColumnShown(StabilityColumn);
    if (!wanted) return;
    QStringList specs;
    std::function<void(const QTreeWidgetItem*)> walk = [&](const QTreeWidgetItem* item) {
        if (item->isHidden()) return;
        if (isLeaf(item)) {
            if (!facts_->find(item->data(0, SpecRole).toString()))
                specs << item->data(0, SpecRole).toString();
            return;
        }
        if (item->parent() && !item->isExpanded()) return;
        for (int i = 0; i < item->childCount(); ++i) walk(item->child(i));
    };
    if (folder) {
        walk(folder);
    } else {
        for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* group = tree_->topLevelItem(i);
            if (group->isExpanded()) walk(group);
        }
    }
    facts_->request(specs);
}

void LibraryDock::showFacts(const QString& spec) {
    const SchemeFacts* facts = facts_->find(spec);
    if (!facts) return;
    std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
        for (int i = 0; i < item->childCount(); ++i) walk(item->child(i));
        if (item->data(0, SpecRole).toString() != spec) return;
        if (!facts->error.isEmpty()) {
            for (const Column c : kNumberColumns) item->setToolTip(c, facts->error);
            setNumber(item, StabilityColumn, std::nullopt, tr("?"));
            return;
        }
        setNumber(item, RankColumn, facts->rank);
        setNumber(item, AdditionsColumn,
                  facts->additions ? std::optional<double>(*facts->additions) : std::nullopt,
                  facts->additions ? QString() : tr("\u2014"));
        if (!facts->additions)
            item->setToolTip(AdditionsColumn, tr("Too many terms to count quickly"));
        setNumber(item, StabilityColumn, facts->stability, stabilityText(facts->stability));
    };
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) walk(tree_->topLevelItem(i));
    resortSoon();
}

std::vector<CompareEntry> LibraryDock::comparisonEntries(const TensorSize& size,
                                                         bool* selected) const {
    QList<QTreeWidgetItem*> chosen;
    for (QTreeWidgetItem* item : tree_->selectedItems())
        if (isLeaf(item)) chosen << item;
    if (selected) *selected = chosen.size() >= 2;
    if (chosen.size() < 2) {
        chosen.clear();
        const QString wanted = QString::fromStdString(size.toString());
        std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
            if (isLeaf(item) && item->data(0, SizeRole).toString() == wanted) chosen << item;
            for (int i = 0; i < item->childCount(); ++i) walk(item->child(i));
        };
        for (int i = 0; i < tree_->topLevelItemCount(); ++i) walk(tree_->topLevelItem(i));
    }
    std::vector<CompareEntry> entries;
    QSet<QString> seen;
    for (const QTreeWidgetItem* item : chosen) {
        const QString spec = item->data(0, SpecRole).toString();
        if (seen.contains(spec)) continue;
        seen.insert(spec);
        entries.push_back({spec, item->text(TitleColumn),
                           item->parent() ? item->parent()->text(TitleColumn) : QString(),
                           item->toolTip(TitleColumn)});
    }
    return entries;
}

}  // namespace tg
