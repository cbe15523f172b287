#pragma once
// Mouse gestures on a VTK camera, in widget pixels: rotate about the focal point (left drag),
// pan in the view plane (right or middle drag) and dolly towards the focal point (wheel).
// Our own small version of VTK's trackball-camera style, because the Qt 6 host cannot use
// VTK's (Qt 5) interactor adapter.

class vtkCamera;

namespace tg {

class OrbitCamera {
  public:
    // dx, dy: the mouse motion in pixels (Qt's y grows downwards); width/height: the view's.
    static void rotate(vtkCamera* camera, double dx, double dy, int width, int height);
    static void pan(vtkCamera* camera, double dx, double dy, int height);
    // Moves camera and focal point by (right, up) world units in the view plane.
    static void shift(vtkCamera* camera, double right, double up);
    // steps > 0 moves closer; one wheel notch is one step.
    static void dolly(vtkCamera* camera, double steps);
};

}  // namespace tg
