#include "widgets/OpenGLProbe.h"

#include <QCoreApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QSurfaceFormat>

namespace tg {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("OpenGLProbe", text); }
}  // namespace

QString openGLProblem() {
    QOpenGLContext context;
    context.setFormat(QSurfaceFormat::defaultFormat());
    if (!context.create() || !context.isValid()) return tr("no OpenGL context");
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid()) return tr("no OpenGL surface");
    if (!context.makeCurrent(&surface)) return tr("the OpenGL context cannot be made current");
    const QSurfaceFormat format = context.format();
    context.doneCurrent();
    if (format.version() < qMakePair(3, 2))
        return tr("OpenGL %1.%2 found, 3.2 needed")
            .arg(format.majorVersion())
            .arg(format.minorVersion());
    return {};
}

}  // namespace tg
