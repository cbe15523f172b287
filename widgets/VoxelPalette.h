#pragma once
// Colours for tensor entries, from the Okabe-Ito palette, which stays distinguishable under the
// common forms of colour blindness. Every view and legend takes its colours from here, and the
// rendering tests look for exactly these colours.

#include <QColor>
#include <QString>
#include <vector>

#include "core/tensor/Rational.h"

namespace tg {

enum class EntryKind {
    PlusOne,           // +1
    MinusOne,          // -1
    PositiveInteger,   // 2, 3, ...
    NegativeInteger,   // -2, -3, ...
    PositiveFraction,  // 1/2, 3/2, ...
    NegativeFraction,  // -1/2, ...
};

struct LegendEntry {
    EntryKind kind;
    QColor color;
    QString text;
};

class VoxelPalette {
  public:
    [[nodiscard]] static EntryKind kindOf(const Rational& value);
    // `numerator` over `denominator` (an ExactTensor's scaled storage) without building a Rational.
    [[nodiscard]] static EntryKind kindOf(std::int64_t numerator, std::int64_t denominator);
    [[nodiscard]] static QColor color(EntryKind kind);
    [[nodiscard]] static QColor color(const Rational& value) { return color(kindOf(value)); }
    // Outlines of the highlighted term: dark enough to read on the light background and on
    // every voxel colour.
    [[nodiscard]] static QColor highlightColor();
    [[nodiscard]] static QColor backgroundColor();
    [[nodiscard]] static std::vector<LegendEntry> legend();
};

}  // namespace tg
