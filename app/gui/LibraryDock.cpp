#include "LibraryDock.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <exception>
#include <functional>

#include "BuiltinNames.h"
#include "RecentFiles.h"
#include "core/catalog/Catalog.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Stability.h"
#include "widgets/SearchResults.h"

namespace tg {

namespace {

QString sizeText(const TensorSize& size) {
    return QString::fromStdString(size.toString());
}

// "2,2,3", "<2,2,3>" and "2x2x3" all read as "2x2x3".
QString normalisedSize(QString text) {
    text = text.trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    return text.replace(QLatin1Char(','), QLatin1Char('x')).remove(QLatin1Char(' '));
}

}  // namespace

LibraryDock::LibraryDock(QWidget* parent) : QWidget(parent) {
    sizeFilter_ = new QLineEdit(this);
    sizeFilter_->setObjectName(QStringLiteral("sizeFilter"));
    sizeFilter_->setPlaceholderText(tr("Size, e.g. 3x3x3"));
    sizeFilter_->setClearButtonEnabled(true);
    fieldFilter_ = new QComboBox(this);
    fieldFilter_->setObjectName(QStringLiteral("fieldFilter"));
    fieldFilter_->addItem(tr("Any field"));
    for (Field f : kAllFields) {
        const QString name = QString::fromStdString(fieldName(f));
        fieldFilter_->addItem(name, name);
    }
    rankFilter_ = new QSpinBox(this);
    rankFilter_->setObjectName(QStringLiteral("rankFilter"));
    rankFilter_->setRange(0, 2000);
    rankFilter_->setPrefix(tr("rank ≤ "));
    rankFilter_->setSpecialValueText(tr("Any rank"));
    rankFilter_->setToolTip(tr("Show schemes of at most this many multiplications"));
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("libraryTree"));
    // Two columns keep the dock narrow: a published entry's title says its rank and field. The
    // number columns are there for sorting and comparing, shown on request (setUpColumns).
    tree_->setColumnCount(5);
    tree_->setHeaderLabels(
        {tr("Scheme"), tr("Size"), tr("Rank"), tr("Additions"), tr("Stability")});
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    tree_->setToolTip(tr("Double click or Enter opens a scheme"));
    facts_ = new SchemeFactsCache(this);
    setUpColumns();
    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("libraryDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    builtins_ = new QTreeWidgetItem(tree_, {tr("Built-in")});
    published_ = new QTreeWidgetItem(tree_, {tr("Published")});
    opened_ = new QTreeWidgetItem(tree_, {tr("Opened and saved")});
    recent_ = new QTreeWidgetItem(tree_, {tr("Recent files")});
    results_ = new QTreeWidgetItem(tree_, {tr("Search results")});
    results_->setToolTip(0, ResultStore::defaultFolder());
    for (const CatalogEntry& entry : catalogEntries()) {
        const auto scheme = builtinScheme(entry.key);
        QTreeWidgetItem* item = addEntry(
            builtins_, builtinTitle(entry),
            QStringLiteral("builtin:") + QString::fromStdString(entry.key), sizeText(entry.size),
            scheme ? QString::fromStdString(fieldName(scheme->field)) : QString(), entry.rank);
        // The stability factor too: hovering Strassen, Winograd, ... compares them at a glance.
        item->setToolTip(
            0, QStringLiteral("%1\n%2").arg(item->text(TitleColumn), builtinSummary(entry)) +
                   (scheme ? QStringLiteral("\n") +
                                 tr("Stability factor: %1")
                                     .arg(QString::fromStdString(stabilityFactorText(*scheme)))
                           : QString()));
        item->setData(0, NoteRole, builtinSummary(entry));
    }
    addPublished();
    refreshRecent();
    rebuildResults(ResultStore::defaultFolder());
    tree_->expandAll();
    // Over a hundred and fifty published schemes: their folders open on demand or on a filter.
    for (int i = 0; i < published_->childCount(); ++i) published_->child(i)->setExpanded(false);

    // The rank filter gets a row of its own: beside the others it would widen the dock past
    // what a 900-pixel window leaves it.
    auto* sizeAndField = new QHBoxLayout;
    sizeAndField->addWidget(sizeFilter_, 1);
    sizeAndField->addWidget(fieldFilter_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(sizeAndField);
    layout->addWidget(rankFilter_);
    layout->addWidget(tree_, 1);
    layout->addWidget(details_);

    connect(sizeFilter_, &QLineEdit::textChanged, this, &LibraryDock::applyFilter);
    connect(fieldFilter_, &QComboBox::currentIndexChanged, this, &LibraryDock::applyFilter);
    connect(rankFilter_, &QSpinBox::valueChanged, this, &LibraryDock::applyFilter);
    connect(tree_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showDetails(item); });
    connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString spec = item->data(0, SpecRole).toString();
        if (!spec.isEmpty()) Q_EMIT sourceActivated(spec);
    });
}

QTreeWidgetItem* LibraryDock::addEntry(QTreeWidgetItem* group, const QString& title,
                                       const QString& spec, const QString& size,
                                       const QString& field, int rank) {
    QTreeWidgetItem* item = makeItem(group, {title, size});
    item->setData(0, SpecRole, spec);
    item->setData(0, SizeRole, size);
    item->setData(0, FieldRole, field);
    item->setData(0, RankRole, rank);
    setNumber(item, RankColumn, rank > 0 ? std::optional<double>(rank) : std::nullopt);
    item->setToolTip(
        0, spec.isEmpty() || spec == title ? title : QStringLiteral("%1\n%2").arg(title, spec));
    return item;
}

int LibraryDock::preferredWidth() const {
    const QFontMetrics metrics(tree_->font());
    int widest = 0;
    int widestSize = tree_->header()->sectionSizeHint(SizeColumn);
    const int cellMargins = 4 * metrics.averageCharWidth();
    for (int i = 0; i < builtins_->childCount(); ++i) {
        const QTreeWidgetItem* item = builtins_->child(i);
        widest = std::max(widest, metrics.horizontalAdvance(item->text(TitleColumn)));
        widestSize =
            std::max(widestSize, metrics.horizontalAdvance(item->text(SizeColumn)) + cellMargins);
    }
    // A built-in sits one level down: the root's indentation and its own, and the cell's margins.
    const int title = widest + 2 * tree_->indentation() + cellMargins;
    const int size = widestSize;
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    return title + size + tree_->verticalScrollBar()->sizeHint().width() + 2 * tree_->frameWidth() +
           margins.left() + margins.right();
}

QSize LibraryDock::sizeHint() const {
    return {preferredWidth(), QWidget::sizeHint().height()};
}

// The catalogue only: a scheme is decoded when it is opened, so start-up stays fast.
void LibraryDock::addPublished() {
    const auto dir = findPublishedDir(QApplication::applicationDirPath().toStdString());
    std::vector<PublishedScheme> all;
    try {
        if (dir) all = readPublishedCatalog(*dir);
    } catch (const std::exception& e) {
        published_->setToolTip(0, QString::fromLocal8Bit(e.what()));
    }
    if (all.empty()) {
        published_->setText(0, tr("Published (not installed)"));
        return;
    }
    // Sources in the catalogue's order: the best known per size first, then AlphaTensor's.
    QTreeWidgetItem* best = makeItem(published_, {tr("Best known up to 6x6x6")});
    QTreeWidgetItem* alphaTensor = makeItem(published_, {tr("AlphaTensor (2022)")});
    for (const PublishedScheme& p : all) {
        const bool fromNpz = p.file.find('#') != std::string::npos;
        const QString field = QString::fromStdString(fieldName(p.field));
        const QString title =
            tr("%1, rank %2 over %3").arg(sizeText(p.size)).arg(p.rank).arg(field);
        QTreeWidgetItem* item = addEntry(fromNpz ? alphaTensor : best, title,
                                         QString::fromStdString(publishedSpec(*dir, p)),
                                         sizeText(p.size), field, p.rank);
        const QString origin =
            tr("%1. Source: %2.")
                .arg(QString::fromStdString(p.citation), QString::fromStdString(p.source));
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(title, origin));
        const QString note = relationNote(p, all);
        item->setData(0, NoteRole, note.isEmpty() ? origin : origin + QLatin1Char('\n') + note);
    }
}

// How a published scheme stands beside the others of its size (in any order of n, m, p).
QString LibraryDock::relationNote(const PublishedScheme& scheme,
                                  const std::vector<PublishedScheme>& all) const {
    auto sorted = [](const TensorSize& s) {
        std::array<int, 3> d{s.n, s.m, s.p};
        std::sort(d.begin(), d.end());
        return d;
    };
    std::array<int, 3> lowest{0, 0, 0};  // the lowest rank of this size over Z, Q, Z2
    for (const PublishedScheme& p : all) {
        if (sorted(p.size) != sorted(scheme.size)) continue;
        int& r = lowest[std::size_t(p.field)];
        if (r == 0 || p.rank < r) r = p.rank;
    }
    const int overZ = lowest[std::size_t(Field::Z)];
    const int overQ = lowest[std::size_t(Field::Q)];
    const int mod2 = lowest[std::size_t(Field::Z2)];
    switch (scheme.field) {
        case Field::Z2:
            if (overZ > 0)
                return tr("Valid only modulo 2: over the integers the best bundled scheme of this "
                          "size has rank %1. tensorgame-cli lift tries to lift it to Z and proves "
                          "it when no lift exists (AlphaTensor's 4x4x4 rank 47 has none).")
                    .arg(overZ);
            return tr("Valid only modulo 2. tensorgame-cli lift tries to lift it to Z.");
        case Field::Q:
            return tr("Needs fractions: over the integers the best bundled scheme of this size "
                      "has rank %1.")
                .arg(overZ);
        case Field::Z: {
            QStringList better;
            if (overQ > 0 && overQ < scheme.rank)
                better << tr("over Q a scheme of rank %1 (with fractions)").arg(overQ);
            if (mod2 > 0 && mod2 < scheme.rank)
                better << tr("modulo 2 a scheme of rank %1 (valid only mod 2)").arg(mod2);
            if (better.isEmpty()) return {};
            return tr("Also bundled for this size: %1.").arg(better.join(tr("; ")));
        }
    }
    return {};
}

void LibraryDock::showDetails(const QTreeWidgetItem* item) {
    details_->setText(item ? item->data(0, NoteRole).toString() : QString());
}

QString LibraryDock::details() const {
    return details_->text();
}

void LibraryDock::addOpened(const QString& path, const TensorSize& size, Field field) {
    for (int i = 0; i < opened_->childCount(); ++i)
        if (opened_->child(i)->data(0, SpecRole).toString() == path) return;
    QStringList keys;
    try {
        for (const std::string& spec : listSchemes(path.toStdString()))
            keys << QString::fromStdString(spec);
    } catch (const std::exception&) {
        // Listed as the file alone: opening it will say what is wrong.
    }
    QTreeWidgetItem* item;
    if (keys.size() > 1) {
        // An archive: the file is a folder of its keys, each opened on its own.
        item = makeItem(opened_, {QFileInfo(path).fileName()});
        item->setToolTip(0, path);
        for (const QString& key : keys) {
            const QString k = key.section(QLatin1Char('#'), -1);
            addEntry(item, k, key, normalisedSize(k), QString());
        }
    } else {
        item = addEntry(opened_, QFileInfo(path).fileName(), path, sizeText(size),
                        QString::fromStdString(fieldName(field)));
    }
    item->setExpanded(true);
    opened_->setExpanded(true);
    refreshRecent();
    applyFilter();
}

void LibraryDock::refreshRecent() {
    qDeleteAll(recent_->takeChildren());
    for (const QString& path : RecentFiles::load())
        addEntry(recent_, QFileInfo(path).fileName(), path, QString(), QString());
    applyFilter();
}

void LibraryDock::rebuildResults(const QString& folder) {
    qDeleteAll(results_->takeChildren());
    results_->setToolTip(0, folder);
    for (const SavedResult& r : ResultStore::list(folder))
        addEntry(results_, ResultStore::title(r), r.path, sizeText(r.size),
                 QString::fromStdString(fieldName(r.field)));
    applyFilter();
}

void LibraryDock::addResult(const QString& path) {
    const auto r = ResultStore::parseName(path);
    for (int i = 0; i < results_->childCount(); ++i)
        if (results_->child(i)->data(0, SpecRole).toString() == path) return;
    QTreeWidgetItem* item =
        r ? addEntry(results_, ResultStore::title(*r), path, sizeText(r->size),
                     QString::fromStdString(fieldName(r->field)))
          : addEntry(results_, QFileInfo(path).fileName(), path, QString(), QString());
    // Newest first, as rebuildResults lists them.
    results_->insertChild(0, results_->takeChild(results_->indexOfChild(item)));
    item->setData(0, OrderRole, --frontOrder_);
    results_->setExpanded(true);
    applyFilter();
}

void LibraryDock::setFilter(const QString& size, std::optional<Field> field) {
    sizeFilter_->setText(size);
    fieldFilter_->setCurrentIndex(
        field ? fieldFilter_->findData(QString::fromStdString(fieldName(*field))) : 0);
    applyFilter();
}

void LibraryDock::setMaxRank(int maxRank) {
    rankFilter_->setValue(maxRank);
    applyFilter();
}

void LibraryDock::applyFilter() {
    const QString size = normalisedSize(sizeFilter_->text());
    const QString field = fieldFilter_->currentData().toString();
    const int maxRank = rankFilter_->value();
    // Entries of unknown size, rank or field (recent files, archive keys) pass that part.
    const auto passes = [&](const QTreeWidgetItem* item) {
        const QString s = item->data(0, SizeRole).toString();
        const QString f = item->data(0, FieldRole).toString();
        const int r = item->data(0, RankRole).toInt();
        return (size.isEmpty() || s.isEmpty() || s.startsWith(size)) &&
               (field.isEmpty() || f.isEmpty() || f == field) &&
               (maxRank == 0 || r == 0 || r <= maxRank);
    };
    const bool filtering = !size.isEmpty() || !field.isEmpty() || maxRank > 0;
    std::function<bool(QTreeWidgetItem*)> filter = [&](QTreeWidgetItem* item) {
        bool any = false;
        for (int i = 0; i < item->childCount(); ++i) any |= filter(item->child(i));
        const bool leaf = !item->data(0, SpecRole).toString().isEmpty();
        const bool shown = leaf ? passes(item) : any;
        if (item->parent()) item->setHidden(!shown);
        // A filter opens the folders it finds something in (the published ones start closed).
        if (filtering && !leaf && shown) item->setExpanded(true);
        return shown;
    };
    for (QTreeWidgetItem* group : {builtins_, published_, opened_, recent_, results_})
        filter(group);
    // New entries take their place in the order chosen and get their numbers.
    resortSoon();
    requestFacts(nullptr);
}

QStringList LibraryDock::visibleSpecs() const {
    QStringList specs;
    std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
        if (item->isHidden()) return;
        const QString spec = item->data(0, SpecRole).toString();
        if (!spec.isEmpty()) specs << spec;
        for (int i = 0; i < item->childCount(); ++i) walk(item->child(i));
    };
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) walk(tree_->topLevelItem(i));
    return specs;
}

}  // namespace tg
