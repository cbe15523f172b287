// tensorgame-cli search --engine mcts: the AlphaTensor-style agent (tree search guided by a
// policy/value network) plays TensorGame until it reaches the target rank or the time limit.
// Same flags, output and exit status as the flip engine (SearchCommand.cpp), plus the agent's
// own (--model, --simulations, --samples, --coefficients).
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "AgentConfig.h"
#include "AgentModels.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "ResultFiles.h"
#include "SearchOptions.h"
#include "StopSignal.h"
#include "core/io/SchemeFormat.h"
#include "core/search/AgentSearch.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

class AgentListener : public search::SearchListener {
  public:
    AgentListener(std::string out, SchemeFormat format, std::string trace, bool quiet)
        : files_(std::move(out), format, std::move(trace)), quiet_(quiet) {}

    void onProgress(const search::SearchProgress& p) override {
        if (quiet_ || p.elapsedSeconds < lastPrint_ + 1.0) return;
        lastPrint_ = p.elapsedSeconds;
        std::ostringstream line;
        line.precision(3);
        line << "[" << p.elapsedSeconds << " s] best rank "
             << (p.bestRank > 0 ? std::to_string(p.bestRank) : std::string("-")) << ", " << p.games
             << " games, " << p.simulations << " simulations (" << p.simulationsPerSecond << "/s), "
             << p.evaluations << " evaluations";
        std::cerr << line.str() << std::endl;
    }

    void onImproved(const search::SearchResult& r) override {
        if (!quiet_)
            std::cerr << "[" << r.seconds << " s] rank " << r.scheme.rank() << " (thread "
                      << r.agentThread << ", game " << r.agentGame << ")" << std::endl;
        files_.save(r);
    }

    [[nodiscard]] const ResultFiles& files() const { return files_; }

  private:
    ResultFiles files_;
    bool quiet_;
    double lastPrint_ = 0;
};

// What the command line asks, checked.
struct AgentJob {
    search::AgentSearchParams params;
    TensorSize size;
    CoefficientSet set = CoefficientSet::Mod2;
    EvaluatorChoice evaluator;
    std::string out;
    SchemeFormat format = SchemeFormat::Project;
};

std::optional<AgentJob> agentJob(const Options& o) {
    AgentJob job;
    job.size = o.get<TensorSize>("size");
    job.set = o.find<CoefficientSet>("coefficients")
                  .value_or(o.get<Field>("field") == Field::Z2 ? CoefficientSet::Mod2
                                                               : CoefficientSet::Ternary);
    search::AgentSearchParams& p = job.params;
    p.game.size = job.size;
    p.game.coefficients = job.set;
    p.game.targetRank = o.get<int>("target-rank");
    p.seed = o.get<std::uint64_t>("seed");
    p.threads = o.get<int>("threads");
    p.timeLimitSeconds = o.get<double>("time-limit");
    p.maxGamesPerThread = o.get<int>("max-games");
    if (p.game.targetRank == 0 && p.timeLimitSeconds == 0 && p.maxGamesPerThread == 0)
        p.timeLimitSeconds = 10;
    p.externalStop = &stopSignalFlag();  // SIGINT, SIGTERM: keeps (and writes) what was found
    p.mcts = search::MctsParams::strong();
    p.mcts.simulations = o.find<int>("simulations").value_or(p.mcts.simulations);
    applyAgentSwitches(agentSwitchesOf(o), p);
    std::string error;
    auto evaluator = chooseEvaluator(o.text("model"), job.size, job.set, &error);
    if (!evaluator) {
        printError("search: " + error);
        return std::nullopt;
    }
    job.evaluator = std::move(*evaluator);
    p.evaluatorFactory = job.evaluator.factory;
    job.out = o.text("out").toStdString();
    const auto format = outFormat("search", job.out);
    if (!format || !folderCanTake("search", o.text("trace").toStdString())) return std::nullopt;
    job.format = *format;
    return job;
}

void printResult(const Options& o, const AgentJob& job, const search::SearchResult& r,
                 const search::SearchProgress& p, bool valid) {
    const Field f = fieldOf(job.set);
    if (o.isSet("json")) {
        nlohmann::json j{
            {"found_rank", valid ? nlohmann::json(r.scheme.rank()) : nlohmann::json(nullptr)},
            {"target_rank", job.params.game.targetRank},
            {"reached_target", valid && r.reachedTarget},
            {"seconds", valid ? r.seconds : p.elapsedSeconds},
            {"total_seconds", p.elapsedSeconds},
            {"valid", valid},
            {"out", job.out.empty() ? nlohmann::json(nullptr) : nlohmann::json(job.out)},
            {"flips", 0},
            {"simulations", p.simulations},
            {"evaluations", p.evaluations},
            {"games", p.games},
            {"model", job.evaluator.description},
            {"seed", job.params.seed},
            {"threads", job.params.threads},
            {"field", fieldName(f)},
            {"coefficients", coefficientSetName(job.set)},
            {"size", job.size.toString()}};
        if (r.failed) j["error"] = r.error;
        if (!job.evaluator.notice.empty()) j["notice"] = job.evaluator.notice;
        std::cout << j.dump() << std::endl;
    } else if (valid) {
        std::cout << "found rank " << r.scheme.rank() << " for " << job.size.toString() << " over "
                  << fieldName(f) << (job.out.empty() ? "" : " -> " + job.out) << "\n";
    }
}

int execute(const Options& o) {
    const auto job = agentJob(o);
    if (!job) return kBadInput;
    const bool quiet = o.isSet("quiet");
    AgentListener listener(job->out, job->format, o.text("trace").toStdString(), quiet);
    std::optional<search::AgentSearch> engine;
    try {
        engine.emplace(job->params, &listener);
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
        return kBadInput;
    }
    if (!job->evaluator.notice.empty())
        printError("search",
                   Cli::tr("notice: %1").arg(QString::fromStdString(job->evaluator.notice)));
    if (!quiet)
        std::cerr << "search: agent on " << job->size.toString() << " over "
                  << coefficientSetName(job->set) << " with " << job->evaluator.description << ", "
                  << job->params.mcts.simulations << " simulations per move" << std::endl;
    engine->start();
    engine->wait();  // the target, the time limit, the games or a stop signal ends it
    const search::SearchResult r = engine->result();
    const search::SearchProgress p = engine->progress();
    const bool valid = r.found && verify(r.scheme, fieldOf(job->set)).valid;
    const std::string writeError = listener.files().firstError();
    if (!writeError.empty()) printError("search: " + writeError);
    // An evaluator that threw (a model that cannot load): the run failed, exit status 2.
    if (r.failed) printError("search", Cli::tr("failed: %1").arg(QString::fromStdString(r.error)));
    const int target = job->params.game.targetRank;
    const bool success = target > 0 ? (valid && r.reachedTarget) : valid;
    if (!quiet)
        std::cerr << "search: "
                  << (valid ? "rank " + std::to_string(r.scheme.rank())
                            : std::string("nothing found"))
                  << " after " << p.elapsedSeconds << " s, " << p.games << " games, "
                  << p.simulations << " simulations" << std::endl;
    printResult(o, *job, r, p, valid);
    // A result that could not be written is lost to the user: the run failed (exit status 2).
    if (r.failed || !writeError.empty()) return kBadInput;
    return success ? kOk : kNotValid;
}

}  // namespace

int runAgentSearch(const QStringList& args) {
    installStopSignals();  // SIGINT, SIGTERM: stop in any phase, keep what was written
    return runCommand(kAgentSearchCommand, args, execute);
}

}  // namespace tg::cli
