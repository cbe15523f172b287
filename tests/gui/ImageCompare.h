#pragma once
// Baseline comparison for the rendering tests, in the manner of F3D's: a pixel differs when
// one of its channels is off by more than `channelTolerance`, and an image matches when at most
// `maxDifferentFraction` of its pixels differ. That lets llvmpipe's small rasterisation
// differences (edge pixels, text antialiasing) pass while a moved or recoloured voxel fails.

#include <QDir>
#include <QImage>
#include <QString>
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

// Compares `candidate` with the baseline `name`.png in `baselineDir`; empty when it matches,
// else what is wrong. A missing or different baseline writes the candidate (and the diff) to
// `candidateDir`: look at it, and copy it to the baselines when it is right.
inline QString checkAgainstBaseline(const QString& name, const QImage& candidate,
                                    const QString& baselineDir, const QString& candidateDir,
                                    int channelTolerance, double maxDifferentFraction) {
    const QString baselinePath = QDir(baselineDir).filePath(name + QStringLiteral(".png"));
    const QDir out(candidateDir);
    out.mkpath(QStringLiteral("."));
    const QString candidatePath = out.filePath(name + QStringLiteral(".png"));
    const QImage baseline(baselinePath);
    if (baseline.isNull()) {
        candidate.save(candidatePath);
        return QStringLiteral("no baseline %1; candidate written to %2")
            .arg(baselinePath, candidatePath);
    }
    const ImageDifference d = compareImages(baseline, candidate, channelTolerance);
    if (d.sameSize && d.fraction <= maxDifferentFraction) return {};
    candidate.save(candidatePath);
    if (!d.sameSize)
        return QStringLiteral("%1 is %2x%3, its baseline %4x%5; candidate in %6")
            .arg(name)
            .arg(candidate.width())
            .arg(candidate.height())
            .arg(baseline.width())
            .arg(baseline.height())
            .arg(candidatePath);
    d.diff.save(out.filePath(name + QStringLiteral("_diff.png")));
    return QStringLiteral("%1 differs from its baseline: %2 pixels (%3%), candidate in %4")
        .arg(name)
        .arg(d.differentPixels)
        .arg(100.0 * d.fraction, 0, 'f', 2)
        .arg(candidatePath);
}

}  // namespace tg::test
