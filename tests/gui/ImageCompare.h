#pragma once
// Baseline comparison for the rendering tests, in the manner of F3D's: a pixel differs when
// one of its channels is off by more than `channelTolerance`, and an image matches when at most
// `maxDifferentFraction` of its pixels differ. That lets llvmpipe's small rasterisation
// differences (edge pixels, text antialiasing) pass while a moved or recoloured voxel fails.

#include <QImage>
#include <algorithm>
#include <cstdlib>

namespace tg::test {

struct ImageDifference {
    bool sameSize = false;
    long long differentPixels = 0;
    double fraction = 1.0;
    QImage diff;  // differing pixels in red over a faded copy of the candidate
};

inline ImageDifference compareImages(const QImage& baseline, const QImage& candidate,
                                     int channelTolerance) {
    ImageDifference result;
    const QImage a = baseline.convertToFormat(QImage::Format_RGB32);
    const QImage b = candidate.convertToFormat(QImage::Format_RGB32);
    result.sameSize = a.size() == b.size();
    if (!result.sameSize) return result;
    result.diff = QImage(b.size(), QImage::Format_RGB32);
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                    std::abs(qBlue(p) - qBlue(q))});
            const bool differs = d > channelTolerance;
            result.differentPixels += differs;
            const int grey = 160 + qGray(q) * 95 / 255;
            result.diff.setPixel(x, y, differs ? qRgb(255, 0, 0) : qRgb(grey, grey, grey));
        }
    result.fraction = double(result.differentPixels) / (double(a.width()) * a.height());
    return result;
}

}  // namespace tg::test
