#pragma once
// What a search tells the outside world: plain structs through a listener interface. Listener
// callbacks run on the search's own threads under the contract of run::BackgroundRun: one at a
// time, in order, never under the search's state lock, so they may save files and may call the
// search's stop(), progress() and result(), but not wait(). A callback that throws fails the
// search (SearchResult::failed) instead of ending the process.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/game/Episode.h"
#include "core/run/Stoppers.h"
#include "core/search/SearchTrace.h"
#include "core/tensor/Scheme.h"

namespace tg::search {

struct SearchProgress {
    int bestRank = 0;  // best rank any walker has reached so far
    // (rank, number of walkers currently at that rank), ascending by rank.
    std::vector<std::pair<int, int>> rankHistogram;
    long long flips = 0;  // successful flips of all walkers
    double flipsPerSecond = 0;
    double elapsedSeconds = 0;
    // The agent's counters (zero for the flip search).
    long long simulations = 0;
    double simulationsPerSecond = 0;
    long long evaluations = 0;  // network (or evaluator) calls
    long long games = 0;        // games finished
};

struct SearchResult {
    bool found = false;          // a verified scheme is present
    bool reachedTarget = false;  // its rank is at most the target rank
    Scheme scheme;               // verified exactly in the search's field before it is reported
    // Who found it: the flip search's walker and its flip attempts until then, or the agent's
    // thread and that thread's game number (the other pair stays -1).
    int walker = -1;
    long long walkerSteps = -1;
    int agentThread = -1;
    long long agentGame = -1;
    long long flips = 0;  // successful flips of all walkers until the end (or until now)
    double seconds = 0;
    std::optional<SearchTrace> trace;  // the walker's path to the scheme, when recorded
    // The agent's game that produced the scheme (its moves, with the agent's statistics).
    std::optional<Episode> episode;
    // The search failed: one of its threads (a walker, an evaluator, a listener callback) threw,
    // the others were stopped, and `error` says what the first failure was. The fields above
    // still hold what was found before; a caller reports the failure, not "nothing found".
    bool failed = false;
    std::string error;
    // How the search ended (Completed while it runs).
    run::EndReason end = run::EndReason::Completed;
};

class SearchListener {
  public:
    virtual ~SearchListener() = default;
    virtual void onProgress(const SearchProgress& /*progress*/) {}
    // A new best rank overall (in wall-clock order of discovery).
    virtual void onImproved(const SearchResult& /*result*/) {}
    // Once, after all walkers have stopped.
    virtual void onFinished(const SearchResult& /*result*/) {}
};

}  // namespace tg::search
