#include "RecentFiles.h"

#include <QSettings>

namespace tg {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QStringList store(const QStringList& files) {
    QSettings().setValue(kKey, files);
    return files;
}
}  // namespace

QStringList RecentFiles::load() {
    return QSettings().value(kKey).toStringList().mid(0, kMax);
}

QStringList RecentFiles::add(const QString& path) {
    QStringList files = load();
    files.removeAll(path);
    files.prepend(path);
    return store(files.mid(0, kMax));
}

QStringList RecentFiles::remove(const QString& path) {
    QStringList files = load();
    files.removeAll(path);
    return store(files);
}

}  // namespace tg
