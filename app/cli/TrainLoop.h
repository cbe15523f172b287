#pragma once
// tensorgame-cli train --generations G: expert iteration (core/nn/ExpertIteration.h), its
// options read from train's table (TrainCommand.cpp).
#include <QStringList>

#include "CliOptions.h"

namespace tg::cli {

// `args` as given: the model file records them as its recipe.
int runTrainLoop(const Options& o, const QStringList& args);

}  // namespace tg::cli
