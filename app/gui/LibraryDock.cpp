#include "LibraryDock.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <exception>
#include <functional>

#include "RecentFiles.h"
#include "core/catalog/Catalog.h"
#include "core/io/SchemeSource.h"
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
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("libraryTree"));
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Scheme"), tr("Size")});
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->setToolTip(tr("Double click or Enter opens a scheme"));

    builtins_ = new QTreeWidgetItem(tree_, {tr("Built-in")});
    opened_ = new QTreeWidgetItem(tree_, {tr("Opened and saved")});
    recent_ = new QTreeWidgetItem(tree_, {tr("Recent files")});
    results_ = new QTreeWidgetItem(tree_, {tr("Search results")});
    results_->setToolTip(0, ResultStore::defaultFolder());
    for (const CatalogEntry& entry : catalogEntries()) {
        const auto scheme = builtinScheme(entry.key);
        addEntry(builtins_, QString::fromStdString(entry.title),
                 QStringLiteral("builtin:") + QString::fromStdString(entry.key),
                 sizeText(entry.size),
                 scheme ? QString::fromStdString(fieldName(scheme->field)) : QString())
            ->setToolTip(0, QString::fromStdString(entry.summary));
    }
    refreshRecent();
    rebuildResults(ResultStore::defaultFolder());
    tree_->expandAll();

    auto* filters = new QHBoxLayout;
    filters->addWidget(sizeFilter_, 1);
    filters->addWidget(fieldFilter_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(tree_, 1);

    connect(sizeFilter_, &QLineEdit::textChanged, this, &LibraryDock::applyFilter);
    connect(fieldFilter_, &QComboBox::currentIndexChanged, this, &LibraryDock::applyFilter);
    connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString spec = item->data(0, SpecRole).toString();
        if (!spec.isEmpty()) Q_EMIT sourceActivated(spec);
    });
}

QTreeWidgetItem* LibraryDock::addEntry(QTreeWidgetItem* group, const QString& title,
                                       const QString& spec, const QString& size,
                                       const QString& field) {
    auto* item = new QTreeWidgetItem(group, {title, size});
    item->setData(0, SpecRole, spec);
    item->setData(0, SizeRole, size);
    item->setData(0, FieldRole, field);
    item->setToolTip(0, spec);
    return item;
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
        item = new QTreeWidgetItem(opened_, {QFileInfo(path).fileName()});
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
    results_->setExpanded(true);
    applyFilter();
}

void LibraryDock::setFilter(const QString& size, std::optional<Field> field) {
    sizeFilter_->setText(size);
    fieldFilter_->setCurrentIndex(
        field ? fieldFilter_->findData(QString::fromStdString(fieldName(*field))) : 0);
    applyFilter();
}

void LibraryDock::applyFilter() {
    const QString size = normalisedSize(sizeFilter_->text());
    const QString field = fieldFilter_->currentData().toString();
    // Entries of unknown size or field (recent files, archive keys) pass that part of the test.
    const auto passes = [&](const QTreeWidgetItem* item) {
        const QString s = item->data(0, SizeRole).toString();
        const QString f = item->data(0, FieldRole).toString();
        return (size.isEmpty() || s.isEmpty() || s.startsWith(size)) &&
               (field.isEmpty() || f.isEmpty() || f == field);
    };
    std::function<bool(QTreeWidgetItem*)> filter = [&](QTreeWidgetItem* item) {
        bool any = false;
        for (int i = 0; i < item->childCount(); ++i) any |= filter(item->child(i));
        const bool leaf = !item->data(0, SpecRole).toString().isEmpty();
        const bool shown = leaf ? passes(item) : any;
        if (item->parent()) item->setHidden(!shown);
        return shown;
    };
    for (QTreeWidgetItem* group : {builtins_, opened_, recent_, results_}) filter(group);
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
