#include "TrainProgress.h"

#include <iostream>
#include <sstream>

namespace tg::cli {

void TrainProgressPrinter::printStep(const nn::TrainingProgress& p) {
    if (quiet_ || p.seconds < lastPrint_ + interval_) return;
    lastPrint_ = p.seconds;
    std::ostringstream line;
    line.precision(4);
    line << "[" << p.seconds << " s] step " << p.step << ", policy loss " << p.policyLoss
         << ", value loss " << p.valueLoss << ", " << static_cast<long long>(p.examplesPerSecond)
         << " examples/s";
    std::cerr << line.str() << std::endl;
}

void TrainProgressPrinter::printStart(const std::string& what) const {
    if (!quiet_) std::cerr << "train: " << what << std::endl;
}

void TrainProgressPrinter::onCheckpoint(const std::string& path, long long step) {
    if (!quiet_) std::cerr << "checkpoint at step " << step << ": " << path << std::endl;
}

void TrainProgressPrinter::onGeneration(const nn::GenerationRow& r) {
    lastPrint_ = 0;  // the next generation's training counts its seconds afresh
    if (quiet_) return;
    std::ostringstream line;
    line.precision(4);
    line << "generation " << r.generation << " [" << r.seconds << " s]: loss " << r.loss
         << " (policy " << r.policyLoss << ", value " << r.valueLoss << "), self-play "
         << r.selfPlaySolved << "/" << r.selfPlayGames << " solved";
    if (r.selfPlayBestRank > 0) line << " (best rank " << r.selfPlayBestRank << ")";
    line << ", buffer " << r.bufferSize << ", eval " << r.evalSolved << "/" << r.evalGames
         << " reach the target, mean rank " << r.meanRank << ", mean steps " << r.meanSteps;
    std::cerr << line.str() << std::endl;
}

}  // namespace tg::cli
