#include "RecentFilesMenu.h"

#include <QFileInfo>

#include "RecentFiles.h"

namespace tg {

RecentFilesMenu::RecentFilesMenu(const QString& title, QWidget* parent) : QMenu(title, parent) {
    rebuild();
}

void RecentFilesMenu::add(const QString& path) {
    RecentFiles::add(path);
    rebuild();
}

void RecentFilesMenu::remove(const QString& path) {
    RecentFiles::remove(path);
    rebuild();
}

void RecentFilesMenu::rebuild() {
    clear();
    const QStringList files = RecentFiles::load();
    for (const QString& path : files)
        addAction(QFileInfo(path).fileName(), this, [this, path] {
            Q_EMIT fileChosen(path);
        })->setStatusTip(path);
    setEnabled(!files.isEmpty());
}

}  // namespace tg
