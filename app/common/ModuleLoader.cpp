#include "ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QStringList>

namespace tg {

namespace {

QStringList moduleFolders() {
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("TG_MODULE_DIR");
    if (!fromEnvironment.isEmpty()) folders << fromEnvironment;
    const QString here = QCoreApplication::applicationDirPath();
    folders << here << QDir::cleanPath(QDir(here).filePath(QStringLiteral(TG_MODULE_RELDIR)));
    return folders;
}

}  // namespace

QFunctionPointer resolveModuleSymbol(const QString& name, const char* symbol, QString* error) {
    QString reasons;
    for (const QString& folder : moduleFolders()) {
        QLibrary module(QDir(folder).filePath(name));
        if (!module.load()) {
            reasons += QStringLiteral("\n  ") + module.errorString();
            continue;
        }
        if (const QFunctionPointer entry = module.resolve(symbol)) return entry;
        reasons +=
            QStringLiteral("\n  %1 has no %2").arg(module.fileName(), QString::fromLatin1(symbol));
    }
    if (error)
        *error = QCoreApplication::translate("ModuleLoader", "cannot load lib%1.so:%2")
                     .arg(name, reasons);
    return nullptr;
}

}  // namespace tg
