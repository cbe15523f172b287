#include "widgets/TensorView.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkRenderer.h>
#include <vtkVersion.h>

#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTimer>
#include <QWheelEvent>

#include "widgets/OrbitCamera.h"
#include "widgets/TensorScene.h"

namespace tg {

struct TensorView::Private {
    TensorScene scene;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkCallbackCommand> contextCallback;
    bool initialized = false;  // VTK holds resources in the current context
    QString failure;
    QString glDescription;
    bool cameraNeedsReset = true;
    QPointF lastMouse;
    Qt::MouseButton dragButton = Qt::NoButton;
    bool dragPans = false;
};

namespace {

// VTK asks its host to make the context current, and whether it is, through events.
void onContextEvent(vtkObject*, unsigned long event, void* clientData, void* callData) {
    auto* view = static_cast<TensorView*>(clientData);
    QOpenGLContext* context = view->context();
    if (event == vtkCommand::WindowMakeCurrentEvent) {
        if (context && QOpenGLContext::currentContext() != context) view->makeCurrent();
    } else if (event == vtkCommand::WindowIsCurrentEvent) {
        *static_cast<bool*>(callData) = context && QOpenGLContext::currentContext() == context;
    }
}

}  // namespace

TensorView::TensorView(QWidget* parent) : QOpenGLWidget(parent), d(std::make_unique<Private>()) {
    d->window->SetOwnContext(false);
    // VTK renders into its own framebuffer and copies the result into whatever framebuffer is
    // bound when it finishes: QOpenGLWidget's, since we render from paintGL().
    d->window->SetFrameBlitModeToBlitToCurrent();
    d->window->SetReadyForRendering(false);
    // Makes VTK draw lines wider than one pixel itself (a core profile need not): the
    // outlines of the highlighted term are 2.5 pixels wide.
    d->window->SetForceMaximumHardwareLineWidth(1.0f);
    d->window->AddRenderer(d->scene.renderer());
    d->contextCallback->SetCallback(&onContextEvent);
    d->contextCallback->SetClientData(this);
    d->window->AddObserver(vtkCommand::WindowMakeCurrentEvent, d->contextCallback);
    d->window->AddObserver(vtkCommand::WindowIsCurrentEvent, d->contextCallback);

    setMinimumSize(240, 200);
    setFocusPolicy(Qt::ClickFocus);
    setToolTip(tr("Left drag: rotate · wheel: zoom · right or middle drag (or Shift+left): pan"));
}

TensorView::~TensorView() {
    // QOpenGLWidget's destructor destroys the context after ours has run: release VTK's
    // resources while the context still exists, and stop listening to it.
    if (QOpenGLContext* ctx = context()) disconnect(ctx, nullptr, this, nullptr);
    releaseGraphics();
    d->window->RemoveAllObservers();
}

void TensorView::setTensor(const ExactTensor& tensor) {
    if (d->scene.setTensor(tensor)) d->cameraNeedsReset = true;
    update();
}

void TensorView::setHighlight(const Term* term) {
    d->scene.setHighlight(term);
    update();
}

int TensorView::voxelCount() const {
    return d->scene.voxelCount();
}

int TensorView::highlightCount() const {
    return d->scene.highlightCount();
}

bool TensorView::isRenderingAvailable() const {
    return d->failure.isEmpty();
}

QString TensorView::unavailableReason() const {
    return d->failure;
}

QString TensorView::openGLDescription() const {
    return d->glDescription;
}

QString TensorView::vtkVersion() {
    return QString::fromLatin1(vtkVersion::GetVTKVersion());
}

void TensorView::resetView() {
    d->cameraNeedsReset = true;
    update();
}

void TensorView::fail(const QString& reason) {
    d->failure = reason;
    qWarning("TensorView: %s", qPrintable(reason));
    // Queued, so that whoever swaps this view for a message does not do it inside our
    // initializeGL().
    QTimer::singleShot(0, this, [this, reason] { Q_EMIT renderingUnavailable(reason); });
}

void TensorView::initializeGL() {
    QOpenGLContext* ctx = context();
    // Check before VTK touches the context: VTK crashes on an invalid one.
    if (!ctx || !ctx->isValid()) return fail(tr("no OpenGL context"));
    const QSurfaceFormat format = ctx->format();
    if (format.version() < qMakePair(3, 2))
        return fail(tr("OpenGL %1.%2 found, 3.2 needed")
                        .arg(format.majorVersion())
                        .arg(format.minorVersion()));
    connect(ctx, &QOpenGLContext::aboutToBeDestroyed, this, &TensorView::releaseGraphics,
            Qt::UniqueConnection);

    d->window->SetReadyForRendering(false);
    d->window->SetIsCurrent(true);
    d->window->OpenGLInitContext();
    d->initialized = true;

    QOpenGLFunctions* gl = ctx->functions();
    const auto glString = [gl](GLenum name) {
        return QString::fromLatin1(reinterpret_cast<const char*>(gl->glGetString(name)));
    };
    d->glDescription = glString(GL_RENDERER) + QStringLiteral(", OpenGL ") + glString(GL_VERSION);
}

void TensorView::paintGL() {
    if (!d->initialized) return;
    const qreal dpr = devicePixelRatioF();
    d->window->SetSize(qRound(width() * dpr), qRound(height() * dpr));
    // Text sizes are in points at 72 dpi: scale them with the screen.
    d->window->SetDPI(qRound(72 * dpr));
    if (d->cameraNeedsReset) {
        d->scene.resetCamera();
        d->cameraNeedsReset = false;
    }
    d->scene.renderer()->ResetCameraClippingRange();
    d->window->SetReadyForRendering(true);
    d->window->Render();
    d->window->SetReadyForRendering(false);
    makeOpaque();
}

void TensorView::makeOpaque() {
    // VTK leaves partial alpha where it blends (text, line edges); Qt would then compose those
    // pixels with whatever lies behind the widget and the labels come out hollow. Set alpha to 1
    // everywhere, restoring the state VTK's own state cache believes in.
    QOpenGLFunctions* gl = context()->functions();
    GLboolean mask[4];
    GLfloat clear[4];
    gl->glGetBooleanv(GL_COLOR_WRITEMASK, mask);
    gl->glGetFloatv(GL_COLOR_CLEAR_VALUE, clear);
    const GLboolean scissor = gl->glIsEnabled(GL_SCISSOR_TEST);
    if (scissor) gl->glDisable(GL_SCISSOR_TEST);
    gl->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    gl->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    gl->glClear(GL_COLOR_BUFFER_BIT);
    gl->glColorMask(mask[0], mask[1], mask[2], mask[3]);
    gl->glClearColor(clear[0], clear[1], clear[2], clear[3]);
    if (scissor) gl->glEnable(GL_SCISSOR_TEST);
}

void TensorView::releaseGraphics() {
    if (!d->initialized) return;
    makeCurrent();
    d->window->Finalize();
    doneCurrent();
    d->initialized = false;
}

void TensorView::mousePressEvent(QMouseEvent* event) {
    d->lastMouse = event->position();
    d->dragButton = event->button();
    d->dragPans = d->dragButton != Qt::LeftButton || event->modifiers().testFlag(Qt::ShiftModifier);
    event->accept();
}

void TensorView::mouseMoveEvent(QMouseEvent* event) {
    if (d->dragButton == Qt::NoButton) return QOpenGLWidget::mouseMoveEvent(event);
    const QPointF delta = event->position() - d->lastMouse;
    d->lastMouse = event->position();
    vtkCamera* camera = d->scene.renderer()->GetActiveCamera();
    if (d->dragPans)
        OrbitCamera::pan(camera, delta.x(), delta.y(), height());
    else
        OrbitCamera::rotate(camera, delta.x(), delta.y(), width(), height());
    event->accept();
    update();
}

void TensorView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == d->dragButton) d->dragButton = Qt::NoButton;
    event->accept();
}

void TensorView::wheelEvent(QWheelEvent* event) {
    // One notch of a standard wheel is 120 units; touchpads send smaller steps.
    OrbitCamera::dolly(d->scene.renderer()->GetActiveCamera(), event->angleDelta().y() / 120.0);
    event->accept();
    update();
}

}  // namespace tg
