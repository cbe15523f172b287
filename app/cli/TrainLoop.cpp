#include "TrainLoop.h"

#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliSupport.h"
#include "StopSignal.h"
#include "TrainLessons.h"
#include "TrainProgress.h"
#include "core/nn/ExpertIteration.h"
#include "core/search/SelfPlay.h"

namespace tg::cli {

namespace {

nn::LoopParams loopParams(const Options& o, const QStringList& args) {
    const auto size = o.get<TensorSize>("size");
    const auto set = o.get<CoefficientSet>("coefficients");
    nn::LoopParams p = nn::LoopParams::forSize(size, set);
    p.generations = o.get<int>("generations");
    p.stepsPerGeneration = o.get<int>("generation-steps");
    p.evalGames = o.get<int>("eval-games");
    readSelfPlayOptions(o, p.selfPlay);
    p.selfPlay.runGames = o.get<int>("run-games");
    p.selfPlay.runThreads = o.get<int>("run-threads");
    if (o.get<int>("self-play-target") > 0)
        p.selfPlay.game.targetRank = o.get<int>("self-play-target");
    p.selfPlay.mcts.simulations = o.get<int>("simulations");
    p.evalMcts.simulations = o.get<int>("simulations");
    p.trainer.seed = o.get<std::uint64_t>("seed");
    p.trainer.threads = o.get<int>("threads");
    p.trainer.batchSize = o.get<int>("batch");
    p.trainer.externalRatio = o.get<double>("buffer-share");
    p.trainer.bufferCapacity = static_cast<std::size_t>(o.get<int>("buffer-size"));
    p.out = o.text("out").toStdString();
    p.resume = o.text("resume").toStdString();
    p.initialModel = o.text("init").toStdString();
    p.curve = o.text("curve").toStdString();
    p.recipe = "tensorgame-cli " + args.join(' ').toStdString();
    p.externalStop = &stopSignalFlag();  // SIGINT, SIGTERM: the last whole generation is kept
    p.timeLimitSeconds = o.get<double>("time-limit");  // likewise
    return p;
}

nlohmann::json resultJson(const nn::LoopResult& r) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& g : r.rows)
        rows.push_back({{"generation", g.generation},
                        {"seconds", g.seconds},
                        {"steps", g.steps},
                        {"loss", g.loss},
                        {"buffer_size", g.bufferSize},
                        {"self_play_solved", g.selfPlaySolved},
                        {"self_play_best_rank", g.selfPlayBestRank},
                        {"eval_success_rate", g.successRate},
                        {"eval_mean_rank", g.meanRank}});
    return {{"generations", r.rows.size()}, {"target", r.target},      {"out", r.out},
            {"checkpoint", r.checkpoint},   {"curve_csv", r.curveCsv}, {"curve_json", r.curveJson},
            {"stopped", r.stopped},         {"rows", std::move(rows)}};
}

// What the loop trains, from what, for how long.
std::string startLine(const nn::LoopParams& p, const std::string& lessons) {
    std::ostringstream line;
    line << "expert iteration on " << p.selfPlay.game.size.toString() << " "
         << coefficientSetName(p.selfPlay.game.coefficients) << " (target rank "
         << p.selfPlay.game.targetRank << "), ";
    if (!p.resume.empty())
        line << "resuming " << p.resume;
    else if (!p.initialModel.empty())
        line << "starting from " << p.initialModel;
    else
        line << "a fresh network";
    line << ", " << p.generations << (p.generations == 1 ? " generation" : " generations");
    if (p.timeLimitSeconds > 0) line << " or " << p.timeLimitSeconds << " s";
    line << lessons << "; Ctrl+C stops it and keeps the last whole generation";
    return line.str();
}

}  // namespace

void readSelfPlayOptions(const Options& o, search::SelfPlayParams& play) {
    play.games = o.get<int>("self-play-games");
    play.lessonRank = o.get<int>("lesson-rank");
    play.randomBasis = !o.isSet("no-random-basis");
}

int runTrainLoop(const Options& o, const QStringList& args) {
    const bool quiet = o.isSet("quiet");
    TrainProgressPrinter printer(quiet, 10.0);  // a line per generation besides
    nn::LoopParams params = loopParams(o, args);
    // Before the first generation, not after it.
    if (!folderCanTake("train", params.out) || !folderCanTake("train", params.curve))
        return kBadInput;
    // Before reading what may be thousands of files.
    if (!params.resume.empty() && o.isSet("lessons"))
        return fail("train", Cli::tr("a resumed loop has its lessons in its checkpoint's replay "
                                     "buffer: give --lessons to a fresh loop only"));
    std::optional<search::FileLessons> lessons =
        readLessons(o, params.selfPlay.game, params.selfPlay.randomBasis);
    if (!lessons) return kBadInput;
    const std::size_t given = lessons->demonstrations.size();
    params.lessons = std::move(lessons->demonstrations);
    const std::optional<nn::LoopResult> result = trainToEnd([&] {
        nn::ExpertIteration loop(std::move(params), &printer);
        // Once the loop took the parameters and the lessons.
        printer.printStart(
            startLine(loop.params(), lessonsSaid(lessons->schemes, given, loop.lessonsKept())));
        loop.start();
        loop.wait();  // the generations or a stop signal end it
        return loop.result();
    });
    if (!result) return kBadInput;
    const nn::LoopResult& r = *result;
    if (!quiet)
        std::cerr << (r.stopped ? "stopped after " : "done: ") << r.rows.size()
                  << " generation(s); model " << r.out << ", checkpoint " << r.checkpoint
                  << ", curve " << r.curveCsv << std::endl;
    if (o.isSet("json")) std::cout << resultJson(r).dump() << '\n';
    return kOk;
}

}  // namespace tg::cli
