#include "core/dist/MpiExchange.h"

#include <mpi.h>

#include <cstdlib>
#include <stdexcept>

namespace tg::dist {

namespace {

void check(int code, const char* what) {
    if (code == MPI_SUCCESS) return;
    char text[MPI_MAX_ERROR_STRING];
    int length = 0;
    MPI_Error_string(code, text, &length);
    throw std::runtime_error(std::string("MPI ") + what + ": " + std::string(text, length));
}

bool launched() {
    for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"})
        if (std::getenv(name) != nullptr) return true;
    return false;
}

}  // namespace

std::unique_ptr<MpiExchange> MpiExchange::joinIfLaunched() {
    if (!launched()) return nullptr;
    // Only the main thread calls MPI (between segments, while no walker runs).
    int provided = 0;
    check(MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided), "init");
    // Errors come back as codes (turned into exceptions above) instead of aborting the job.
    MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
    int rank = 0;
    int size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    return std::unique_ptr<MpiExchange>(new MpiExchange(rank, size));
}

MpiExchange::~MpiExchange() {
    MPI_Finalize();
}

std::vector<std::string> MpiExchange::allGather(const std::string& bytes) {
    // Lengths first, then the bytes (MPI counts are ints: offers are far below 2 GiB).
    const int mine = static_cast<int>(bytes.size());
    std::vector<int> lengths(static_cast<std::size_t>(size_));
    check(MPI_Allgather(&mine, 1, MPI_INT, lengths.data(), 1, MPI_INT, MPI_COMM_WORLD),
          "allgather");
    std::vector<int> offsets(lengths.size());
    long long total = 0;
    for (std::size_t k = 0; k < lengths.size(); ++k) {
        offsets[k] = static_cast<int>(total);
        total += lengths[k];
    }
    if (total > (1LL << 30)) throw std::runtime_error("MPI allgather: offers too large");
    std::string all(static_cast<std::size_t>(total), '\0');
    check(MPI_Allgatherv(bytes.data(), mine, MPI_BYTE, all.data(), lengths.data(), offsets.data(),
                         MPI_BYTE, MPI_COMM_WORLD),
          "allgatherv");
    std::vector<std::string> out;
    for (std::size_t k = 0; k < lengths.size(); ++k)
        out.push_back(
            all.substr(static_cast<std::size_t>(offsets[k]), static_cast<std::size_t>(lengths[k])));
    return out;
}

void MpiExchange::abortAll(int exitStatus) {
    MPI_Abort(MPI_COMM_WORLD, exitStatus);
    std::exit(exitStatus);  // MPI_Abort does not return; this keeps [[noreturn]] honest
}

std::string MpiExchange::libraryVersion() {
    char text[MPI_MAX_LIBRARY_VERSION_STRING];
    int length = 0;
    MPI_Get_library_version(text, &length);
    return std::string(text, static_cast<std::size_t>(length));
}

}  // namespace tg::dist
