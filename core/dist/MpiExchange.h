#pragma once
// The MPI side of a distributed flip search (search::PoolExchange over MPI_COMM_WORLD), kept
// out of core's other headers: only this folder's library (tg_dist, built with TG_WITH_MPI)
// includes <mpi.h>. A process started by mpirun or srun joins the run; one started on its own
// never initialises MPI (no launcher to talk to, and no start-up cost for ordinary searches).
#include <memory>
#include <string>
#include <vector>

#include "core/search/PoolExchange.h"

namespace tg::dist {

class MpiExchange final : public search::PoolExchange {
  public:
    // The process's exchange when a launcher started it (Open MPI's, PMI's or PMIx's variables
    // are set), else nullptr. Throws std::runtime_error when MPI cannot start.
    [[nodiscard]] static std::unique_ptr<MpiExchange> joinIfLaunched();
    ~MpiExchange() override;  // MPI_Finalize
    MpiExchange(const MpiExchange&) = delete;
    MpiExchange& operator=(const MpiExchange&) = delete;

    [[nodiscard]] int rank() const override { return rank_; }
    [[nodiscard]] int size() const override { return size_; }
    [[nodiscard]] std::vector<std::string> allGather(const std::string& bytes) override;
    [[noreturn]] void abortAll(int exitStatus) override;  // MPI_Abort
    // The library's version string (for the JSON report and --help).
    [[nodiscard]] static std::string libraryVersion();

  private:
    MpiExchange(int rank, int size) : rank_(rank), size_(size) {}
    int rank_ = 0;
    int size_ = 1;
};

}  // namespace tg::dist
