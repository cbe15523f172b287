#include "ProcessMemory.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace tg {

namespace {

// The value in kB of a "Name:   1234 kB" line of /proc/self/status, or 0.
long long statusValue(const QByteArray& status, const char* name) {
    const QRegularExpression line(QStringLiteral("^%1:\\s+(\\d+) kB$").arg(QLatin1String(name)),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// Which part of the program a mapping belongs to, by the file it maps.
QString partOf(const QString& path) {
    const QString file = QFileInfo(path).fileName();
    if (path.isEmpty() || path.startsWith(QLatin1Char('[')))
        return QStringLiteral("heap and anonymous");
    static const std::pair<const char*, const char*> kParts[] = {
        {"libtorch", "LibTorch"},
        {"libc10", "LibTorch"},
        {"libdnnl", "LibTorch"},
        {"libLLVM", "Mesa and LLVM (software OpenGL)"},
        {"libgallium", "Mesa and LLVM (software OpenGL)"},
        {"swrast", "Mesa and LLVM (software OpenGL)"},
        {"libGL", "Mesa and LLVM (software OpenGL)"},
        {"libvtk", "VTK"},
        {"libQt6", "Qt"},
        {"libmpi", "MPI (through VTK)"},
        {"libopen-", "MPI (through VTK)"},
        {"libicu", "ICU (Qt's text)"}};
    for (const auto& [prefix, part] : kParts)
        if (file.startsWith(QLatin1String(prefix))) return QString::fromLatin1(part);
    if (file.startsWith(QLatin1String("tensorgame"))) return QStringLiteral("the program");
    if (path.startsWith(QLatin1String("/dev/"))) return QStringLiteral("devices and shared memory");
    return QStringLiteral("other libraries");
}

}  // namespace

ProcessMemory processMemory() {
    ProcessMemory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = status.readAll();
        memory.peakKilobytes = statusValue(text, "VmHWM");
        memory.currentKilobytes = statusValue(text, "VmRSS");
    }
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text)) return memory;
    // A mapping's header is "start-end perms offset dev inode [path]"; its "Rss:" line follows.
    // /proc files say they are empty: read them whole, not line by line up to atEnd().
    const QStringList lines = QString::fromLocal8Bit(smaps.readAll()).split(QLatin1Char('\n'));
    QMap<QString, long long> byPart;
    QString part;
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 5 && fields[0].contains(QLatin1Char('-')) &&
            !fields[0].endsWith(QLatin1Char(':'))) {
            const QString path =
                fields.size() >= 6 ? fields.mid(5).join(QLatin1Char(' ')) : QString();
            part = partOf(path);
            if (QFileInfo(path).fileName().startsWith(QLatin1String("libtorch")))
                memory.libTorchMapped = true;
        } else if (fields.size() >= 2 && fields[0] == QLatin1String("Rss:")) {
            byPart[part] += fields[1].toLongLong();
        }
    }
    for (auto it = byPart.cbegin(); it != byPart.cend(); ++it)
        memory.parts.push_back({it.key(), it.value()});
    std::sort(memory.parts.begin(), memory.parts.end(),
              [](const MemoryPart& a, const MemoryPart& b) { return a.kilobytes > b.kilobytes; });
    return memory;
}

}  // namespace tg
