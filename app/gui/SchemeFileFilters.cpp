#include "SchemeFileFilters.h"

#include <QCoreApplication>

#include "core/io/SchemeFormat.h"

namespace tg {

QStringList schemeFileFilters() {
    QStringList all, filters;
    for (const FormatInfo& format : allFormats()) {
        if (!format.readable) continue;
        QStringList patterns;
        for (const QString& ext : QString::fromLatin1(format.extensions).split(QLatin1Char(' ')))
            patterns << QStringLiteral("*") + ext;
        filters << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(format.title),
                                                 patterns.join(QLatin1Char(' ')));
        for (const QString& pattern : patterns)
            if (!all.contains(pattern)) all << pattern;
    }
    filters.prepend(QCoreApplication::translate("tg::MainWindow", "Schemes and episodes (%1)")
                        .arg(all.join(QLatin1Char(' '))));
    return filters;
}

}  // namespace tg
