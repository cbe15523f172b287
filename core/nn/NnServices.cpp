#include "core/nn/NnServices.h"

#include "core/nn/ModelFile.h"

namespace tg::nn {

const Services& services() {
    static const Services table{
        .chooseEvaluator = &chooseEvaluator,
        .trainerParams = &TrainerParams::forSize,
        .makeTrainer = [](const TrainerParams& params, TrainerListener* listener)
            -> std::unique_ptr<run::Job> { return std::make_unique<Trainer>(params, listener); },
        .readModelInfo = &readModelInfo,
        .loopParams = &LoopParams::forSize,
        .makeExpertIteration = [](const LoopParams& params,
                                  LoopListener* listener) -> std::unique_ptr<run::Job> {
            return std::make_unique<ExpertIteration>(params, listener);
        },
    };
    return table;
}

}  // namespace tg::nn
