#include "core/nn/NnServices.h"

#include <utility>

#include "core/nn/ModelFile.h"

namespace tg::nn {

const Services& services() {
    static const Services table{
        .chooseEvaluator = &chooseEvaluator,
        .trainerParams = &TrainerParams::forSize,
        .makeTrainer = [](const TrainerParams& params, TrainerListener* listener,
                          std::vector<search::Demonstration> lessons) -> std::unique_ptr<run::Job> {
            auto trainer = std::make_unique<Trainer>(params, listener);
            trainer->addDemonstrations(std::move(lessons));
            return trainer;
        },
        .readModelInfo = &readModelInfo,
        .loopParams = &LoopParams::forSize,
        .makeExpertIteration = [](LoopParams params,
                                  LoopListener* listener) -> std::unique_ptr<run::Job> {
            return std::make_unique<ExpertIteration>(std::move(params), listener);
        },
    };
    return table;
}

}  // namespace tg::nn
