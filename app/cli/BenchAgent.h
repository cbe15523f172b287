#pragma once
// bench agent's runs and their summary (BenchAgent.cpp runs the grid, BenchAgentTable.cpp prints
// the table and the JSON line).
#include <cstdint>
#include <string>
#include <vector>

#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"

namespace tg::cli {

// One cell of the grid: a configuration on a size with a seed.
struct AgentRun {
    std::string config;
    TensorSize size;
    std::uint64_t seed = 0;
    std::string model;         // the evaluator's description
    int goal = 0;              // the rank that counts as success (0: none known)
    bool reached = false;      // a verified scheme of rank <= goal was found
    double secondsToGoal = 0;  // when it was first found
    int bestRank = 0;          // the best verified rank (0: none)
    double secondsToBest = 0;  // when a scheme of bestRank was first found
    double seconds = 0;        // the run's length
    long long games = 0;
    long long simulations = 0;
};

struct AgentBenchSetup {
    Field field = Field::Z2;
    int threads = 2;
    double timeLimit = 60;
    int toldTarget = 0;  // --target: told to the agent (0: not told)
    int simulations = 0;
};

// The table (one row per configuration and size) on stdout, then the JSON line.
void printAgentTable(const AgentBenchSetup& setup, const std::vector<AgentRun>& runs);

}  // namespace tg::cli
