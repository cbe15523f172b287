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

#include "core/tensor/ExactTensor.h"
#include "core/tensor/Term.h"

namespace tg {

class TensorView : public QOpenGLWidget {
    Q_OBJECT

  public:
    explicit TensorView(QWidget* parent = nullptr);
    ~TensorView() override;

    // Shows the tensor's nonzero entries. A new shape also fits the camera to the new box.
    void setTensor(const ExactTensor& tensor);
    // Outlines the cells of a term (the move just applied); nullptr clears the outlines.
    void setHighlight(const Term* term);

    [[nodiscard]] int voxelCount() const;
    [[nodiscard]] int highlightCount() const;
    [[nodiscard]] bool isRenderingAvailable() const;
    // Why nothing is drawn, e.g. "no OpenGL context" (empty while rendering works).
    [[nodiscard]] QString unavailableReason() const;
    // GL_RENDERER and GL_VERSION once initialised, e.g. "llvmpipe (LLVM 15.0.6, 256 bits), 4.5".
    [[nodiscard]] QString openGLDescription() const;
    [[nodiscard]] static QString vtkVersion();

  public Q_SLOTS:
    // The default oblique view of the whole box.
    void resetView();

  Q_SIGNALS:
    void renderingUnavailable(const QString& reason);

  protected:
    void initializeGL() override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

  private:
    void releaseGraphics();
    void makeOpaque();
    void fail(const QString& reason);

    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tg
