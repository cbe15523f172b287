#pragma once
// The 3D view of a tensor: a Qt 6 QOpenGLWidget hosting a vtkGenericOpenGLRenderWindow
// (VTK's own Qt widget is built for Qt 5; see ../shared/docs/platform.md). Nonzero entries are
// voxels coloured by value (VoxelPalette), inside the outline of the whole tensor, with A, B and
// C entry labels along the edges. Left drag rotates, the wheel zooms, right or middle drag pans.
//
// When no usable OpenGL context exists, renderingUnavailable() is emitted and nothing is drawn;
// the owner shows a message in its place (see OpenGLProbe.h for asking beforehand).

#include <QOpenGLWidget>
#include <memory>
#include <optional>
#include <vector>

#include "core/tensor/ExactTensor.h"
#include "core/tensor/Term.h"
#include "widgets/SceneContent.h"

namespace tg {

class TensorView : public QOpenGLWidget {
    Q_OBJECT

  public:
    explicit TensorView(QWidget* parent = nullptr);
    ~TensorView() override;

    // Shows the tensor's nonzero entries. A new shape also fits the camera to the new box.
    // With `smooth`, entries that disappear or change fade out over kFadeMilliseconds instead
    // of vanishing at once, so a step reads as a change.
    static constexpr int kFadeMilliseconds = 300;
    void setTensor(const ExactTensor& tensor, bool smooth = false);
    // Voxels still fading out after a smooth step (0 once the transition is over).
    [[nodiscard]] int fadingCount() const;
    // Outlines the cells of a term (the move just applied); nullptr clears the outlines.
    void setHighlight(const Term* term);
    // The gallery: every term u (x) v (x) w in a small box of its own, side by side in a grid,
    // turning together (up to kMaxGallery, fewer for large sizes: see galleryCount()); box
    // `current` (0-based, or -1) on a darker background. No terms: back to the single tensor.
    static constexpr int kMaxGallery = kMaxGalleryPage;
    void setGallery(const TensorSize& size, Field field, const std::vector<Term>& terms,
                    int current);
    // One page of a gallery: terms[i] in box i, captioned "m<numbers[i] + 1>", laid out as a
    // grid of `slots` boxes (so that a short last page keeps the boxes' size); box `current`
    // (or none: -1) on a darker background. Only the given terms are built.
    void setGalleryPage(const TensorSize& size, Field field, const std::vector<const Term*>& terms,
                        const std::vector<int>& numbers, int current, int slots);
    // Moves the darker background to another box without rebuilding the gallery.
    void setGalleryCurrent(int current);
    // The term number (0-based) shown in gallery box i.
    [[nodiscard]] int galleryTermNumber(int index) const;
    [[nodiscard]] int galleryCount() const;
    // Voxels of gallery box i.
    [[nodiscard]] int galleryVoxelCount(int index) const;

    [[nodiscard]] int voxelCount() const;
    [[nodiscard]] int highlightCount() const;
    [[nodiscard]] bool isRenderingAvailable() const;
    // Why nothing is drawn, e.g. "no OpenGL context" (empty while rendering works).
    [[nodiscard]] QString unavailableReason() const;
    // GL_RENDERER and GL_VERSION once initialised, e.g. "llvmpipe (LLVM 15.0.6, 256 bits), 4.5".
    [[nodiscard]] QString openGLDescription() const;
    [[nodiscard]] static QString vtkVersion();
    // Frames drawn so far (the benchmark counts them; tests see repaints happen).
    [[nodiscard]] int frameCount() const;
    // Turns the camera about the focal point by `degrees` of azimuth (keyboard and benchmark).
    void orbit(double degrees);
    // Draws a frame at once and returns when OpenGL has finished it: what a frame costs, for
    // the benchmark (update() would wait for the window system's next frame, about 16 ms, and
    // QOpenGLWidget does not paint in repaint()).
    void drawNow();
    // Whether the camera moved within the last kSettleMilliseconds: such frames are drawn
    // without multisampling, to keep up with the motion; the frame after it is full quality.
    static constexpr int kSettleMilliseconds = 200;
    [[nodiscard]] bool isMoving() const;

    // What the voxel under a widget position stands for, e.g. "a12·b21 contributes to c11:
    // +1" (nullopt over the background). Hovering shows it as a tooltip and emits voxelHovered.
    struct VoxelInfo {
        int a = 0, b = 0, c = 0;  // indices into u, v, w
        Rational value;
        QString text;
    };
    [[nodiscard]] std::optional<VoxelInfo> voxelAt(const QPoint& position) const;

  public Q_SLOTS:
    // The default oblique view of the whole box.
    void resetView();

  Q_SIGNALS:
    void renderingUnavailable(const QString& reason);
    // The text of the voxel under the mouse; empty when it leaves the voxels.
    void voxelHovered(const QString& text);

  protected:
    void initializeGL() override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    [[nodiscard]] QString defaultToolTip() const;
    [[nodiscard]] bool initialized() const;
    void releaseGraphics();
    void cameraMoved();
    void fail(const QString& reason);

    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tg
