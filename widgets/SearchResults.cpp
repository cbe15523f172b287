#include "SearchResults.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <stdexcept>

#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"

namespace tg {

namespace {

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

const QRegularExpression& namePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z0-9]+)-(\\d+)x(\\d+)x(\\d+)-(Z2|Z|Q)-r(\\d+)-(\\d{8}-\\d{6}-\\d{3})(?"
                       ":-\\d+)?\\.json$"));
    return pattern;
}

}  // namespace

QString ResultStore::defaultFolder() {
    QString overridden = qEnvironmentVariable("TG_RESULTS_DIR");
    if (!overridden.isEmpty()) return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/results");
}

ResultStore::ResultStore(QString folder) : folder_(std::move(folder)) {}

QString ResultStore::save(const Episode& episode, const QString& engine, int rank) const {
    const std::string json = episodeToProjectJson(episode);
    std::lock_guard lock(mutex_);
    if (!QDir().mkpath(folder_))
        throw std::runtime_error(folder_.toStdString() + ": cannot create the results folder");
    const QString stem = QStringLiteral("%1-%2x%3x%4-%5-r%6-%7")
                             .arg(engine)
                             .arg(episode.size.n)
                             .arg(episode.size.m)
                             .arg(episode.size.p)
                             .arg(QString::fromStdString(fieldName(episode.field)))
                             .arg(rank)
                             .arg(QDateTime::currentDateTime().toString(kTimeFormat));
    const QDir dir(folder_);
    QString path = dir.filePath(stem + QStringLiteral(".json"));
    for (int k = 2; QFileInfo::exists(path); ++k)
        path = dir.filePath(QStringLiteral("%1-%2.json").arg(stem).arg(k));
    writeFileAtomic(path.toStdString(), json);
    return path;
}

QString ResultStore::saveBeside(const QString& episodePath, const std::string& json) const {
    QString path = episodePath;
    path.replace(QRegularExpression(QStringLiteral("\\.json$")), QStringLiteral(".path.json"));
    writeFileAtomic(path.toStdString(), json);
    return path;
}

std::optional<SavedResult> ResultStore::parseName(const QString& path) {
    const auto match = namePattern().match(QFileInfo(path).fileName());
    if (!match.hasMatch()) return std::nullopt;
    SavedResult r;
    r.path = path;
    r.engine = match.captured(1);
    r.size = {match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt()};
    const auto field = parseField(match.captured(5).toStdString());
    if (!field || !r.size.isValid()) return std::nullopt;
    r.field = *field;
    r.rank = match.captured(6).toInt();
    r.time = QDateTime::fromString(match.captured(7), kTimeFormat);
    return r;
}

std::vector<SavedResult> ResultStore::list(const QString& folder) {
    std::vector<SavedResult> results;
    const QDir dir(folder);
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        if (auto r = parseName(info.absoluteFilePath())) results.push_back(std::move(*r));
    std::stable_sort(results.begin(), results.end(),
                     [](const SavedResult& a, const SavedResult& b) {
                         return a.time != b.time ? a.time > b.time : a.path > b.path;
                     });
    return results;
}

QString ResultStore::title(const SavedResult& r) {
    return QCoreApplication::translate("ResultStore", "rank %1 over %2 \u00b7 %3 \u00b7 %4")
        .arg(r.rank)
        .arg(QString::fromStdString(fieldName(r.field)), r.engine,
             r.time.toString(QStringLiteral("d MMM HH:mm:ss")));
}

}  // namespace tg
