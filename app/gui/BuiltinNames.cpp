#include "BuiltinNames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tg {

namespace {

constexpr const char* kContext = "tg::BuiltinNames";

// Every English text of the catalogue, so that lupdate finds them (core has no Qt).
[[maybe_unused]] constexpr const char* kTexts[] = {
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Naive"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames",
                      "The schoolbook algorithm (builtin:naive:n,m,p for any size)"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Strassen (1969)"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "7 multiplications for 2x2"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Winograd (1971)"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "7 multiplications, 15 additions for 2x2"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Hopcroft-Kerr (1971)"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "11 multiplications for 2x2 times 2x3"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Hopcroft-Kerr, rotated"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "11 multiplications for 2x3 times 3x2"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Hopcroft-Kerr, rotated twice"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "11 multiplications for 3x2 times 2x2"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Strassen (+) Strassen"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "14 multiplications for 2x2 times 2x4"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Laderman (1976)"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "23 multiplications for 3x3"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Strassen x Strassen"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "49 multiplications for 4x4"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Laderman x Strassen"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "161 multiplications for 6x6"),
    // The schemes' own names (Scheme::name), where they differ from the titles.
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Naive %1"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Hopcroft-Kerr %1 (1971)"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Hopcroft-Kerr %1"),
    QT_TRANSLATE_NOOP("tg::BuiltinNames", "Strassen (+) Strassen %1"),
};

QString translated(const std::string& english) {
    return QCoreApplication::translate(kContext, english.c_str());
}

}  // namespace

QString builtinTitle(const CatalogEntry& entry) {
    return translated(entry.title);
}

QString builtinSummary(const CatalogEntry& entry) {
    return translated(entry.summary);
}

QString schemeDisplayName(const std::string& name) {
    const QString text = QString::fromStdString(name);
    // "Naive 3x3x3", "Hopcroft-Kerr 2x2x3 (1971)": a pattern around the size.
    static const QRegularExpression sized(
        QStringLiteral("^(Naive|Hopcroft-Kerr|Strassen \\(\\+\\) Strassen) (\\d+x\\d+x\\d+)( "
                       "\\(1971\\))?$"));
    if (const auto m = sized.match(text); m.hasMatch()) {
        const QString pattern = m.captured(1) + QStringLiteral(" %1") + m.captured(3);
        return QCoreApplication::translate(kContext, pattern.toUtf8().constData())
            .arg(m.captured(2));
    }
    return translated(name);  // a fixed name, or any other name unchanged
}

}  // namespace tg
