#include "NetworkServices.h"

#include <QCoreApplication>

#include "common/ModuleLoader.h"

namespace tg {

namespace {

struct Loaded {
    const nn::Services* services = nullptr;
    QString error;
};

Loaded load() {
    Loaded result;
#ifdef TG_AGENT_WITH_NETWORK
    const auto entry = reinterpret_cast<nn::ServicesEntryPoint>(
        resolveModuleSymbol(QStringLiteral("tensorgame-nn"), nn::kServicesSymbol, &result.error));
    if (entry) result.services = entry();
#else
    result.error =
        QCoreApplication::translate("NetworkServices", "this build of the program has no network");
#endif
    return result;
}

}  // namespace

const nn::Services* networkServices(QString* error) {
    // Loaded once, on the GUI thread's first call; later calls see the same answer.
    static const Loaded once = load();
    if (!once.services && error) *error = once.error;
    return once.services;
}

}  // namespace tg
