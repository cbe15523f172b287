#pragma once
// File > Open Recent: the files opened last (RecentFiles), newest first, disabled while there
// are none. Choosing one asks to open it; the window says which files were opened or are gone.

#include <QMenu>

namespace tg {

class RecentFilesMenu : public QMenu {
    Q_OBJECT

  public:
    explicit RecentFilesMenu(const QString& title, QWidget* parent = nullptr);

    // Puts `path` first (an absolute path).
    void add(const QString& path);
    // Forgets `path` (a file that has gone).
    void remove(const QString& path);

  Q_SIGNALS:
    void fileChosen(const QString& path);

  private:
    void rebuild();
};

}  // namespace tg
