#include "TrainLessons.h"

#include <QDir>
#include <QFileInfo>
#include <utility>

#include "CliSupport.h"
#include "core/search/LessonFiles.h"
#include "core/search/SelfPlay.h"

namespace tg::cli {

namespace {

// The files --lessons names: each value itself, or a folder's files in name order.
QStringList lessonFiles(const Options& o) {
    QStringList files;
    for (const QString& given : o.all<QString>("lessons")) {
        const QFileInfo info(given);
        if (!info.isDir()) {
            files << given;
            continue;
        }
        const QDir folder(given);
        for (const QString& name : folder.entryList(QDir::Files, QDir::Name))
            files << folder.filePath(name);
    }
    return files;
}

}  // namespace

std::optional<search::FileLessons> readLessons(const Options& o, const search::AgentGame& game,
                                               bool randomBasis) {
    if (!o.isSet("lessons")) return search::FileLessons{};
    const QStringList files = lessonFiles(o);
    if (files.isEmpty()) {
        printError("train", Cli::tr("--lessons names no scheme files"));
        return std::nullopt;
    }
    std::vector<std::string> paths;
    paths.reserve(static_cast<std::size_t>(files.size()));
    for (const QString& f : files) paths.push_back(f.toStdString());
    try {
        return search::readLessonFiles(paths, game, search::SelfPlayParams{}.runLessonCopies,
                                       randomBasis, o.get<std::uint64_t>("seed"));
    } catch (const search::LessonFileError& e) {
        if (e.unreadable)  // the loader's message names the file
            printError(e.what());
        else
            printError("train", Cli::tr("%1 cannot be a lesson: %2")
                                    .arg(QString::fromStdString(e.source),
                                         QString::fromStdString(e.what())));
        return std::nullopt;
    }
}

std::string lessonsSaid(int schemes, std::size_t demonstrations, std::size_t kept) {
    if (schemes == 0) return {};
    std::string said = ", learning from " + std::to_string(schemes) +
                       (schemes == 1 ? " scheme (" : " schemes (") +
                       std::to_string(demonstrations) + " demonstrations";
    if (kept < demonstrations) said += ", the newest " + std::to_string(kept) + " kept";
    return said + ")";
}

}  // namespace tg::cli
