#pragma once
// OpenGL set-up shared by the application and the rendering tests.

#include <QString>

namespace tg {

// VTK's OpenGL2 backend needs a 3.2 core profile. Call before the QApplication exists, so that
// every context Qt makes (QOpenGLWidget's included) gets this format.
void installDefaultSurfaceFormat();

// Whether this process can show a VTK view, asked before any QOpenGLWidget exists: where no
// OpenGL 3.2 context can be made, VTK crashes on the invalid one, and on platforms without
// OpenGL widgets (such as "offscreen") Qt itself crashes, even where a context can be made.
// Returns an empty string when all is well; otherwise why not, e.g. "no OpenGL context".
[[nodiscard]] QString openGLProblem();

}  // namespace tg
