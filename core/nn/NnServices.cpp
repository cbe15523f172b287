#include "core/nn/NnServices.h"

#include <utility>

#include "core/nn/ModelFile.h"

namespace tg::nn {

const Services& services() {
    static const Services table{
        .chooseEvaluator = &chooseEvaluator,
        .trainerParams = &TrainerParams::forSize,
        .makeTrainer = [](const TrainerParams& params, TrainerListener* listener,
                          std::vector<search::Demonstration> lessons) -> TrainingJob {
            auto trainer = std::make_unique<Trainer>(params, listener);
            trainer->addDemonstrations(std::move(lessons));
            const std::size_t kept = trainer->bufferSize();
            return {std::move(trainer), kept};
        },
        .readModelInfo = &readModelInfo,
        .loopParams = &LoopParams::forSize,
        .makeExpertIteration = [](LoopParams params, LoopListener* listener) -> TrainingJob {
            auto loop = std::make_unique<ExpertIteration>(std::move(params), listener);
            const std::size_t kept = loop->lessonsKept();
            return {std::move(loop), kept};
        },
    };
    return table;
}

}  // namespace tg::nn
