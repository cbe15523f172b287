#pragma once
// Help > Keyboard Shortcuts: every menu command that has a shortcut, read from the window's
// menus when the dialog opens (so the list is never out of date), plus the mouse and keys of
// the 3D view and the factor grids, which are not menu commands.

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace tg {

class ShortcutsDialog : public QDialog {
    Q_OBJECT

  public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return table_; }

  private:
    QTableWidget* table_ = nullptr;
};

}  // namespace tg
