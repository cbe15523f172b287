// tensorgame-cli bench mcts: speed of the agent. For each size it measures the evaluator alone
// (evaluations per second at batch 1, the way the tree search calls it) and then the agent
// playing games for a while on one thread (simulations per second, evaluations per second, and
// what share of the time the evaluator took).
#include <QCoreApplication>
#include <chrono>
#include <sstream>

#include "AgentModels.h"
#include "BenchSupport.h"
#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/search/AgentSearch.h"
#include "core/search/IntResidual.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {{"WHAT", QT_TRANSLATE_NOOP("cli", "mcts")}};

constexpr OptionSpec kOptions[] = {
    agentSizesToMeasureOption(),
    fieldOption(QT_TRANSLATE_NOOP("cli", "Z2 (default) or Z.")),
    modelOption(QT_TRANSLATE_NOOP(
        "cli", "Model file, or 'uniform' (default: the model shipped for the size).")),
    measureSecondsOption("3", QT_TRANSLATE_NOOP("cli", "Seconds per measurement (default 3).")),
    measurementJsonOption(),
};

constexpr CommandSpec kCommand{
    "bench mcts",
    QT_TRANSLATE_NOOP(
        "cli",
        "'bench mcts' measures simulations and network evaluations per second of the agent."),
    kPositionals, kOptions};

struct Rates {
    double evaluationsAlone = 0;  // per second, the evaluator alone at batch 1
    double simulations = 0;       // per second, the agent playing
    double agentEvaluations = 0;  // per second, the agent playing
    search::SearchProgress progress;
};

// Measures `choice` on `size` for `secs` seconds; nothing (and the reason said) when the agent
// failed.
std::optional<Rates> measure(const TensorSize& size, CoefficientSet set,
                             const EvaluatorChoice& choice, double secs) {
    using Clock = std::chrono::steady_clock;
    // The evaluator alone, on the target, as the search calls it.
    const search::MctsParams mcts = search::MctsParams::strong();
    auto evaluator = choice.factory();
    search::Observation o;
    o.size = size;
    o.coefficients = set;
    o.residual = search::IntResidual::matMul(size, set == CoefficientSet::Mod2).data();
    o.stepLimit = size.n * size.m * size.p;
    long long evals = 0;
    const auto t0 = Clock::now();
    double evalSeconds = 0;
    while ((evalSeconds = std::chrono::duration<double>(Clock::now() - t0).count()) < secs / 3) {
        (void)evaluator->evaluate(std::span<const search::Observation>(&o, 1), mcts.samples,
                                  static_cast<std::uint64_t>(evals));
        ++evals;
    }
    // The agent playing (no target: games go on until the time is up).
    search::AgentSearchParams p;
    p.game.size = size;
    p.game.coefficients = set;
    p.threads = 1;
    p.timeLimitSeconds = secs;
    p.mcts = mcts;
    p.evaluatorFactory = choice.factory;
    search::AgentSearch agent(p);
    agent.start();
    agent.wait();
    // An evaluator that threw: no rate to report, but the reason (exit status 2).
    if (const search::SearchResult r = agent.result(); r.failed) {
        printError("bench mcts", Cli::tr("failed: %1").arg(QString::fromStdString(r.error)));
        return std::nullopt;
    }
    Rates rates;
    rates.progress = agent.progress();
    const double elapsed = rates.progress.elapsedSeconds;
    rates.evaluationsAlone = evalSeconds > 0 ? static_cast<double>(evals) / evalSeconds : 0;
    rates.simulations = elapsed > 0 ? static_cast<double>(rates.progress.simulations) / elapsed : 0;
    rates.agentEvaluations =
        elapsed > 0 ? static_cast<double>(rates.progress.evaluations) / elapsed : 0;
    return rates;
}

void printRates(bool json, const TensorSize& size, CoefficientSet set,
                const EvaluatorChoice& choice, const Rates& r) {
    const int samples = search::MctsParams::strong().samples;
    std::ostringstream text;
    text << size.toString() << " " << coefficientSetName(set) << " (" << choice.description
         << "): " << static_cast<long long>(r.evaluationsAlone)
         << " evaluations/s alone (K=" << samples << "), agent "
         << static_cast<long long>(r.simulations) << " simulations/s, "
         << static_cast<long long>(r.agentEvaluations) << " evaluations/s, " << r.progress.games
         << " games in " << r.progress.elapsedSeconds << " s";
    printMeasurement(json,
                     {{"size", size.toString()},
                      {"coefficients", coefficientSetName(set)},
                      {"model", choice.description},
                      {"samples", samples},
                      {"evaluations_per_second", r.evaluationsAlone},
                      {"simulations_per_second", r.simulations},
                      {"agent_evaluations_per_second", r.agentEvaluations},
                      {"games", r.progress.games},
                      {"seconds", r.progress.elapsedSeconds}},
                     text.str());
}

int execute(const Options& options) {
    const double secs = options.get<double>("seconds");
    const CoefficientSet set =
        options.get<Field>("field") == Field::Z2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
    for (const TensorSize& size : options.all<TensorSize>("size")) {
        std::string error;
        const auto choice = chooseEvaluator(options.text("model"), size, set, &error);
        if (!choice) {
            printError("bench mcts: " + error);
            return kBadInput;
        }
        const auto rates = measure(size, set, *choice, secs);
        if (!rates) return kBadInput;
        printRates(options.isSet("json"), size, set, *choice, *rates);
    }
    return kOk;
}

}  // namespace

int runBenchMcts(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
