// tensorgame-cli bench mcts: speed of the agent. For each size it measures the evaluator alone
// (evaluations per second at batch 1, the way the tree search calls it) and then the agent
// playing games for a while on one thread (simulations per second, evaluations per second, and
// what share of the time the evaluator took).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

#include "AgentModels.h"
#include "CliSupport.h"
#include "Commands.h"
#include "core/search/AgentSearch.h"
#include "core/search/IntResidual.h"

namespace tg::cli {

int runBenchMcts(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "'bench mcts' measures simulations and network evaluations per second of the agent."));
    parser.addPositionalArgument("WHAT", Cli::tr("mcts"));
    const QCommandLineOption sizes(
        "size", Cli::tr("Sizes to measure (repeatable; default 2,2,2 and 3,3,3)."), "n,m,p");
    const QCommandLineOption fieldOpt("field", Cli::tr("Z2 (default) or Z."), "FIELD", "Z2");
    const QCommandLineOption modelOpt(
        "model", Cli::tr("Model file, or 'uniform' (default: the model shipped for the size)."),
        "MODEL");
    const QCommandLineOption seconds("seconds", Cli::tr("Seconds per measurement (default 3)."),
                                     "SEC", "3");
    const QCommandLineOption json("json", Cli::tr("One JSON object per measurement."));
    for (const auto* o : {&sizes, &fieldOpt, &modelOpt, &seconds, &json}) parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;
    bool ok = false;
    const double secs = parser.value(seconds).toDouble(&ok);
    if (!ok || secs <= 0 || secs > 3600) {
        printError("bench mcts: --seconds must be in (0, 3600]");
        return kBadInput;
    }
    const auto field = parseField(parser.value(fieldOpt).toStdString());
    if (!field || (*field != Field::Z2 && *field != Field::Z)) {
        printError("bench mcts: --field must be Z2 or Z");
        return kBadInput;
    }
    const CoefficientSet set = *field == Field::Z2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
    using Clock = std::chrono::steady_clock;
    for (const QString& text :
         parser.isSet(sizes) ? parser.values(sizes) : QStringList{"2,2,2", "3,3,3"}) {
        const auto size = TensorSize::parse(text.toStdString());
        if (!size) {
            printError("bench mcts: --size must be n,m,p");
            return kBadInput;
        }
        std::string error;
        const auto choice = chooseEvaluator(parser.value(modelOpt), *size, set, &error);
        if (!choice) {
            printError("bench mcts: " + error);
            return kBadInput;
        }
        // The evaluator alone, on the target, as the search calls it.
        const search::MctsParams mcts = search::MctsParams::strong();
        auto evaluator = choice->factory();
        search::Observation o;
        o.size = *size;
        o.coefficients = set;
        o.residual = search::IntResidual::matMul(*size, set == CoefficientSet::Mod2).data();
        o.stepLimit = size->n * size->m * size->p;
        long long evals = 0;
        const auto t0 = Clock::now();
        double evalSeconds = 0;
        while ((evalSeconds = std::chrono::duration<double>(Clock::now() - t0).count()) <
               secs / 3) {
            (void)evaluator->evaluate(std::span<const search::Observation>(&o, 1), mcts.samples,
                                      static_cast<std::uint64_t>(evals));
            ++evals;
        }
        // The agent playing (no target: games go on until the time is up).
        search::AgentSearchParams p;
        p.game.size = *size;
        p.game.coefficients = set;
        p.threads = 1;
        p.timeLimitSeconds = secs;
        p.mcts = mcts;
        p.evaluatorFactory = choice->factory;
        search::AgentSearch agent(p);
        agent.start();
        agent.wait();
        // An evaluator that threw: no rate to report, but the reason (exit status 2).
        if (const search::SearchResult r = agent.result(); r.failed) {
            printError("bench mcts: failed: " + r.error);
            return kBadInput;
        }
        const search::SearchProgress pr = agent.progress();
        const double evalRate = evalSeconds > 0 ? static_cast<double>(evals) / evalSeconds : 0;
        const double simRate =
            pr.elapsedSeconds > 0 ? static_cast<double>(pr.simulations) / pr.elapsedSeconds : 0;
        const double agentEvalRate =
            pr.elapsedSeconds > 0 ? static_cast<double>(pr.evaluations) / pr.elapsedSeconds : 0;
        if (parser.isSet(json)) {
            std::cout << nlohmann::json{{"size", size->toString()},
                                        {"coefficients", coefficientSetName(set)},
                                        {"model", choice->description},
                                        {"samples", mcts.samples},
                                        {"evaluations_per_second", evalRate},
                                        {"simulations_per_second", simRate},
                                        {"agent_evaluations_per_second", agentEvalRate},
                                        {"games", pr.games},
                                        {"seconds", pr.elapsedSeconds}}
                             .dump()
                      << std::endl;
        } else {
            std::cout << size->toString() << " " << coefficientSetName(set) << " ("
                      << choice->description << "): " << static_cast<long long>(evalRate)
                      << " evaluations/s alone (K=" << mcts.samples << "), agent "
                      << static_cast<long long>(simRate) << " simulations/s, "
                      << static_cast<long long>(agentEvalRate) << " evaluations/s, " << pr.games
                      << " games in " << pr.elapsedSeconds << " s" << std::endl;
        }
    }
    return kOk;
}

}  // namespace tg::cli
