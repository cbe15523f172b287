// tensorgame-cli train: trains the policy/value network on synthetic demonstrations and writes
// the model file (checkpoints on the way, atomically). Progress goes to stderr; --json prints one
// object as the last line of stdout.
#include <QCoreApplication>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliOptions.h"
#include "CliSupport.h"
#include "CommonOptions.h"
#include "NnModule.h"
#include "StopSignal.h"
#include "TrainLessons.h"
#include "TrainLoop.h"
#include "TrainProgress.h"
#include "core/catalog/BestKnownRanks.h"
#include "core/nn/AgentSelfPlay.h"
#include "core/nn/Trainer.h"
#include "core/search/SelfPlay.h"

namespace tg::cli {

namespace {

constexpr OptionSpec kOptions[] = {
    requiredSizeOption(),
    coefficientsOption(),
    timeLimitOption(QT_TRANSLATE_NOOP(
        "cli", "Stop after SEC seconds (with --generations: keeping the last whole generation).")),
    integerOption(
        "steps", "N", "0", 0, kNoMax,
        QT_TRANSLATE_NOOP("cli", "Stop when the step count (including resumed steps) reaches N.")),
    seedOption(
        QT_TRANSLATE_NOOP("cli", "Random seed (default 1; a resumed run keeps its checkpoint's).")),
    libTorchThreadsOption(),
    integerOption("batch", "B", "64", 1, 65536,
                  QT_TRANSLATE_NOOP("cli", "Demonstrations per step (default 64).")),
    integerOption("checkpoint-every", "N", "500", 0, kIntMax,
                  QT_TRANSLATE_NOOP(
                      "cli", "Write the model every N steps (default 500; 0: only at the end).")),
    outOption(QT_TRANSLATE_NOOP("cli", "The model file to write."), "MODEL", kRequired),
    textOption("resume", "CKPT", QT_TRANSLATE_NOOP("cli", "Continue from this checkpoint.")),
    jsonOption(),
    quietOption(),
    integerOption("self-play-every", "N", "0", 0, kIntMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Every N steps the agent plays games on the target with the "
                                    "network being trained; its solved games are learned from "
                                    "(expert iteration). 0: never (default).")),
    integerOption("self-play-games", "G", "16", 1, kIntMax,
                  QT_TRANSLATE_NOOP("cli", "Games per self-play round (default 16).")),
    integerOption("self-play-target", "R", "0", 0, kIntMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Rank the self-play games aim for (default: the best known "
                                    "rank of the size).")),
    // Expert iteration (TrainLoop.cpp).
    integerOption("lesson-rank", "R", "0", 0, kIntMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Self-play games that miss the target are learned from too "
                                    "when the best scheme their search found has rank at most R "
                                    "(default 0: only games that reach the target).")),
    integerOption("run-games", "N", "0", 0, kIntMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "With --generations: each self-play game becomes a run of "
                                    "the agent as shipped (restarts from the best scheme, "
                                    "plateau walks, not told the target) of N games; its best "
                                    "scheme is learned from when within the target or "
                                    "--lesson-rank, in 8 move orders, each in a random basis "
                                    "(the standard one with --no-random-basis). 0: single "
                                    "games (default).")),
    integerOption("run-threads", "T", "1", 1, 256,
                  QT_TRANSLATE_NOOP("cli", "Threads of each self-play run (default 1).")),
    flagOption("no-random-basis",
               QT_TRANSLATE_NOOP("cli",
                                 "Self-play on the target itself (mod 2): every game, and every "
                                 "copy of a run's scheme, in the standard basis instead of a "
                                 "random one.")),
    integerOption("generations", "G", "0", 0, kIntMax,
                  QT_TRANSLATE_NOOP(
                      "cli",
                      "Run expert iteration for G generations in all (resumed ones included): "
                      "each trains --generation-steps steps on synthetic demonstrations and the "
                      "replay buffer, plays --self-play-games games on the target (random bases "
                      "unless --no-random-basis, noise, temperature) whose solved games join the "
                      "buffer, and is evaluated on --eval-games fixed seeds. Writes the curve "
                      "(--curve) and a checkpoint MODEL.loop.json after every generation; "
                      "--resume CKPT continues from one. 0: plain training (default).")),
    integerOption("generation-steps", "N", "300", 1, kIntMax,
                  QT_TRANSLATE_NOOP("cli", "Training steps per generation (default 300).")),
    integerOption("eval-games", "E", "8", 1, kIntMax,
                  QT_TRANSLATE_NOOP("cli", "Evaluation games per generation (default 8).")),
    integerOption("simulations", "S", "64", 1, kIntMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Simulations per move in self-play and evaluation "
                                    "(default 64).")),
    {.name = "buffer-share",
     .type = ValueType::Real,
     .valueName = "S",
     .defaultValue = "0.25",
     .min = 0,
     .max = 1,
     .help = QT_TRANSLATE_NOOP("cli",
                               "Share of each batch drawn from the replay buffer once it "
                               "has games, the rest synthetic (default 0.25).")},
    integerOption("buffer-size", "N", "100000", 1, kIntMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Demonstrations the replay buffer keeps, the newest "
                                    "(default 100000).")),
    textOption("curve", "BASE",
               QT_TRANSLATE_NOOP("cli",
                                 "Write the curve to BASE.csv and BASE.json (default: "
                                 "the model file without .tgm).")),
    textOption("init", "MODEL",
               QT_TRANSLATE_NOOP("cli",
                                 "Start expert iteration from this model (and its "
                                 "optimiser state) instead of a fresh network.")),
    textOption("lessons", "SCHEMES",
               QT_TRANSLATE_NOOP("cli",
                                 "Learn from these schemes too (a scheme file, a file of "
                                 "several, or a folder of them; may be given several times): "
                                 "each verified, then taught in 8 move orders, each in a random "
                                 "basis (the standard one with --no-random-basis), as part of "
                                 "the buffer's share of each batch. With --generations they "
                                 "start the replay buffer."),
               kRepeatable),
};

constexpr CommandSpec kCommand{
    "train",
    QT_TRANSLATE_NOOP("cli",
                      "Train the policy/value network on synthetic demonstrations (random sums of "
                      "rank-1 terms, change-of-basis and move-order augmentation) and write the "
                      "model file. Without --steps and --time-limit it trains for 60 seconds; "
                      "with --generations it runs expert iteration (see --generations); "
                      "Ctrl+C stops it and writes the model. Exit status: 0 done, 2 bad input or "
                      "an unwritable model file."),
    {},
    kOptions};

nn::TrainerParams trainerParams(const Options& o, const TensorSize& size, CoefficientSet set,
                                const QStringList& args) {
    auto params = nn::TrainerParams::forSize(size, set);
    params.timeLimitSeconds = o.get<double>("time-limit");
    params.steps = o.get<long long>("steps");
    if (params.timeLimitSeconds == 0 && params.steps == 0) params.timeLimitSeconds = 60;
    params.externalStop = &stopSignalFlag();  // SIGINT, SIGTERM: the model is still written
    params.seed = o.get<std::uint64_t>("seed");
    params.threads = o.get<int>("threads");
    params.batchSize = o.get<int>("batch");
    params.checkpointEvery = o.get<int>("checkpoint-every");
    params.out = o.text("out").toStdString();
    params.resume = o.text("resume").toStdString();
    params.recipe = "tensorgame-cli " + args.join(' ').toStdString();
    params.selfPlayEvery = o.get<int>("self-play-every");
    params.externalRatio = o.get<double>("buffer-share");
    params.bufferCapacity = static_cast<std::size_t>(o.get<int>("buffer-size"));
    return params;
}

search::SelfPlayParams selfPlayParams(const Options& o, const TensorSize& size,
                                      CoefficientSet set) {
    int target = o.get<int>("self-play-target");
    if (target == 0) target = bestKnownRank(size, fieldOf(set)).value_or(size.n * size.m * size.p);
    search::SelfPlayParams play;
    play.game.size = size;
    play.game.coefficients = set;
    play.game.targetRank = target;
    readSelfPlayOptions(o, play);
    return play;
}

// What a plain training run trains, from what, for how long.
std::string startLine(const nn::TrainerParams& p, const TensorSize& size, CoefficientSet set,
                      const std::string& lessons) {
    std::ostringstream line;
    line << size.toString() << " " << coefficientSetName(set) << ", "
         << (p.resume.empty() ? "a fresh network" : "resuming " + p.resume) << ", ";
    if (p.steps > 0) line << p.steps << (p.steps == 1 ? " step" : " steps");
    if (p.steps > 0 && p.timeLimitSeconds > 0) line << " or ";
    if (p.timeLimitSeconds > 0) line << p.timeLimitSeconds << " s";
    line << lessons << "; Ctrl+C stops it and writes the model";
    return line.str();
}

// `args` as given: the model file records them as its recipe.
int execute(const Options& o, const QStringList& args) {
    if (o.get<int>("generations") > 0) {
        if (o.get<long long>("steps") > 0)
            return fail("train", Cli::tr("--steps counts the steps of one training; with "
                                         "--generations use --generation-steps"));
        return runTrainLoop(o, args);
    }
    if (o.get<int>("run-games") > 0)
        return fail("train", Cli::tr("--run-games needs --generations (expert iteration)"));
    if (o.isSet("init"))
        return fail("train", Cli::tr("--init starts expert iteration (--generations); plain "
                                     "training continues a model with --resume"));
    const auto size = o.get<TensorSize>("size");
    const auto set = o.get<CoefficientSet>("coefficients");
    const nn::TrainerParams params = trainerParams(o, size, set, args);
    if (!folderCanTake("train", params.out)) return kBadInput;  // before training, not after
    const int selfPlayEvery = params.selfPlayEvery;
    const search::SelfPlayParams playParams = selfPlayParams(o, size, set);
    std::optional<search::FileLessons> lessons =
        readLessons(o, playParams.game, playParams.randomBasis);
    if (!lessons) return kBadInput;
    const int selfPlayTarget = playParams.game.targetRank;
    nn::AgentSelfPlay selfPlay(playParams);

    TrainProgressPrinter printer(o.isSet("quiet"), 1.0);
    const std::optional<nn::TrainingResult> result = trainToEnd([&] {
        nn::Trainer trainer(params, &printer, selfPlayEvery > 0 ? &selfPlay : nullptr);
        const std::size_t given = lessons->demonstrations.size();
        trainer.addDemonstrations(std::move(lessons->demonstrations));
        // Once the trainer took the params and the lessons.
        printer.printStart(startLine(params, size, set,
                                     lessonsSaid(lessons->schemes, given, trainer.bufferSize())));
        trainer.start();
        trainer.wait();  // the steps, the time limit or a stop signal ends it
        return trainer.result();
    });
    if (!result) return kBadInput;
    const nn::TrainingResult& r = *result;
    if (!o.isSet("quiet"))
        std::cerr << "trained " << r.steps << " steps (" << r.examples << " examples) in "
                  << r.seconds << " s: policy loss " << r.policyLoss << ", value loss "
                  << r.valueLoss << "; model written to " << r.out << std::endl;
    if (selfPlayEvery > 0 && !o.isSet("quiet"))
        std::cerr << "self-play: " << selfPlay.games() << " games, " << selfPlay.solved()
                  << " solved within rank " << selfPlayTarget
                  << (selfPlay.bestRank() > 0 ? ", best " + std::to_string(selfPlay.bestRank())
                                              : std::string())
                  << std::endl;
    if (o.isSet("json"))
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

}  // namespace

int trainMain(const QStringList& args) {
    // Ctrl+C (SIGINT) or SIGTERM, in any phase (loading a checkpoint, training, self-play): stop
    // and write the model, rather than lose the run.
    installStopSignals();
    return runCommand(kCommand, args, [&](const Options& o) { return execute(o, args); });
}

}  // namespace tg::cli
