#include "core/search/LessonFiles.h"

#include <exception>
#include <utility>

#include "core/io/LoadError.h"
#include "core/io/SchemeSource.h"
#include "core/search/Lessons.h"

namespace tg::search {

std::optional<FileLessons> readLessonFiles(const std::vector<std::string>& files,
                                           const AgentGame& game, int copies, bool randomBasis,
                                           std::uint64_t seed, const std::atomic<bool>* stop) {
    const auto stopped = [stop] { return stop && stop->load(std::memory_order_relaxed); };
    std::vector<Scheme> schemes;
    std::vector<std::string> sources;
    for (const std::string& file : files) {
        if (stopped()) return std::nullopt;
        try {
            for (LoadedScheme& l : loadSchemes(file)) {
                schemes.push_back(std::move(l.scheme));
                sources.push_back(std::move(l.source));
            }
        } catch (const LoadError& e) {  // its message names the file
            throw LessonFileError(file, true, e.what());
        } catch (const std::exception& e) {  // a scheme that does not parse, a file system error
            throw LessonFileError(file, true, file + ": " + e.what());
        }
    }
    FileLessons lessons;
    try {
        lessons.demonstrations = schemesLessons(schemes, game, copies, randomBasis, seed, stop);
    } catch (const LessonRefused& e) {
        throw LessonFileError(sources.at(e.scheme), false, e.what());
    }
    if (stopped()) return std::nullopt;
    lessons.schemes = static_cast<int>(schemes.size());
    return lessons;
}

}  // namespace tg::search
