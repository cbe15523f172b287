#pragma once
// Pixel counting for the rendering tests: how many pixels of an image show a palette colour
// under the view's lighting.

#include <QImage>
#include <cmath>

#include "widgets/VoxelPalette.h"

namespace tg::test {

// Whether the pixel is `target` under some lighting: the palette colour scaled by the shading
// of a cube face (ambient plus diffuse), within a small tolerance.
inline bool isShadeOf(QRgb pixel, const QColor& target) {
    const double t[3] = {double(target.red()), double(target.green()), double(target.blue())};
    const double p[3] = {double(qRed(pixel)), double(qGreen(pixel)), double(qBlue(pixel))};
    const double scale =
        (p[0] * t[0] + p[1] * t[1] + p[2] * t[2]) / (t[0] * t[0] + t[1] * t[1] + t[2] * t[2]);
    if (scale < 0.3 || scale > 1.1) return false;
    for (int i = 0; i < 3; ++i)
        if (std::abs(p[i] - scale * t[i]) > 10.0) return false;
    return true;
}

inline int countShades(const QImage& image, EntryKind kind) {
    const QColor target = VoxelPalette::color(kind);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) count += isShadeOf(image.pixel(x, y), target);
    return count;
}

inline int countAnyPaletteShade(const QImage& image) {
    int count = 0;
    for (const LegendEntry& e : VoxelPalette::legend()) count += countShades(image, e.kind);
    return count;
}

}  // namespace tg::test
