#pragma once
// The VTK scene of a tensor: one cube glyph per nonzero entry coloured by its value, outlines
// around the cells a term touches, the outline of the full uSize x vSize x wSize box, and the
// entry labels along its edges. Only nonzero entries become glyphs, so AlphaTensor's <11,11,11>
// (1.77 million cells, 1,331 ones) costs 1,331 instances, not 1.77 million actors.
//
// Geometry: entry (a, b, c) sits in the unit cell centred at x = a, y = wSize-1-c, z = b, so
// A's entries run left to right, B's from back to front and C's from top to bottom.

#include <array>
#include <memory>
#include <optional>
#include <string>

#include "core/tensor/ExactTensor.h"
#include "core/tensor/Term.h"

class QColor;
class vtkRenderer;

namespace tg {

class TensorScene {
  public:
    TensorScene();
    ~TensorScene();
    TensorScene(const TensorScene&) = delete;
    TensorScene& operator=(const TensorScene&) = delete;

    [[nodiscard]] vtkRenderer* renderer() const;

    // Rebuilds the glyphs from the tensor's nonzero entries. Returns true when the shape changed
    // (the box and labels were rebuilt and the camera should be fitted again).
    bool setTensor(const ExactTensor& tensor);
    // Outlines the cells u (x) v (x) w touches; nullptr removes the outlines. The term must fit
    // the current shape (it is ignored otherwise).
    void setHighlight(const Term* term);

    [[nodiscard]] int voxelCount() const;
    [[nodiscard]] int highlightCount() const;
    [[nodiscard]] const TensorSize& size() const;

    // An oblique view of the whole box with its labels.
    void resetCamera();

    // For the gallery: many small scenes in one window, without labels, in part of the window
    // (xmin, ymin, xmax, ymax in 0..1), all looking through one camera so they turn together.
    void setLabelsVisible(bool visible);
    void setViewport(double xmin, double ymin, double xmax, double ymax);
    void shareCamera(const TensorScene& other);
    void setBackground(const QColor& colour);
    // Smooth steps: the entries of `previous` that `current` no longer has (or has with another
    // value) stay drawn, in their old colours, as a translucent layer that the view fades out.
    // nullptr clears it. Returns the number of fading voxels.
    int setFading(const ExactTensor* previous, const ExactTensor& current);
    void setFadingOpacity(double opacity);
    [[nodiscard]] int fadingCount() const;

    // A small title in the top left corner ("m3"); empty hides it.
    void setCaption(const std::string& text);

    // The shown entry (a, b, c) whose voxel is nearest the viewer under display point (x, y)
    // (VTK display coordinates: device pixels from the bottom left), by intersecting the
    // viewing ray with each voxel's cube ourselves: glyph instances are not pickable cells.
    [[nodiscard]] std::optional<std::array<int, 3>> voxelAt(double x, double y) const;

  private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tg
