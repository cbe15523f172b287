// The module's entry points (see NnModule.h).
#include "NnModule.h"

extern "C" __attribute__((visibility("default"))) int tgCliTrain(const QStringList* args) {
    return tg::cli::trainMain(*args);
}

extern "C" __attribute__((visibility("default"))) int tgCliBenchNn(const QStringList* args) {
    return tg::cli::benchNnMain(*args);
}
