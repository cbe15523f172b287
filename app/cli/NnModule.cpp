// The module's entry points (see NnModule.h).
#include "NnModule.h"

#include "Commands.h"

extern "C" __attribute__((visibility("default"))) int tgCliTrain(const QStringList* args) {
    return tg::cli::trainMain(*args);
}

extern "C" __attribute__((visibility("default"))) int tgCliBenchNn(const QStringList* args) {
    return tg::cli::benchNnMain(*args);
}

extern "C" __attribute__((visibility("default"))) int tgCliAgentSearch(const QStringList* args) {
    return tg::cli::runAgentSearch(*args);
}

extern "C" __attribute__((visibility("default"))) int tgCliBenchMcts(const QStringList* args) {
    return tg::cli::runBenchMcts(*args);
}

extern "C" __attribute__((visibility("default"))) int tgCliBenchAgent(const QStringList* args) {
    return tg::cli::runBenchAgent(*args);
}
