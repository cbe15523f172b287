#pragma once
// `search` in segments (core/search/SegmentedSearch.h): with --checkpoint or --resume, and
// under mpirun (one process per rank, exchanging their best schemes). The single-process search
// without either runs as one FlipSearch (SearchCommand.cpp).
#include <memory>
#include <optional>
#include <string>

#include "CliOptions.h"
#include "core/search/PoolExchange.h"
#include "core/search/SegmentedSearch.h"

namespace tg::cli {

// This process's part of a distributed run when mpirun or srun started it (TG_WITH_MPI), else
// nullptr. Throws std::runtime_error when MPI fails to start.
[[nodiscard]] std::unique_ptr<search::PoolExchange> joinDistributedRun();

// The checkpoint file of this rank: FILE itself for a single process, FILE.rankN otherwise.
[[nodiscard]] std::string checkpointPath(const std::string& file, int rank, int ranks);

// Loads --resume (this rank's file); prints the error and returns nullptr when it cannot.
[[nodiscard]] std::shared_ptr<const search::SearchSnapshot> loadResume(const Options& o, int rank,
                                                                       int ranks);

// Runs the search in segments, writing --checkpoint every --checkpoint-every seconds and at the
// end (a write error is printed once; the search goes on).
[[nodiscard]] search::SegmentedResult runInSegments(
    const Options& o, const search::FlipSearchParams& params,
    std::shared_ptr<const search::SearchSnapshot> resume, search::PoolExchange* exchange,
    search::SearchListener& listener);

}  // namespace tg::cli
