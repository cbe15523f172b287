#pragma once
// The library: built-in schemes, files opened this session (an npz lists its keys), recent
// files and saved episodes, and the results of searches (the results folder, read at start-up
// and extended as searches find more), filtered by size and field. Activating an entry (double
// click or Enter) asks the window to open it.

#include <QWidget>
#include <optional>

#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"

class QComboBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace tg {

class LibraryDock : public QWidget {
    Q_OBJECT

  public:
    enum Role { SpecRole = Qt::UserRole, SizeRole, FieldRole };

    explicit LibraryDock(QWidget* parent = nullptr);

    // A file just opened or saved; an archive lists its keys beneath it.
    void addOpened(const QString& path, const TensorSize& size, Field field);
    void refreshRecent();
    // Lists the results in `folder` (ResultStore's names), newest first, in place of those shown.
    void rebuildResults(const QString& folder);
    // Size as typed ("3x3x3", "3,3,3", "4x4": a prefix), field: nullopt for any.
    void setFilter(const QString& size, std::optional<Field> field);

    [[nodiscard]] QTreeWidget* tree() const { return tree_; }
    [[nodiscard]] QLineEdit* sizeFilter() const { return sizeFilter_; }
    // The specs of the entries that pass the filter, in order.
    [[nodiscard]] QStringList visibleSpecs() const;

  public Q_SLOTS:
    // A search saved a result at `path`: listed first under Results.
    void addResult(const QString& path);

  Q_SIGNALS:
    void sourceActivated(const QString& spec);

  private:
    void applyFilter();
    QTreeWidgetItem* addEntry(QTreeWidgetItem* group, const QString& title, const QString& spec,
                              const QString& size, const QString& field);

    QTreeWidget* tree_ = nullptr;
    QTreeWidgetItem* builtins_ = nullptr;
    QTreeWidgetItem* opened_ = nullptr;
    QTreeWidgetItem* recent_ = nullptr;
    QTreeWidgetItem* results_ = nullptr;
    QLineEdit* sizeFilter_ = nullptr;
    QComboBox* fieldFilter_ = nullptr;
};

}  // namespace tg
