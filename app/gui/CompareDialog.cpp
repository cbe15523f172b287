#include "CompareDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/EngineBridge.h"

namespace tg {

namespace {

constexpr int kSpecRole = Qt::UserRole;
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kOrderRole = Qt::UserRole + 2;

// Sorts by the number behind the text, unknown ones last in either order, ties in the order
// the schemes were listed.
class CompareItem : public QTableWidgetItem {
  public:
    using QTableWidgetItem::QTableWidgetItem;

    bool operator<(const QTableWidgetItem& other) const override {
        const QTableWidget* table = tableWidget();
        const QVariant a = data(kSortRole);
        const QVariant b = other.data(kSortRole);
        if (a.isValid() != b.isValid()) {
            const bool ascending =
                !table || table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
            return a.isValid() == ascending;
        }
        if (a.isValid() && a.toDouble() != b.toDouble()) return a.toDouble() < b.toDouble();
        if (!a.isValid() && text() != other.text()) return text() < other.text();
        return data(kOrderRole).toInt() < other.data(kOrderRole).toInt();
    }
};

}  // namespace

CompareDialog::CompareDialog(SchemeFactsCache* facts, QWidget* parent)
    : QDialog(parent), facts_(facts), bridge_(new EngineBridge(this)) {
    setObjectName(QStringLiteral("compareSchemes"));
    setWindowTitle(tr("Compare Schemes"));
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("compareHeading"));
    auto* explanation = new QLabel(
        tr("The stability factor e bounds how much one level of a scheme can magnify rounding "
           "errors (Bini\u2013Lotti 1980; Ballard et al. 2016): L levels give a bound growing like "
           "e^L. The errors are measured: \u2016\u0108 \u2212 C\u2016 / \u2016"
           "C\u2016 for one "
           "product of random n \u00d7 n matrices (entries in [\u2212"
           "1, 1], the same for every "
           "scheme) with L levels of each scheme, against a long double reference."),
        this);
    explanation->setWordWrap(true);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("compareTable"));
    table_->setHorizontalHeaderLabels({tr("Scheme"), tr("Source"), tr("Size"), tr("Rank"),
                                       tr("Additions"), tr("Stability factor"), tr("Ring"),
                                       tr("Error (float)"), tr("Error (double)")});
    table_->horizontalHeaderItem(AdditionsColumn)
        ->setToolTip(tr("With shared subexpressions, as the Formulas panel counts them"));
    table_->horizontalHeaderItem(RingColumn)
        ->setToolTip(tr("Where the scheme is valid: Z (integers), Q (fractions), mod 2"));
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionsClickable(true);
    connect(table_->horizontalHeader(), &QHeaderView::sectionClicked, this, &CompareDialog::sortBy);
    auto* copy = new QAction(tr("&Copy Table"), table_);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &CompareDialog::copyTable);
    addAction(copy);

    size_ = new QSpinBox(this);
    size_->setObjectName(QStringLiteral("compareSize"));
    size_->setRange(8, 2048);
    size_->setValue(256);
    size_->setToolTip(tr("The matrices are n \u00d7 n; sizes that do not divide are padded"));
    levels_ = new QSpinBox(this);
    levels_->setObjectName(QStringLiteral("compareLevels"));
    levels_->setRange(1, 8);
    levels_->setValue(2);
    levels_->setToolTip(
        tr("Levels of each scheme before Eigen's product takes over (fewer "
           "when the blocks run out first)"));
    start_ = new QPushButton(tr("&Measure"), this);
    start_->setObjectName(QStringLiteral("compareStart"));
    stop_ = new QPushButton(tr("Sto&p"), this);
    stop_->setObjectName(QStringLiteral("compareStop"));
    progress_ = new QProgressBar(this);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("compareStatus"));
    status_->setWordWrap(true);
    connect(start_, &QPushButton::clicked, this, &CompareDialog::startRun);
    connect(stop_, &QPushButton::clicked, this, &CompareDialog::stopRun);

    auto* sizeLabel = new QLabel(tr("Matrix size &n:"), this);
    sizeLabel->setBuddy(size_);
    auto* levelsLabel = new QLabel(tr("&Levels L:"), this);
    levelsLabel->setBuddy(levels_);
    auto* controls = new QHBoxLayout;
    controls->addWidget(sizeLabel);
    controls->addWidget(size_);
    controls->addWidget(levelsLabel);
    controls->addWidget(levels_);
    controls->addWidget(start_);
    controls->addWidget(stop_);
    controls->addWidget(progress_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copyButton = buttons->addButton(tr("Copy &Table"), QDialogButtonBox::ActionRole);
    copyButton->setAutoDefault(false);
    connect(copyButton, &QPushButton::clicked, this, &CompareDialog::copyTable);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(explanation);
    layout->addLayout(controls);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(facts_, &SchemeFactsCache::factsReady, this, &CompareDialog::showFacts);
    updateButtons();
    resize(1020, 460);
}

CompareDialog::~CompareDialog() {
    bridge_->shutdown();
}

void CompareDialog::hideEvent(QHideEvent* event) {
    bridge_->stop();
    QDialog::hideEvent(event);
}

void CompareDialog::setEntries(const std::vector<CompareEntry>& entries, const QString& heading) {
    bridge_->shutdown();  // a run over the schemes listed before is stale
    entries_ = entries;
    heading_->setText(heading);
    sortColumn_ = -1;
    table_->horizontalHeader()->setSortIndicatorShown(false);
    table_->setRowCount(0);
    table_->setRowCount(int(entries_.size()));
    QStringList specs;
    for (int row = 0; row < int(entries_.size()); ++row) {
        const CompareEntry& e = entries_[std::size_t(row)];
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new CompareItem;
            item->setData(kSpecRole, e.spec);
            item->setData(kOrderRole, row);
            if (column >= RankColumn && column != RingColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, column, item);
        }
        setCell(e.spec, NameColumn, e.name, std::nullopt, e.toolTip);
        setCell(e.spec, SourceColumn, e.source, std::nullopt, e.toolTip);
        specs << e.spec;
        showFacts(e.spec);
    }
    facts_->request(specs);
    startRun();
}

void CompareDialog::setMatrixSize(int n) {
    size_->setValue(n);
}

void CompareDialog::setLevels(int levels) {
    levels_->setValue(levels);
}

QTableWidgetItem* CompareDialog::cell(const QString& spec, Column column) const {
    for (int row = 0; row < table_->rowCount(); ++row) {
        QTableWidgetItem* item = table_->item(row, column);
        if (item && item->data(kSpecRole).toString() == spec) return item;
    }
    return nullptr;
}

int CompareDialog::rowOf(const QString& spec) const {
    const QTableWidgetItem* item = cell(spec, NameColumn);
    return item ? item->row() : -1;
}

QString CompareDialog::cellText(const QString& spec, Column column) const {
    const QTableWidgetItem* item = cell(spec, column);
    return item ? item->text() : QString();
}

QString CompareDialog::cellToolTip(const QString& spec, Column column) const {
    const QTableWidgetItem* item = cell(spec, column);
    return item ? item->toolTip() : QString();
}

void CompareDialog::setCell(const QString& spec, Column column, const QString& text,
                            std::optional<double> sortKey, const QString& toolTip) {
    QTableWidgetItem* item = cell(spec, column);
    if (!item) return;
    item->setText(text);
    item->setData(kSortRole, sortKey ? QVariant(*sortKey) : QVariant());
    item->setToolTip(toolTip);
}

void CompareDialog::showFacts(const QString& spec) {
    const SchemeFacts* f = facts_->find(spec);
    if (!f || rowOf(spec) < 0) return;
    if (!f->error.isEmpty()) {
        setCell(spec, RankColumn, tr("?"), std::nullopt, f->error);
        return;
    }
    const QString size = QString::fromStdString(f->size.toString());
    setCell(spec, SizeColumn, size, double(f->size.n) * 1e6 + f->size.m * 1e3 + f->size.p);
    setCell(spec, RankColumn, QString::number(f->rank), f->rank);
    if (f->additions)
        setCell(spec, AdditionsColumn, QString::number(*f->additions), *f->additions);
    else
        setCell(spec, AdditionsColumn, tr("\u2014"), std::nullopt,
                tr("Too many terms to count quickly"));
    setCell(spec, StabilityColumn, stabilityText(f->stability), f->stability);
    setCell(spec, RingColumn, ringText(f->field), int(f->field),
            f->field == Field::Z2 ? tr("Valid only modulo 2") : QString());
    if (sortColumn_ >= 0) table_->sortItems(sortColumn_, sortOrder_);
}

void CompareDialog::sortBy(int column) {
    const bool again = column == sortColumn_ && sortOrder_ == Qt::AscendingOrder;
    sortColumn_ = column;
    sortOrder_ = again ? Qt::DescendingOrder : Qt::AscendingOrder;
    table_->horizontalHeader()->setSortIndicatorShown(true);
    table_->horizontalHeader()->setSortIndicator(column, sortOrder_);
    table_->sortItems(column, sortOrder_);
}

QString CompareDialog::tableText() const {
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << table_->horizontalHeaderItem(column)->text();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < table_->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << (table_->item(row, column) ? table_->item(row, column)->text() : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CompareDialog::copyTable() {
    QApplication::clipboard()->setText(tableText());
    status_->setText(
        tr("Copied the table (tab-separated, %n scheme(s)).", nullptr, table_->rowCount()));
}

QString CompareDialog::statusText() const {
    return status_->text();
}

}  // namespace tg
