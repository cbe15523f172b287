#pragma once
// How the processes of a distributed flip search talk (SegmentedSearch.h): a collective
// all-gather of byte strings. core knows only this interface; the MPI implementation lives in
// core/dist (TG_WITH_MPI), so core's headers and the single-process program need no MPI.
#include <string>
#include <vector>

namespace tg::search {

class PoolExchange {
  public:
    virtual ~PoolExchange() = default;
    [[nodiscard]] virtual int rank() const = 0;  // this process, 0..size()-1
    [[nodiscard]] virtual int size() const = 0;  // processes taking part
    // Every process calls it at the same point with its bytes and gets every process's bytes,
    // in rank order. Throws std::runtime_error when the transport fails.
    [[nodiscard]] virtual std::vector<std::string> allGather(const std::string& bytes) = 0;
    // Ends every process of the run now with this exit status. For a failure on one process
    // after the others have started: they would otherwise wait in their next exchange forever.
    [[noreturn]] virtual void abortAll(int exitStatus) = 0;
};

// Whether every process is ready to search (each calls it once, before its first exchange, with
// whether its own input loaded): one bad input ends all of them, none is left waiting.
[[nodiscard]] inline bool everyoneReady(PoolExchange& exchange, bool ready) {
    for (const std::string& answer : exchange.allGather(ready ? "1" : "0"))
        if (answer != "1") return false;
    return true;
}

}  // namespace tg::search
