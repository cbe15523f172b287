// bench agent's summary: per configuration and size, the share of seeds that reached the goal,
// the median time to it and the median simulations played by then (of those that did: a run
// stops at the goal), and the median best rank at the end; medians of an even count are the
// mean of the two middle values. The simulations do not depend on how loaded the machine is,
// the times do.
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "BenchAgent.h"
#include "BenchSupport.h"

namespace tg::cli {

namespace {

struct Row {
    std::string config;
    TensorSize size;
    std::string model;
    int goal = 0;
    int runs = 0;
    int reached = 0;
    std::vector<double> times;        // to the goal, of the runs that reached it
    std::vector<double> simulations;  // of the runs that reached the goal, when they stopped
    std::vector<double> ranks;        // best rank of the runs that found a scheme
};

std::vector<Row> rowsOf(const std::vector<AgentRun>& runs) {
    std::vector<Row> rows;
    std::map<std::pair<std::string, std::string>, std::size_t> index;
    for (const AgentRun& r : runs) {
        const auto key = std::make_pair(r.config, r.size.toString());
        auto [it, fresh] = index.emplace(key, rows.size());
        if (fresh) rows.push_back(Row{r.config, r.size, r.model, r.goal, 0, 0, {}, {}, {}});
        Row& row = rows[it->second];
        ++row.runs;
        if (r.reached) {
            ++row.reached;
            row.times.push_back(r.secondsToGoal);
            row.simulations.push_back(static_cast<double>(r.simulations));
        }
        if (r.bestRank > 0) row.ranks.push_back(r.bestRank);
    }
    return rows;
}

std::string fixed(double x, int digits) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << x;
    return s.str();
}

// Three significant digits, as in each run's line: times run from milliseconds (⟨2,2,2⟩) to
// minutes (⟨3,3,3⟩), so a fixed count of decimals would print 0.0 for the first.
std::string significant(double x) {
    std::ostringstream s;
    s << std::setprecision(3) << x;
    return s.str();
}

// A median of whole numbers (a rank, a count of simulations) is whole or a half (the mean of the
// two middle ones): 26 or 26.5.
std::string wholeOrHalf(double x) {
    const long long twice = std::llround(x * 2);
    return twice % 2 == 0 ? std::to_string(twice / 2) : fixed(x, 1);
}

}  // namespace

void printAgentTable(const AgentBenchSetup& setup, const std::vector<AgentRun>& runs) {
    const std::vector<Row> rows = rowsOf(runs);
    std::cout << "\n"
              << std::left << std::setw(28) << "config" << std::setw(8) << "size" << std::setw(6)
              << "goal" << std::setw(10) << "success" << std::setw(16) << "median time (s)"
              << std::setw(13) << "median sims" << std::setw(12) << "median rank"
              << "model\n";
    nlohmann::json json = nlohmann::json::array();
    for (const Row& row : rows) {
        const bool anyTime = !row.times.empty();
        const double medianTime = medianOf(row.times);
        const double medianSimulations = medianOf(row.simulations);
        const double medianRank = medianOf(row.ranks);
        std::cout << std::left << std::setw(28) << row.config << std::setw(8) << row.size.toString()
                  << std::setw(6) << (row.goal > 0 ? std::to_string(row.goal) : "-")
                  << std::setw(10) << (std::to_string(row.reached) + "/" + std::to_string(row.runs))
                  << std::setw(16) << (anyTime ? significant(medianTime) : "-") << std::setw(13)
                  << (anyTime ? wholeOrHalf(medianSimulations) : "-") << std::setw(12)
                  << (row.ranks.empty() ? "-" : wholeOrHalf(medianRank))
                  << std::filesystem::path(row.model).filename().string() << "\n";
        json.push_back({{"config", row.config},
                        {"size", row.size.toString()},
                        {"model", row.model},
                        {"goal", row.goal},
                        {"runs", row.runs},
                        {"reached", row.reached},
                        {"median_seconds_to_goal",
                         anyTime ? nlohmann::json(medianTime) : nlohmann::json(nullptr)},
                        {"median_simulations_to_goal",
                         anyTime ? nlohmann::json(medianSimulations) : nlohmann::json(nullptr)},
                        {"median_best_rank", row.ranks.empty() ? nlohmann::json(nullptr)
                                                               : nlohmann::json(medianRank)}});
    }
    const nlohmann::json summary{{"benchmark", "agent"},
                                 {"field", fieldName(setup.field)},
                                 {"threads", setup.threads},
                                 {"time_limit", setup.timeLimit},
                                 {"told_target", setup.toldTarget},
                                 {"rows", json}};
    std::cout << summary.dump() << std::endl;
}

}  // namespace tg::cli
