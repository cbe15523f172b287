// tensorgame-cli bench agent: the agent's ablation grid. Every configuration (AgentConfig.h) on
// every size with every seed, one run after another in one invocation, each for --time-limit
// seconds on --threads threads; then a table per configuration and size (success rate, median
// time to the goal, median best rank) and a JSON line. The goal is --target when given (and then
// told to the agent), else the best known rank of the size, which the agent is not told: it
// plays without a target, and the benchmark only stops the clock when the goal is reached.
#include "BenchAgent.h"

#include <QCoreApplication>
#include <atomic>
#include <mutex>
#include <sstream>

#include "AgentConfig.h"
#include "AgentModels.h"
#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "StopSignal.h"
#include "core/catalog/BestKnownRanks.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "agent")}};

constexpr OptionSpec kOptions[] = {
    valueOption("sizes", ValueType::Text, "LIST", "2x2x2",
                QT_TRANSLATE_NOOP("cli", "Sizes, comma-separated (default 2x2x2).")),
    valueOption(
        "configs", ValueType::Text, "LIST", "default,uniform",
        QT_TRANSLATE_NOOP("cli",
                          "Configurations, comma-separated: default, uniform, no-endgame, "
                          "no-completion, no-uniform-share, no-pruning, no-random-basis, "
                          "correction, no-completion-value, spread, no-restart, "
                          "no-restart-focus, no-plateau-walk, below-naive, no-pairs, no-drops, "
                          "no-best-line, no-lazy "
                          "(candidates when a leaf is valued), batchN (N leaves per "
                          "network call), samplesN (N moves sampled per node), netdepthN "
                          "(the network only fewer than N moves below a move's root), or "
                          "several joined with '+' (default default,uniform).")),
    valueOption("seeds", ValueType::Text, "LIST", "1-10",
                QT_TRANSLATE_NOOP("cli", "Seeds: a range 1-10 or a list 1,2,5 (default 1-10).")),
    timeLimitOption(QT_TRANSLATE_NOOP("cli", "Seconds per run (default 60)."), "60", kAboveMin),
    threadsOption(QT_TRANSLATE_NOOP("cli", "Threads per run (default 2)."), "2"),
    integerOption("target", "R", "0", 0, kIntMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Tell the agent this target rank (default: not told; success "
                                    "is the best known rank).")),
    fieldOption(QT_TRANSLATE_NOOP("cli", "mod2 (default) or z (coefficients -1, 0, 1).")),
    modelOption(QT_TRANSLATE_NOOP("cli",
                                  "Model file for the configurations with a network (default: the "
                                  "model shipped for the size, if any).")),
    integerOption("simulations", "N", nullptr, 1, 1000000,
                  QT_TRANSLATE_NOOP("cli", "Tree-search simulations per move.")),
};

constexpr CommandSpec kCommand{
    "bench agent",
    QT_TRANSLATE_NOOP("cli",
                      "'bench agent' runs the agent for every configuration, size and seed, one "
                      "run after another, and prints a table (success rate, median time and "
                      "simulations to the goal, median best rank) and a JSON line. Exit status 0 "
                      "when it ran."),
    kPositionals, kOptions};

// "1-10", "1,2,5", "1-3,7": nothing for anything else.
std::optional<std::vector<std::uint64_t>> parseSeeds(const std::string& text) {
    std::vector<std::uint64_t> out;
    std::istringstream parts(text);
    std::string part;
    while (std::getline(parts, part, ',')) {
        const auto dash = part.find('-');
        try {
            std::size_t used = 0;
            const std::uint64_t lo = std::stoull(part.substr(0, dash), &used);
            if (used != (dash == std::string::npos ? part.size() : dash)) return std::nullopt;
            std::uint64_t hi = lo;
            if (dash != std::string::npos) {
                hi = std::stoull(part.substr(dash + 1), &used);
                if (used != part.size() - dash - 1 || hi < lo || hi - lo > 10000)
                    return std::nullopt;
            }
            for (std::uint64_t s = lo; s <= hi; ++s) out.push_back(s);
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    if (out.empty()) return std::nullopt;
    return out;
}

std::optional<std::vector<TensorSize>> parseSizes(const std::string& text) {
    std::vector<TensorSize> out;
    std::istringstream parts(text);
    std::string part;
    while (std::getline(parts, part, ',')) {
        const auto size = TensorSize::parse(part);
        if (!size) return std::nullopt;
        out.push_back(*size);
    }
    if (out.empty()) return std::nullopt;
    return out;
}

// Notes the first time a verified scheme reaches the goal, and stops the run there.
class GoalWatch : public search::SearchListener {
  public:
    GoalWatch(int goal, Field field) : goal_(goal), field_(field) {}
    void onImproved(const search::SearchResult& r) override {
        if (!verify(r.scheme, field_).valid) return;
        std::lock_guard lock(mutex_);
        if (bestRank_ == 0 || r.scheme.rank() < bestRank_) {
            bestRank_ = r.scheme.rank();
            bestSeconds_ = r.seconds;
        }
        if (goal_ <= 0 || r.scheme.rank() > goal_ || reached_) return;
        reached_ = true;
        seconds_ = r.seconds;
        stop.store(true);
    }
    [[nodiscard]] std::pair<bool, double> reached() const {
        std::lock_guard lock(mutex_);
        return {reached_, seconds_};
    }
    // When the run first held the best rank it ends with (0 when it found nothing).
    [[nodiscard]] double secondsToBest() const {
        std::lock_guard lock(mutex_);
        return bestSeconds_;
    }
    std::atomic<bool> stop{false};

  private:
    int goal_;
    Field field_;
    mutable std::mutex mutex_;
    bool reached_ = false;
    double seconds_ = 0;
    int bestRank_ = 0;
    double bestSeconds_ = 0;
};

struct Cell {
    std::string config;
    AgentSwitches switches;
    TensorSize size;
    std::uint64_t seed = 0;
};

// One run of the grid; throws what the engine throws.
AgentRun runCell(const Options& options, const AgentBenchSetup& setup, const Cell& cell) {
    const CoefficientSet set =
        setup.field == Field::Z2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
    std::string error;
    const auto evaluator = chooseEvaluator(
        cell.switches.uniformModel ? QStringLiteral("uniform") : options.text("model"), cell.size,
        set, &error);
    if (!evaluator) throw std::invalid_argument(error);
    search::AgentSearchParams p;
    p.game.size = cell.size;
    p.game.coefficients = set;
    p.game.targetRank = setup.toldTarget;
    p.seed = cell.seed;
    p.threads = setup.threads;
    p.timeLimitSeconds = setup.timeLimit;
    p.mcts = search::MctsParams::strong();
    if (setup.simulations > 0) p.mcts.simulations = setup.simulations;
    applyAgentSwitches(cell.switches, p);
    p.evaluatorFactory = evaluator->factory;
    // Without a shipped model a "network" configuration is the uniform one: say so in the table.
    AgentRun run{cell.config, cell.size, cell.seed,
                 evaluator->notice.empty() ? evaluator->description : "uniform (no model)"};
    run.goal =
        setup.toldTarget > 0 ? setup.toldTarget : bestKnownRank(cell.size, setup.field).value_or(0);
    GoalWatch watch(run.goal, setup.field);
    p.externalStop = &watch.stop;
    search::AgentSearch engine(p, &watch);
    engine.start();
    engine.wait();
    const search::SearchResult r = engine.result();
    if (r.failed) throw std::runtime_error(r.error);
    const search::SearchProgress progress = engine.progress();
    run.bestRank = r.found && verify(r.scheme, setup.field).valid ? r.scheme.rank() : 0;
    std::tie(run.reached, run.secondsToGoal) = watch.reached();
    run.secondsToBest = watch.secondsToBest();
    run.seconds = progress.elapsedSeconds;
    run.games = progress.games;
    run.simulations = progress.simulations;
    return run;
}

void printRun(const AgentRun& run) {
    std::ostringstream text;
    text.precision(3);
    text << run.config << " " << run.size.toString() << " seed " << run.seed << ": "
         << (run.bestRank > 0 ? "best rank " + std::to_string(run.bestRank) : std::string("none"));
    if (run.reached)
        text << ", goal after " << run.secondsToGoal << " s";
    else
        text << ", goal not reached";
    text << " (" << run.games << " games, " << run.simulations << " simulations, " << run.seconds
         << " s";
    if (run.bestRank > 0) text << "; best rank first at " << run.secondsToBest << " s";
    text << ")";
    std::cout << text.str() << std::endl;
}

std::optional<std::vector<Cell>> gridOf(const Options& options) {
    const auto sizes = parseSizes(options.text("sizes").toStdString());
    const auto seeds = parseSeeds(options.text("seeds").toStdString());
    if (!sizes || !seeds) {
        printError(kCommand.name, Cli::tr("--sizes takes 2x2x2,2x2x3 and --seeds 1-10 or 1,2,5"));
        return std::nullopt;
    }
    std::vector<Cell> cells;
    std::istringstream configs(options.text("configs").toStdString());
    std::string config;
    while (std::getline(configs, config, ',')) {
        std::string error;
        const auto switches = parseAgentConfig(config, &error);
        if (!switches) {
            printError(std::string(kCommand.name) + ": " + error);
            return std::nullopt;
        }
        for (const TensorSize& size : *sizes)
            for (const std::uint64_t seed : *seeds)
                cells.push_back({config, *switches, size, seed});
    }
    return cells;
}

int execute(const Options& options) {
    AgentBenchSetup setup;
    setup.field = options.get<Field>("field");
    setup.threads = options.get<int>("threads");
    setup.timeLimit = options.get<double>("time-limit");
    setup.toldTarget = options.get<int>("target");
    setup.simulations = options.find<int>("simulations").value_or(0);
    const auto cells = gridOf(options);
    if (!cells) return kBadInput;
    std::vector<AgentRun> runs;
    for (const Cell& cell : *cells) {
        if (stopSignalFlag().load()) break;  // SIGINT: the table of what ran
        try {
            runs.push_back(runCell(options, setup, cell));
        } catch (const std::exception& e) {
            printError(std::string(kCommand.name) + ": " + e.what());
            return kBadInput;
        }
        printRun(runs.back());
    }
    printAgentTable(setup, runs);
    return kOk;
}

}  // namespace

int runBenchAgent(const QStringList& args) {
    installStopSignals();
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
