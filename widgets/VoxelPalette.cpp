#include "widgets/VoxelPalette.h"

#include <QCoreApplication>

namespace tg {

EntryKind VoxelPalette::kindOf(const Rational& value) {
    return kindOf(value.num(), value.den());
}

EntryKind VoxelPalette::kindOf(std::int64_t numerator, std::int64_t denominator) {
    const bool negative = (numerator < 0) != (denominator < 0);
    if (numerator % denominator != 0)
        return negative ? EntryKind::NegativeFraction : EntryKind::PositiveFraction;
    const std::int64_t q = numerator / denominator;
    if (q == 1) return EntryKind::PlusOne;
    if (q == -1) return EntryKind::MinusOne;
    return negative ? EntryKind::NegativeInteger : EntryKind::PositiveInteger;
}

QColor VoxelPalette::color(EntryKind kind) {
    switch (kind) {
        case EntryKind::PlusOne:
            return QColor(0x00, 0x72, 0xB2);  // blue
        case EntryKind::MinusOne:
            return QColor(0xE6, 0x9F, 0x00);  // orange
        case EntryKind::PositiveInteger:
            return QColor(0x00, 0x9E, 0x73);  // bluish green
        case EntryKind::NegativeInteger:
            return QColor(0xD5, 0x5E, 0x00);  // vermillion
        case EntryKind::PositiveFraction:
            return QColor(0x56, 0xB4, 0xE9);  // sky blue
        case EntryKind::NegativeFraction:
            return QColor(0xCC, 0x79, 0xA7);  // reddish purple
    }
    return Qt::black;
}

QColor VoxelPalette::highlightColor() {
    return QColor(0x20, 0x20, 0x20);
}

QColor VoxelPalette::backgroundColor() {
    return QColor(0xF7, 0xF7, 0xF7);
}

namespace {
// lupdate takes the translation context from Q_DECLARE_TR_FUNCTIONS.
struct LegendText {
    Q_DECLARE_TR_FUNCTIONS(VoxelPalette)
};
}  // namespace

std::vector<LegendEntry> VoxelPalette::legend() {
    return {
        {EntryKind::PlusOne, color(EntryKind::PlusOne), LegendText::tr("+1")},
        {EntryKind::MinusOne, color(EntryKind::MinusOne),
         LegendText::tr("\u2212"
                        "1")},
        {EntryKind::PositiveInteger, color(EntryKind::PositiveInteger), LegendText::tr("\u2265 2")},
        {EntryKind::NegativeInteger, color(EntryKind::NegativeInteger),
         LegendText::tr("\u2264 \u2212"
                        "2")},
        {EntryKind::PositiveFraction, color(EntryKind::PositiveFraction),
         LegendText::tr("positive fraction")},
        {EntryKind::NegativeFraction, color(EntryKind::NegativeFraction),
         LegendText::tr("negative fraction")},
    };
}

}  // namespace tg
