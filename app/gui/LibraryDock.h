#pragma once
// The library: built-in schemes, the published schemes the program ships (AlphaTensor's and
// the best known of every size up to 6x6x6, with source and citation), files opened this session
// (an npz lists its keys), recent files and saved episodes, and the results of searches (the
// results folder, read at start-up and extended as searches find more), filtered by size, rank
// and field. Activating an entry (double click or Enter) asks the window to open it; the line
// under the list tells where the selected scheme comes from and how it relates to the others
// of its size (valid only mod 2, needs fractions, ...).
// Columns for rank, additions and stability factor can be shown (the header's context menu);
// a click on a header sorts every folder by that column (LibraryDockColumns.cpp). The numbers
// come from a SchemeFactsCache, in the background, for the entries in open folders only. The
// context menu compares the selected schemes (or those of the size on show) side by side.

#include <QWidget>
#include <optional>
#include <vector>

#include "CompareFacts.h"
#include "core/catalog/PublishedCatalog.h"
#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace tg {

class LibraryDock : public QWidget {
    Q_OBJECT

  public:
    enum Role {
        SpecRole = Qt::UserRole,
        SizeRole,
        FieldRole,
        RankRole,
        NoteRole,
        OrderRole,  // the entry's place in the library's own order
        SortRole    // per column: the number a click on its header sorts by
    };
    enum Column { TitleColumn, SizeColumn, RankColumn, AdditionsColumn, StabilityColumn };

    explicit LibraryDock(QWidget* parent = nullptr);

    // A file just opened or saved; an archive lists its keys beneath it.
    void addOpened(const QString& path, const TensorSize& size, Field field);
    void refreshRecent();
    // Lists the results in `folder` (ResultStore's names), newest first, in place of those shown.
    void rebuildResults(const QString& folder);
    // Size as typed ("3x3x3", "3,3,3", "4x4": a prefix), field: nullopt for any.
    void setFilter(const QString& size, std::optional<Field> field);
    // Entries of rank above `maxRank` are hidden; 0 shows every rank.
    void setMaxRank(int maxRank);

    [[nodiscard]] QTreeWidget* tree() const { return tree_; }
    [[nodiscard]] QLineEdit* sizeFilter() const { return sizeFilter_; }
    // The group of published schemes (empty when they are not installed).
    [[nodiscard]] QTreeWidgetItem* publishedGroup() const { return published_; }
    // What the details line says about the current entry.
    [[nodiscard]] QString details() const;
    // The specs of the entries that pass the filter, in order.
    [[nodiscard]] QStringList visibleSpecs() const;
    // Wide enough for the built-in names and the size column, unelided.
    [[nodiscard]] int preferredWidth() const;
    [[nodiscard]] QSize sizeHint() const override;

    // The number columns (rank, additions, stability factor): hidden at first, so that the
    // dock stays narrow; showing one computes its numbers for the open folders.
    void setColumnShown(Column column, bool shown);
    [[nodiscard]] bool isColumnShown(Column column) const;
    // What a click on the column's header does: every folder in that order, unknown numbers
    // last; TitleColumn restores the library's own order.
    void sortBy(Column column, Qt::SortOrder order = Qt::AscendingOrder);
    [[nodiscard]] SchemeFactsCache* facts() const { return facts_; }
    // What Compare Schemes compares: the selected schemes when two or more are, else every
    // scheme in the library of `size` (each spec once), in the library's order. *selected
    // (when given) says which.
    [[nodiscard]] std::vector<CompareEntry> comparisonEntries(const TensorSize& size,
                                                              bool* selected = nullptr) const;
    // Put in the entries' context menu (the window's Compare Schemes).
    void setCompareAction(QAction* action) { compareAction_ = action; }

  public Q_SLOTS:
    // A search saved a result at `path`: listed first under Results.
    void addResult(const QString& path);

  Q_SIGNALS:
    void sourceActivated(const QString& spec);

  private:
    void setUpColumns();
    // A child of `parent` (any but the top-level groups) that sorts by the SortRole numbers.
    QTreeWidgetItem* makeItem(QTreeWidgetItem* parent, const QStringList& texts);
    // The text and the sort key of a number cell (nullopt: unknown, sorted last).
    static void setNumber(QTreeWidgetItem* item, Column column, std::optional<double> value,
                          const QString& text = {});
    void showContextMenu(const QPoint& at);
    void addColumnActions(QMenu* menu);
    void requestFacts(const QTreeWidgetItem* folder);
    void showFacts(const QString& spec);
    void resortSoon();
    void applyFilter();
    void addPublished();
    [[nodiscard]] QString relationNote(const PublishedScheme& scheme,
                                       const std::vector<PublishedScheme>& all) const;
    void showDetails(const QTreeWidgetItem* item);
    QTreeWidgetItem* addEntry(QTreeWidgetItem* group, const QString& title, const QString& spec,
                              const QString& size, const QString& field, int rank = 0);

    QTreeWidget* tree_ = nullptr;
    QTreeWidgetItem* builtins_ = nullptr;
    QTreeWidgetItem* published_ = nullptr;
    QTreeWidgetItem* opened_ = nullptr;
    QTreeWidgetItem* recent_ = nullptr;
    QTreeWidgetItem* results_ = nullptr;
    QLineEdit* sizeFilter_ = nullptr;
    QComboBox* fieldFilter_ = nullptr;
    QSpinBox* rankFilter_ = nullptr;
    QLabel* details_ = nullptr;
    SchemeFactsCache* facts_ = nullptr;
    QAction* compareAction_ = nullptr;
    int sortColumn_ = -1;  // -1: the library's own order, as built
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    bool resortPending_ = false;
    int nextOrder_ = 0;
    int frontOrder_ = 0;  // results added first go before everything (negative orders)
};

}  // namespace tg
