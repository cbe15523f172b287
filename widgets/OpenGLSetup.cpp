#include "widgets/OpenGLSetup.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QSurfaceFormat>

namespace tg {

namespace {
// lupdate takes the translation context from Q_DECLARE_TR_FUNCTIONS.
struct OpenGLSetup {
    Q_DECLARE_TR_FUNCTIONS(OpenGLSetup)
};
}  // namespace

void installDefaultSurfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    // VTK renders into its own framebuffer and copies the result: Qt's needs no multisampling.
    format.setSamples(0);
    QSurfaceFormat::setDefaultFormat(format);
}

QString openGLProblem() {
    // These platform plugins can create GL contexts (offscreen does, through GLX, when a display
    // is around) but cannot compose a QOpenGLWidget: Qt itself crashes flushing such a window.
    // Qt has no public way to ask (the capability is QPlatformIntegration::RasterGLSurface).
    static const QStringList kNoOpenGLWidgets = {
        QStringLiteral("offscreen"), QStringLiteral("minimal"), QStringLiteral("minimalegl"),
        QStringLiteral("vnc"),       QStringLiteral("linuxfb"), QStringLiteral("vkkhrdisplay")};
    const QString platform = QGuiApplication::platformName();
    if (kNoOpenGLWidgets.contains(platform))
        return OpenGLSetup::tr(
                   "no OpenGL context (the Qt platform \"%1\" cannot show OpenGL widgets)")
            .arg(platform);
    QOpenGLContext context;
    context.setFormat(QSurfaceFormat::defaultFormat());
    if (!context.create() || !context.isValid()) return OpenGLSetup::tr("no OpenGL context");
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid()) return OpenGLSetup::tr("no OpenGL surface");
    if (!context.makeCurrent(&surface))
        return OpenGLSetup::tr("the OpenGL context cannot be made current");
    const QSurfaceFormat format = context.format();
    context.doneCurrent();
    if (format.version() < qMakePair(3, 2))
        return OpenGLSetup::tr("OpenGL %1.%2 found, 3.2 needed")
            .arg(format.majorVersion())
            .arg(format.minorVersion());
    return {};
}

}  // namespace tg
