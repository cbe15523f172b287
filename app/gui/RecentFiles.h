#pragma once
// The files opened last, newest first, kept in QSettings under "recentFiles".

#include <QStringList>

namespace tg {

class RecentFiles {
  public:
    static constexpr int kMax = 5;

    [[nodiscard]] static QStringList load();
    // Moves (or adds) `path` to the front, drops the oldest beyond kMax, stores and returns it.
    static QStringList add(const QString& path);
    static QStringList remove(const QString& path);
};

}  // namespace tg
