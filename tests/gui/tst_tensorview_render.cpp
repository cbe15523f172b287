// Renders TensorView under Xvfb (Mesa llvmpipe) and looks at the pixels: the palette colours of
// the entries must appear where the residual has them and nowhere else, and the picture must
// follow the residual, the highlight and the camera. (Baseline images come later.)

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <memory>

#include "PixelCounts.h"
#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/ExactTensor.h"
#include "support/GuiTestMain.h"
#include "support/Hover.h"
#include "widgets/OpenGLSetup.h"
#include "widgets/TensorView.h"
#include "widgets/VoxelPalette.h"

using tg::EntryKind;
using tg::VoxelPalette;
using tg::test::countAnyPaletteShade;
using tg::test::countShades;

namespace {

int countDifferent(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

int countNear(const QImage& image, const QColor& color, int tolerance) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += std::abs(qRed(p) - color.red()) <= tolerance &&
                     std::abs(qGreen(p) - color.green()) <= tolerance &&
                     std::abs(qBlue(p) - color.blue()) <= tolerance;
        }
    return count;
}

tg::ReplayCursor strassen() {
    return tg::ReplayCursor(tg::episodeOf(tg::loadSchemes("builtin:strassen").front()));
}

}  // namespace

class TestTensorViewRender : public QObject {
    Q_OBJECT

    std::unique_ptr<tg::TensorView> view_;

    QImage render(const tg::ExactTensor& tensor, const tg::Term* highlight = nullptr) {
        view_->setTensor(tensor);
        view_->setHighlight(highlight);
        return view_->grabFramebuffer();
    }

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(tg::openGLProblem().isEmpty(), qPrintable(tg::openGLProblem()));
        view_ = std::make_unique<tg::TensorView>();
        view_->resize(480, 400);
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        // The first frame initialises the GL context and VTK.
        const QImage first = view_->grabFramebuffer();
        QVERIFY2(view_->isRenderingAvailable(), qPrintable(view_->unavailableReason()));
        QVERIFY(!first.isNull());
        qInfo("OpenGL: %s", qPrintable(view_->openGLDescription()));
    }

    void matMulTensorShowsPlusOnes() {
        const auto t = tg::ExactTensor::matMul({2, 2, 2}, tg::Field::Q);
        const QImage image = render(t);
        QCOMPARE(view_->voxelCount(), 8);
        QVERIFY2(countShades(image, EntryKind::PlusOne) > 500,
                 qPrintable(QString::number(countShades(image, EntryKind::PlusOne))));
        QCOMPARE(countShades(image, EntryKind::MinusOne), 0);
    }

    void steppingChangesThePicture() {
        tg::ReplayCursor cursor = strassen();
        const QImage before = render(cursor.residual());
        QVERIFY(cursor.forward());
        const QImage after = render(cursor.residual());
        QCOMPARE(view_->voxelCount(), int(cursor.residual().nonZeroCount()));
        QVERIFY(view_->voxelCount() != 8);
        QVERIFY2(countDifferent(before, after) > 1000,
                 qPrintable(QString::number(countDifferent(before, after))));
        // Strassen's m1 turns six entries of T<2,2,2> into -1.
        QVERIFY(countShades(after, EntryKind::MinusOne) > 200);
        QVERIFY(countShades(after, EntryKind::PlusOne) > 200);
    }

    void zeroResidualShowsNoVoxels() {
        tg::ReplayCursor cursor = strassen();
        cursor.seek(cursor.length());
        QVERIFY(cursor.residual().isZero());
        const QImage image = render(cursor.residual());
        QCOMPARE(view_->voxelCount(), 0);
        QCOMPARE(countAnyPaletteShade(image), 0);
        // The box and the labels are still drawn.
        const int background = countNear(image, VoxelPalette::backgroundColor(), 2);
        QVERIFY(background < image.width() * image.height() - 500);
        QVERIFY(background > image.width() * image.height() / 2);
    }

    void highlightOutlinesTheTermsCells() {
        tg::ReplayCursor cursor = strassen();
        cursor.forward();
        const tg::Term& m1 = cursor.episode().moves.front().term;
        const QImage plain = render(cursor.residual());
        QCOMPARE(view_->highlightCount(), 0);
        const QImage outlined = render(cursor.residual(), &m1);
        QCOMPARE(view_->highlightCount(), 8);  // (a11+a22)(b11+b22)(c11+c22): 2*2*2 cells
        const QColor dark = VoxelPalette::highlightColor();
        QVERIFY2(countNear(outlined, dark, 40) > countNear(plain, dark, 40) + 200,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(countNear(outlined, dark, 40))
                                .arg(countNear(plain, dark, 40))));
        render(cursor.residual(), nullptr);
        QCOMPARE(view_->highlightCount(), 0);
    }

    void mouseRotatesAndResetRestores() {
        const auto t = tg::ExactTensor::matMul({2, 2, 2}, tg::Field::Q);
        view_->resetView();
        const QImage start = render(t);
        const QPointF from(200, 200), to(260, 230);
        QMouseEvent press(QEvent::MouseButtonPress, from, view_->mapToGlobal(from), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QMouseEvent move(QEvent::MouseMove, to, view_->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, to, view_->mapToGlobal(to), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view_.get(), &press);
        QApplication::sendEvent(view_.get(), &move);
        QApplication::sendEvent(view_.get(), &release);
        const QImage rotated = view_->grabFramebuffer();
        QVERIFY(countDifferent(start, rotated) > 1000);

        view_->resetView();
        const QImage reset = view_->grabFramebuffer();
        QCOMPARE(countDifferent(start, reset), 0);
    }

    // Frames drawn while the camera moves skip multisampling; once it stops, the view is drawn
    // again at full quality: the same picture as a still view from there.
    void motionSettlesToAFullQualityFrame() {
        const auto t = tg::ExactTensor::matMul({2, 2, 2}, tg::Field::Q);
        view_->resetView();
        render(t);
        QVERIFY(!view_->isMoving());
        view_->orbit(30.0);
        QVERIFY(view_->isMoving());
        const QImage moving = view_->grabFramebuffer();
        const int before = view_->frameCount();
        QTRY_VERIFY_WITH_TIMEOUT(!view_->isMoving() && view_->frameCount() > before, 20000);
        const QImage settled = view_->grabFramebuffer();
        // Only edges differ (antialiasing), not the scene.
        const int changed = countDifferent(moving, settled);
        QVERIFY2(changed > 0 && changed < moving.width() * moving.height() / 10,
                 qPrintable(QString::number(changed)));
        view_->resetView();
    }

    void wheelZoomsIn() {
        const auto t = tg::ExactTensor::matMul({2, 2, 2}, tg::Field::Q);
        view_->resetView();
        const int before = countShades(render(t), EntryKind::PlusOne);
        const QPointF at(240, 200);
        QWheelEvent wheel(at, view_->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view_.get(), &wheel);
        const int after = countShades(view_->grabFramebuffer(), EntryKind::PlusOne);
        QVERIFY2(after > before * 1.1,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        view_->resetView();
    }

    void largeTensorBecomesOneGlyphPerNonzero() {
        // AlphaTensor's largest square case: 1,771,561 cells, of which 1,331 are ones.
        const auto t = tg::ExactTensor::matMul({11, 11, 11}, tg::Field::Q);
        QElapsedTimer clock;
        clock.start();
        const QImage image = render(t);
        qInfo("<11,11,11>: first frame in %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(view_->voxelCount(), 1331);
        QVERIFY(countShades(image, EntryKind::PlusOne) > 200);
    }

    void hoverNamesTheVoxelUnderTheMouse() {
        // The full T<2,2,2>: every voxel is +1 and an entry of T; one after Strassen's m1
        // (residual entries at cells T lacks) is named as one to cancel.
        view_->resetView();
        const QImage image = render(tg::ExactTensor::matMul({2, 2, 2}, tg::Field::Q));
        // A pixel well inside a voxel face: it and its neighbours two pixels away all show +1.
        const auto plusOne = [&](int x, int y) {
            return tg::test::isShadeOf(image.pixel(x, y), VoxelPalette::color(EntryKind::PlusOne));
        };
        QPoint onVoxel(-1, -1);
        for (int y = 2; y < image.height() - 2 && onVoxel.x() < 0; ++y)
            for (int x = 2; x < image.width() - 2; ++x)
                if (plusOne(x, y) && plusOne(x - 2, y) && plusOne(x + 2, y) && plusOne(x, y - 2) &&
                    plusOne(x, y + 2)) {
                    onVoxel = QPoint(x, y);
                    break;
                }
        QVERIFY(onVoxel.x() >= 0);
        const auto info = view_->voxelAt(onVoxel);
        QVERIFY(info.has_value());
        QCOMPARE(info->value, tg::Rational(1));
        const tg::TensorSize s{2, 2, 2};
        QVERIFY(s.isMatMulEntry(info->a, info->b, info->c));
        QVERIFY2(info->text.contains(QStringLiteral("contributes to c")), qPrintable(info->text));
        QVERIFY(info->text.startsWith(QString::fromStdString(s.aLabel(info->a))));
        // The background names nothing.
        QVERIFY(!view_->voxelAt(QPoint(2, 2)).has_value());

        QSignalSpy spy(view_.get(), &tg::TensorView::voxelHovered);
        QVERIFY(tg::testing::hover(view_.get(), QPoint(2, 2)));
        QVERIFY(tg::testing::hover(view_.get(), onVoxel));
        QVERIFY(!spy.isEmpty());
        QCOMPARE(spy.last().at(0).toString(), info->text);
        QCOMPARE(view_->toolTip(), info->text);

        tg::ReplayCursor c = strassen();
        c.seek(1);
        render(c.residual());
        const auto after = view_->voxelAt(onVoxel);
        if (after && !s.isMatMulEntry(after->a, after->b, after->c))
            QVERIFY(after->text.contains(QStringLiteral("must be cancelled")));
    }
};

TG_GUI_TEST_MAIN(TestTensorViewRender, "tst_tensorview_render")

#include "tst_tensorview_render.moc"
