#pragma once
// The programs' modules: shared libraries they load on first use instead of linking, so that
// what only some users need (LibTorch, about half a second and tens of megabytes at start-up) is
// not paid by everyone. tensorgame-cli loads libtensorgame-cli-nn.so (its network commands),
// tensorgame loads libtensorgame-nn.so (the network's services, core/nn/NnServices.h).
#include <QFunctionPointer>
#include <QString>

namespace tg {

// Resolves `symbol` in the module `name` ("tensorgame-nn" for libtensorgame-nn.so), looked for
// in the folder TG_MODULE_DIR names when set (tests, whose executables live elsewhere), next to
// the executable (a build tree), then where `install` puts modules, relative to the executable
// (so a package installed under any prefix finds it; no build path is compiled in). A loaded
// module stays loaded until the process ends: LibTorch does not unload cleanly. On failure
// returns nullptr and says why in *error (every place tried).
[[nodiscard]] QFunctionPointer resolveModuleSymbol(const QString& name, const char* symbol,
                                                   QString* error);

}  // namespace tg
