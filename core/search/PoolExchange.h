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
};

}  // namespace tg::search
