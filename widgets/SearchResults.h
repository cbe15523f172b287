#pragma once
// The user's results folder: every scheme a search finds is written here at once, as a project
// JSON episode, so that nothing a search found is lost when the app (or the machine) stops.
// File names say what each file holds, so the library lists the folder without reading it:
//   <engine>-<n>x<m>x<p>-<field>-r<rank>-<yyyyMMdd-HHmmss-zzz>[-k].json
// A search's recorded path (flips and reductions) goes beside its episode as <name>.path.json.

#include <QDateTime>
#include <QString>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/game/Episode.h"

namespace tg {

struct SavedResult {
    QString path;
    QString engine;  // "flip", ...
    TensorSize size;
    Field field = Field::Z2;
    int rank = 0;
    QDateTime time;  // when it was found (local time, from the name)
};

class ResultStore {
  public:
    // $TG_RESULTS_DIR when set (tests, portable installs), else AppDataLocation + "/results".
    [[nodiscard]] static QString defaultFolder();

    explicit ResultStore(QString folder = defaultFolder());

    [[nodiscard]] QString folder() const { return folder_; }
    void setFolder(const QString& folder) { folder_ = folder; }

    // Writes the episode atomically under a new name and returns its path. Safe to call from
    // several threads at once (never while setFolder runs). Throws std::runtime_error.
    QString save(const Episode& episode, const QString& engine, int rank) const;
    // Writes `json` (a search trace) beside the episode at `episodePath`; returns its path.
    QString saveBeside(const QString& episodePath, const std::string& json) const;

    // The results in `folder`, newest first; files whose names do not follow the pattern are
    // not results (a path file, a user's own file) and are left out.
    [[nodiscard]] static std::vector<SavedResult> list(const QString& folder);
    [[nodiscard]] static std::optional<SavedResult> parseName(const QString& path);
    // The library's title for a result (its size has a column): "rank 23 over Z2 · flip ·
    // 26 Nov 17:30:12".
    [[nodiscard]] static QString title(const SavedResult& result);

  private:
    QString folder_;
    mutable std::mutex mutex_;  // two finds in the same millisecond get different names
};

}  // namespace tg
