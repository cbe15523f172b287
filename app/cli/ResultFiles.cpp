#include "ResultFiles.h"

#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"

namespace tg::cli {

ResultFiles::ResultFiles(std::string out, SchemeFormat format, std::string trace)
    : out_(std::move(out)), format_(format), trace_(std::move(trace)) {}

void ResultFiles::save(const search::SearchResult& result) {
    std::lock_guard lock(mutex_);
    try {
        if (!out_.empty()) writeFileAtomic(out_, writeSchemes(format_, {result.scheme}));
        if (!trace_.empty() && result.episode)
            writeFileAtomic(trace_, episodeToProjectJson(*result.episode));
    } catch (const std::exception& e) {
        if (error_.empty()) error_ = e.what();
    }
}

std::string ResultFiles::firstError() const {
    std::lock_guard lock(mutex_);
    return error_;
}

}  // namespace tg::cli
