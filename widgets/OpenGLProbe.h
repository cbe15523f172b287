#pragma once
// Whether this process can render with OpenGL 3.2 (what VTK's OpenGL2 backend needs), asked
// before any QOpenGLWidget exists: a window holding a QOpenGLWidget whose context cannot be made
// shows nothing useful, and VTK crashes on an invalid context.

#include <QString>

namespace tg {

// An empty string when a context of the default surface format can be created, made current
// and reports at least OpenGL 3.2; otherwise why not, fit to show a user.
[[nodiscard]] QString openGLProblem();

}  // namespace tg
