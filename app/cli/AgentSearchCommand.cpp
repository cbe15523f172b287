// tensorgame-cli search --engine mcts: the AlphaTensor-style agent (tree search guided by a
// policy/value network) plays TensorGame until it reaches the target rank or the time limit.
// Same flags, output and exit status as the flip engine (SearchCommand.cpp), plus the agent's
// own (--model, --simulations, --samples, --coefficients).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <chrono>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "AgentModels.h"
#include "CliSupport.h"
#include "Commands.h"
#include "StopSignal.h"
#include "core/io/FileIO.h"
#include "core/io/ProjectJson.h"
#include "core/io/SchemeFormat.h"
#include "core/search/AgentSearch.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

class AgentListener : public search::SearchListener {
  public:
    AgentListener(std::string out, SchemeFormat format, std::string trace, bool quiet)
        : out_(std::move(out)), format_(format), trace_(std::move(trace)), quiet_(quiet) {}

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
                      << r.walker << ", game " << r.walkerSteps << ")" << std::endl;
        save(r);
    }

    void save(const search::SearchResult& r) {
        std::lock_guard lock(mutex_);
        try {
            if (!out_.empty()) writeFileAtomic(out_, writeSchemes(format_, {r.scheme}));
            if (!trace_.empty() && r.episode)
                writeFileAtomic(trace_, episodeToProjectJson(*r.episode));
        } catch (const std::exception& e) {
            if (error_.empty()) error_ = e.what();
        }
    }

    [[nodiscard]] std::string error() const {
        std::lock_guard lock(mutex_);
        return error_;
    }

  private:
    std::string out_;
    SchemeFormat format_;
    std::string trace_;
    bool quiet_;
    double lastPrint_ = 0;
    mutable std::mutex mutex_;
    std::string error_;
};

}  // namespace

int runAgentSearch(const QStringList& args) {
    installStopSignals();  // SIGINT, SIGTERM: stop in any phase, keep what was written
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Let the AlphaTensor-style agent (tree search guided by a policy/value network) play "
        "TensorGame. Exit status: 0 when the target rank was reached (without a target: when a "
        "scheme was found), 1 when time ran out first, 2 for bad input."));
    const QCommandLineOption sizeOpt("size", Cli::tr("Matrix sizes n,m,p."), "n,m,p");
    const QCommandLineOption engineOpt("engine", Cli::tr("Search engine: mcts here."), "ENGINE",
                                       "mcts");
    const QCommandLineOption fieldOpt(
        "field", Cli::tr("Z2 (mod 2, default) or Z (coefficients -1, 0, 1)."), "FIELD", "Z2");
    const QCommandLineOption coefOpt(
        "coefficients", Cli::tr("Coefficient set: mod2, -1..1 or -2..2 (default: from --field)."),
        "SET");
    const QCommandLineOption targetOpt("target-rank", Cli::tr("Stop when this rank is reached."),
                                       "R", "0");
    const QCommandLineOption timeOpt(
        "time-limit", Cli::tr("Stop after SEC seconds (default: none with a target, else 10)."),
        "SEC", "0");
    const QCommandLineOption seedOpt("seed", Cli::tr("Random seed (default 1)."), "N", "1");
    const QCommandLineOption threadsOpt("threads", Cli::tr("Games in parallel, one per thread."),
                                        "T", "1");
    const QCommandLineOption modelOpt(
        "model",
        Cli::tr("Policy/value network (a model file), or 'uniform' for none (default: the model "
                "shipped for the size, if any)."),
        "MODEL");
    const QCommandLineOption simsOpt("simulations", Cli::tr("Tree-search simulations per move."),
                                     "N");
    const QCommandLineOption samplesOpt("samples",
                                        Cli::tr("Moves sampled from the policy per node."), "K");
    const QCommandLineOption gamesOpt("max-games",
                                      Cli::tr("Games per thread (default: unlimited)."), "N", "0");
    const QCommandLineOption outOpt(
        "out", Cli::tr("Write each better scheme to FILE (format from the extension)."), "FILE");
    const QCommandLineOption traceOpt(
        "trace",
        Cli::tr("Write the agent's game for the result to FILE (episode JSON, for replay)."),
        "FILE");
    const QCommandLineOption jsonOpt("json",
                                     Cli::tr("Print one JSON object as the last line of stdout."));
    const QCommandLineOption quietOpt("quiet", Cli::tr("No progress on stderr."));
    for (const auto* o :
         {&sizeOpt, &engineOpt, &fieldOpt, &coefOpt, &targetOpt, &timeOpt, &seedOpt, &threadsOpt,
          &modelOpt, &simsOpt, &samplesOpt, &gamesOpt, &outOpt, &traceOpt, &jsonOpt, &quietOpt})
        parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;

    const auto size = TensorSize::parse(parser.value(sizeOpt).toStdString());
    if (!size) {
        printError("search: --size n,m,p is required with --engine mcts");
        return kBadInput;
    }
    const auto field = parseField(parser.value(fieldOpt).toStdString());
    if (!field || (*field != Field::Z2 && *field != Field::Z)) {
        printError("search: --field must be Z2 or Z");
        return kBadInput;
    }
    CoefficientSet set = *field == Field::Z2 ? CoefficientSet::Mod2 : CoefficientSet::Ternary;
    if (parser.isSet(coefOpt)) {
        const auto parsed = parseCoefficientSet(parser.value(coefOpt).toStdString());
        if (!parsed || *parsed == CoefficientSet::Unrestricted) {
            printError("search: --coefficients must be mod2, -1..1 or -2..2");
            return kBadInput;
        }
        set = *parsed;
    }
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    const int target = parser.value(targetOpt).toInt(&ok1);
    double timeLimit = parser.value(timeOpt).toDouble(&ok2);
    const qulonglong seed = parser.value(seedOpt).toULongLong(&ok3);
    const int threads = parser.value(threadsOpt).toInt(&ok4);
    const int maxGames = parser.value(gamesOpt).toInt(&ok5);
    if (!ok1 || target < 0 || !ok2 || timeLimit < 0 || !ok3 || !ok4 || threads < 1 ||
        threads > 256 || !ok5 || maxGames < 0) {
        printError(
            "search: --target-rank, --time-limit, --seed, --threads and --max-games take "
            "non-negative numbers (threads 1..256)");
        return kBadInput;
    }
    if (target == 0 && timeLimit == 0 && maxGames == 0) timeLimit = 10;

    search::AgentSearchParams params;
    params.game.size = *size;
    params.game.coefficients = set;
    params.game.targetRank = target;
    params.seed = seed;
    params.threads = threads;
    params.timeLimitSeconds = timeLimit;
    params.maxGamesPerThread = maxGames;
    params.mcts = search::MctsParams::strong();
    for (const auto* o : {&simsOpt, &samplesOpt}) {
        if (!parser.isSet(*o)) continue;
        bool ok = false;
        const int v = parser.value(*o).toInt(&ok);
        if (!ok || v < 1 || v > 1000000) {
            printError("search: --" + o->names().first().toStdString() +
                       " takes a positive number");
            return kBadInput;
        }
        (o == &simsOpt ? params.mcts.simulations : params.mcts.samples) = v;
    }
    std::string error;
    const auto evaluator = chooseEvaluator(parser.value(modelOpt), *size, set, &error);
    if (!evaluator) {
        printError("search: " + error);
        return kBadInput;
    }
    params.evaluatorFactory = evaluator->factory;

    const std::string out = parser.value(outOpt).toStdString();
    SchemeFormat format = SchemeFormat::Project;
    if (!out.empty()) {
        const auto f = formatForWriting(out);
        if (!f) {
            printError("search: cannot tell the format of --out from its extension: " + out);
            return kBadInput;
        }
        format = *f;
    }
    const bool quiet = parser.isSet(quietOpt);
    AgentListener listener(out, format, parser.value(traceOpt).toStdString(), quiet);
    std::optional<search::AgentSearch> engine;
    try {
        engine.emplace(params, &listener);
    } catch (const std::exception& e) {
        printError(std::string("search: ") + e.what());
        return kBadInput;
    }
    if (!quiet)
        std::cerr << "search: agent on " << size->toString() << " over " << coefficientSetName(set)
                  << " with " << evaluator->description << ", " << params.mcts.simulations
                  << " simulations per move" << std::endl;
    engine->start();
    while (!engine->waitFor(std::chrono::milliseconds(50)))
        if (stopSignalled()) engine->stop();  // keeps (and writes) what was found
    engine->wait();
    const search::SearchResult r = engine->result();
    const search::SearchProgress p = engine->progress();
    const Field f = fieldOf(set);
    const bool valid = r.found && verify(r.scheme, f).valid;
    if (!listener.error().empty()) printError("search: " + listener.error());
    // An evaluator that threw (a model that cannot load): the run failed, exit status 2.
    if (r.failed) printError("search: failed: " + r.error);
    const bool success = target > 0 ? (valid && r.reachedTarget) : valid;
    if (!quiet)
        std::cerr << "search: "
                  << (valid ? "rank " + std::to_string(r.scheme.rank())
                            : std::string("nothing found"))
                  << " after " << p.elapsedSeconds << " s, " << p.games << " games, "
                  << p.simulations << " simulations" << std::endl;
    if (parser.isSet(jsonOpt)) {
        nlohmann::json j{
            {"found_rank", valid ? nlohmann::json(r.scheme.rank()) : nlohmann::json(nullptr)},
            {"target_rank", target},
            {"reached_target", valid && r.reachedTarget},
            {"seconds", valid ? r.seconds : p.elapsedSeconds},
            {"total_seconds", p.elapsedSeconds},
            {"valid", valid},
            {"out", out.empty() ? nlohmann::json(nullptr) : nlohmann::json(out)},
            {"flips", 0},
            {"simulations", p.simulations},
            {"evaluations", p.evaluations},
            {"games", p.games},
            {"model", evaluator->description},
            {"seed", seed},
            {"threads", threads},
            {"field", fieldName(f)},
            {"coefficients", coefficientSetName(set)},
            {"size", size->toString()}};
        if (r.failed) j["error"] = r.error;
        std::cout << j.dump() << std::endl;
    } else if (valid) {
        std::cout << "found rank " << r.scheme.rank() << " for " << size->toString() << " over "
                  << fieldName(f) << (out.empty() ? "" : " -> " + out) << "\n";
    }
    if (r.failed) return kBadInput;
    return success ? kOk : kNotValid;
}

}  // namespace tg::cli
