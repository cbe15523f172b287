#pragma once
// The network's services as a table of functions, for a program that loads LibTorch only when
// the network is first needed: the GUI links no LibTorch; a module that does
// (libtensorgame-nn.so, app/gui/NnModule.cpp) hands out this table, and the GUI calls through it.
// Loading LibTorch costs about half a second and tens of megabytes, which a user who never opens
// the agent or the Training dock should not pay. Torch-free header.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/nn/EvaluatorChoice.h"
#include "core/nn/ExpertIteration.h"
#include "core/nn/ModelInfo.h"
#include "core/nn/Trainer.h"
#include "core/run/Job.h"
#include "core/search/Demonstration.h"
#include "core/tensor/TensorSize.h"

namespace tg::nn {

// A training job as the GUI runs it, with how many of the lessons it was given its replay buffer
// keeps (the newest that fit), so that the caller can say so without repeating the rule.
struct TrainingJob {
    std::unique_ptr<run::Job> job;
    std::size_t lessonsKept = 0;
};

struct Services {
    // chooseEvaluator (EvaluatorChoice.h).
    std::optional<EvaluatorChoice> (*chooseEvaluator)(const std::string& model,
                                                      const TensorSize& size, CoefficientSet set,
                                                      const std::vector<std::string>& folders,
                                                      std::string* error) = nullptr;
    // TrainerParams::forSize (Trainer.h).
    TrainerParams (*trainerParams)(TensorSize size, CoefficientSet set) = nullptr;
    // A Trainer (Trainer.h) as the job the GUI runs, with `lessons` in its buffer
    // (Trainer::addDemonstrations); throws what its constructor throws.
    TrainingJob (*makeTrainer)(const TrainerParams& params, TrainerListener* listener,
                               std::vector<search::Demonstration> lessons) = nullptr;
    // readModelInfo (ModelFile.h); throws ModelFileError.
    ModelInfo (*readModelInfo)(const std::string& path) = nullptr;
    // LoopParams::forSize (ExpertIteration.h).
    LoopParams (*loopParams)(TensorSize size, CoefficientSet set) = nullptr;
    // Expert iteration (ExpertIteration.h) as the job the GUI runs, its lessons in `params`;
    // throws what its constructor throws.
    TrainingJob (*makeExpertIteration)(LoopParams params, LoopListener* listener) = nullptr;
};

// The table of this build of the network (in tg_nn).
[[nodiscard]] const Services& services();

// What the module exports: `extern "C" const Services* tgNnServices()`.
inline constexpr const char* kServicesSymbol = "tgNnServices";
using ServicesEntryPoint = const Services* (*)();

}  // namespace tg::nn
