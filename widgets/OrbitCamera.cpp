#include "widgets/OrbitCamera.h"

#include <vtkCamera.h>
#include <vtkMath.h>

#include <algorithm>
#include <cmath>

namespace tg {

void OrbitCamera::rotate(vtkCamera* camera, double dx, double dy, int width, int height) {
    // A drag across the whole view turns the scene by 200 degrees, as VTK's trackball does.
    constexpr double kDegreesPerView = 200.0;
    camera->Azimuth(-dx * kDegreesPerView / std::max(width, 1));
    camera->Elevation(dy * kDegreesPerView / std::max(height, 1));
    // Keeps the view-up vector perpendicular, so rotating over a pole does not degenerate.
    camera->OrthogonalizeViewUp();
}

void OrbitCamera::pan(vtkCamera* camera, double dx, double dy, int height) {
    // World units per pixel in the focal plane, so the point under the mouse follows the mouse.
    const double viewHeight =
        camera->GetParallelProjection()
            ? 2.0 * camera->GetParallelScale()
            : 2.0 * camera->GetDistance() *
                  std::tan(vtkMath::RadiansFromDegrees(camera->GetViewAngle()) / 2.0);
    const double scale = viewHeight / std::max(height, 1);
    shift(camera, -dx * scale, dy * scale);
}

void OrbitCamera::shift(vtkCamera* camera, double right, double up) {
    double position[3], focal[3], upVector[3], direction[3], rightVector[3];
    camera->GetPosition(position);
    camera->GetFocalPoint(focal);
    camera->GetViewUp(upVector);
    camera->GetDirectionOfProjection(direction);
    vtkMath::Cross(direction, upVector, rightVector);
    vtkMath::Normalize(rightVector);
    vtkMath::Normalize(upVector);
    for (int i = 0; i < 3; ++i) {
        const double delta = right * rightVector[i] + up * upVector[i];
        position[i] += delta;
        focal[i] += delta;
    }
    camera->SetPosition(position);
    camera->SetFocalPoint(focal);
}

void OrbitCamera::dolly(vtkCamera* camera, double steps) {
    camera->Dolly(std::pow(1.1, steps));
}

}  // namespace tg
