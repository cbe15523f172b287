#pragma once
// tensorgame-cli train --generations G: expert iteration (core/nn/ExpertIteration.h), its
// options read from train's table (TrainCommand.cpp).
#include <QStringList>

#include "CliOptions.h"

namespace tg::search {
struct SelfPlayParams;
}

namespace tg::cli {

// The self-play options both of train's ways read (--self-play-games, --lesson-rank,
// --no-random-basis), into `play`: plain training with --self-play-every and the loop.
void readSelfPlayOptions(const Options& o, search::SelfPlayParams& play);

// `args` as given: the model file records them as its recipe.
int runTrainLoop(const Options& o, const QStringList& args);

}  // namespace tg::cli
