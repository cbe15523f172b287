// tensorgame-cli train: trains the policy/value network on synthetic demonstrations and writes
// the model file (checkpoints on the way, atomically). Progress goes to stderr; --json prints one
// object as the last line of stdout.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliSupport.h"
#include "NnModule.h"
#include "StopSignal.h"
#include "core/catalog/BestKnownRanks.h"
#include "core/nn/AgentSelfPlay.h"
#include "core/nn/Trainer.h"

namespace tg::cli {

namespace {

// Prints a progress line at most once a second.
class ProgressPrinter : public nn::TrainerListener {
  public:
    explicit ProgressPrinter(bool quiet) : quiet_(quiet) {}
    void onStep(const nn::TrainingProgress& p) override {
        if (quiet_ || p.seconds < lastPrint_ + 1.0) return;
        lastPrint_ = p.seconds;
        std::ostringstream line;
        line.precision(4);
        line << "[" << p.seconds << " s] step " << p.step << ", policy loss " << p.policyLoss
             << ", value loss " << p.valueLoss << ", "
             << static_cast<long long>(p.examplesPerSecond) << " examples/s";
        std::cerr << line.str() << std::endl;
    }
    void onCheckpoint(const std::string& path, long long step) override {
        if (!quiet_) std::cerr << "checkpoint at step " << step << ": " << path << std::endl;
    }

  private:
    bool quiet_;
    double lastPrint_ = 0;
};

}  // namespace

int trainMain(const QStringList& args) {
    // Ctrl+C (SIGINT) or SIGTERM, in any phase (loading a checkpoint, training, self-play): stop
    // and write the model, rather than lose the run.
    installStopSignals();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Train the policy/value network on synthetic demonstrations (random sums of rank-1 "
        "terms, change-of-basis and move-order augmentation) and write the model file. Without "
        "--steps and --time-limit it trains for 60 seconds; Ctrl+C stops it and writes the model. "
        "Exit status: 0 done, 2 bad input or "
        "an unwritable model file."));
    const QCommandLineOption sizeOpt("size", Cli::tr("Matrix sizes n,m,p."), "n,m,p");
    const QCommandLineOption coeffOpt(
        "coefficients", Cli::tr("Coefficient set: mod2 (default), -1..1 or -2..2."), "SET", "mod2");
    const QCommandLineOption timeOpt("time-limit", Cli::tr("Stop after SEC seconds."), "SEC", "0");
    const QCommandLineOption stepsOpt(
        "steps", Cli::tr("Stop when the step count (including resumed steps) reaches N."), "N",
        "0");
    const QCommandLineOption seedOpt(
        "seed", Cli::tr("Random seed (default 1; a resumed run keeps its checkpoint's)."), "N",
        "1");
    const QCommandLineOption threadsOpt("threads", Cli::tr("LibTorch threads (default 1)."), "T",
                                        "1");
    const QCommandLineOption batchOpt("batch", Cli::tr("Demonstrations per step (default 64)."),
                                      "B", "64");
    const QCommandLineOption checkpointOpt(
        "checkpoint-every",
        Cli::tr("Write the model every N steps (default 500; 0: only at the end)."), "N", "500");
    const QCommandLineOption outOpt("out", Cli::tr("The model file to write."), "MODEL");
    const QCommandLineOption resumeOpt("resume", Cli::tr("Continue from this checkpoint."), "CKPT");
    const QCommandLineOption jsonOpt("json",
                                     Cli::tr("Print one JSON object as the last line of stdout."));
    const QCommandLineOption quietOpt("quiet", Cli::tr("No progress on stderr."));
    const QCommandLineOption selfPlayOpt(
        "self-play-every",
        Cli::tr("Every N steps the agent plays games on the target with the network being trained; "
                "its solved games are learned from (expert iteration). 0: never (default)."),
        "N", "0");
    const QCommandLineOption selfPlayGamesOpt(
        "self-play-games", Cli::tr("Games per self-play round (default 16)."), "G", "16");
    const QCommandLineOption selfPlayTargetOpt(
        "self-play-target",
        Cli::tr("Rank the self-play games aim for (default: the best known rank of the size)."),
        "R", "0");
    for (const auto* o : {&sizeOpt, &coeffOpt, &timeOpt, &stepsOpt, &seedOpt, &threadsOpt,
                          &batchOpt, &checkpointOpt, &outOpt, &resumeOpt, &jsonOpt, &quietOpt,
                          &selfPlayOpt, &selfPlayGamesOpt, &selfPlayTargetOpt})
        parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;

    const auto size = TensorSize::parse(parser.value(sizeOpt).toStdString());
    if (!size) {
        printError("train: say --size n,m,p");
        return kBadInput;
    }
    const auto set = parseCoefficientSet(parser.value(coeffOpt).toStdString());
    if (!set || *set == CoefficientSet::Unrestricted) {
        printError("train: --coefficients must be mod2, -1..1 or -2..2");
        return kBadInput;
    }
    bool ok[6] = {};
    double timeLimit = parser.value(timeOpt).toDouble(&ok[0]);
    const qlonglong steps = parser.value(stepsOpt).toLongLong(&ok[1]);
    const qulonglong seed = parser.value(seedOpt).toULongLong(&ok[2]);
    const int threads = parser.value(threadsOpt).toInt(&ok[3]);
    const int batch = parser.value(batchOpt).toInt(&ok[4]);
    const int checkpointEvery = parser.value(checkpointOpt).toInt(&ok[5]);
    if (!ok[0] || timeLimit < 0 || !ok[1] || steps < 0 || !ok[2] || !ok[3] || threads < 1 ||
        threads > 256 || !ok[4] || batch < 1 || batch > 65536 || !ok[5] || checkpointEvery < 0) {
        printError(
            "train: --time-limit, --steps, --seed, --threads, --batch and --checkpoint-every take "
            "non-negative numbers (threads 1..256, batch 1..65536)");
        return kBadInput;
    }
    if (timeLimit == 0 && steps == 0) timeLimit = 60;
    if (!parser.isSet(outOpt) || parser.value(outOpt).isEmpty()) {
        printError("train: say where to write the model: --out MODEL");
        return kBadInput;
    }

    auto params = nn::TrainerParams::forSize(*size, *set);
    params.timeLimitSeconds = timeLimit;
    params.steps = steps;
    params.seed = seed;
    params.threads = threads;
    params.batchSize = batch;
    params.checkpointEvery = checkpointEvery;
    params.out = parser.value(outOpt).toStdString();
    params.resume = parser.value(resumeOpt).toStdString();
    params.recipe = "tensorgame-cli " + args.join(' ').toStdString();

    bool okPlay[3] = {};
    const int selfPlayEvery = parser.value(selfPlayOpt).toInt(&okPlay[0]);
    const int selfPlayGames = parser.value(selfPlayGamesOpt).toInt(&okPlay[1]);
    int selfPlayTarget = parser.value(selfPlayTargetOpt).toInt(&okPlay[2]);
    if (!okPlay[0] || selfPlayEvery < 0 || !okPlay[1] || selfPlayGames < 1 || !okPlay[2] ||
        selfPlayTarget < 0) {
        printError(
            "train: --self-play-every, --self-play-games and --self-play-target take "
            "non-negative numbers (games at least 1)");
        return kBadInput;
    }
    if (selfPlayTarget == 0)
        selfPlayTarget = bestKnownRank(*size, fieldOf(*set)).value_or(size->n * size->m * size->p);
    params.selfPlayEvery = selfPlayEvery;
    search::SelfPlayParams playParams;
    playParams.game.size = *size;
    playParams.game.coefficients = *set;
    playParams.game.targetRank = selfPlayTarget;
    playParams.games = selfPlayGames;
    nn::AgentSelfPlay selfPlay(playParams);

    ProgressPrinter printer(parser.isSet(quietOpt));
    nn::TrainingResult r;
    try {
        nn::Trainer trainer(params, &printer, selfPlayEvery > 0 ? &selfPlay : nullptr);
        trainer.start();
        while (!trainer.waitFor(std::chrono::milliseconds(50)))
            if (stopSignalled()) trainer.stop();
        trainer.wait();
        r = trainer.result();
    } catch (const std::exception& e) {
        printError(std::string("train: ") + e.what());
        return kBadInput;
    }
    if (!r.error.empty()) {
        printError("train: " + r.error);
        return kBadInput;
    }
    if (!parser.isSet(quietOpt))
        std::cerr << "trained " << r.steps << " steps (" << r.examples << " examples) in "
                  << r.seconds << " s: policy loss " << r.policyLoss << ", value loss "
                  << r.valueLoss << "; model written to " << r.out << std::endl;
    if (selfPlayEvery > 0 && !parser.isSet(quietOpt))
        std::cerr << "self-play: " << selfPlay.games() << " games, " << selfPlay.solved()
                  << " solved within rank " << selfPlayTarget
                  << (selfPlay.bestRank() > 0 ? ", best " + std::to_string(selfPlay.bestRank())
                                              : std::string())
                  << std::endl;
    if (parser.isSet(jsonOpt))
        std::cout << nlohmann::json{{"steps", r.steps},
                                    {"seconds", r.seconds},
                                    {"examples", r.examples},
                                    {"policy_loss", r.policyLoss},
                                    {"value_loss", r.valueLoss},
                                    {"out", r.out},
                                    {"self_play_games", selfPlay.games()},
                                    {"self_play_solved", selfPlay.solved()}}
                         .dump()
                  << '\n';
    return kOk;
}

}  // namespace tg::cli
