#include "widgets/TensorView.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkNew.h>
#include <vtkRenderer.h>
#include <vtkVersion.h>

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "widgets/OrbitCamera.h"
#include "widgets/SceneContent.h"
#include "widgets/TensorScene.h"
#include "widgets/VoxelPalette.h"

namespace tg {

struct TensorView::Private {
    TensorScene scene;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkCallbackCommand> contextCallback;
    bool initialized = false;  // VTK holds resources in the current context
    QString failure;
    QString glDescription;
    bool cameraNeedsReset = true;
    bool galleryNeedsReset = false;

    // The scene whose camera the mouse moves: the gallery's shared one while it is shown.
    [[nodiscard]] vtkCamera* camera() const {
        return (gallery.empty() ? scene : *gallery.front()).renderer()->GetActiveCamera();
    }
    QPointF lastMouse;
    Qt::MouseButton dragButton = Qt::NoButton;
    bool dragPans = false;
    int frames = 0;
    std::vector<std::unique_ptr<TensorScene>> gallery;  // empty: the single scene is shown
    vtkNew<vtkRenderer> backdrop;  // fills the gallery's empty cells with the background
    int galleryColumns = 1;
    std::vector<int> galleryNumbers;  // the term number in each gallery box
    ExactTensor shown;
    QTimer* fade = nullptr;
    QElapsedTimer fadeClock;  // what the voxels show, to name the entry under the mouse
    QString hovered;
    // While the camera moves, frames are drawn without multisampling (see paintGL()).
    bool moving = false;
    QTimer* settle = nullptr;
    int stillSamples = 0;  // VTK's default multisampling, used for frames at rest
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

    // Every frame VTK copies a whole picture into our framebuffer, so Qt need not discard it
    // before paintGL() (NoPartialUpdate, the default, costs a measurable share of each frame
    // under llvmpipe).
    setUpdateBehavior(QOpenGLWidget::PartialUpdate);
    setMinimumSize(240, 200);
    setMouseTracking(true);  // hovering names the voxel under the mouse
    d->fade = new QTimer(this);
    d->fade->setInterval(30);
    connect(d->fade, &QTimer::timeout, this, [this] {
        const double left = 1.0 - double(d->fadeClock.elapsed()) / kFadeMilliseconds;
        d->scene.setFadingOpacity(std::max(0.0, left));
        if (left <= 0.0) d->fade->stop();
        update();
    });
    d->stillSamples = d->window->GetMultiSamples();
    d->settle = new QTimer(this);
    d->settle->setSingleShot(true);
    d->settle->setInterval(kSettleMilliseconds);
    connect(d->settle, &QTimer::timeout, this, [this] {
        d->moving = false;
        update();
    });
    setFocusPolicy(Qt::ClickFocus);
    setToolTip(defaultToolTip());
}

TensorView::~TensorView() {
    // QOpenGLWidget's destructor destroys the context after ours has run: release VTK's
    // resources while the context still exists, and stop listening to it.
    if (QOpenGLContext* ctx = context()) disconnect(ctx, nullptr, this, nullptr);
    releaseGraphics();
    d->window->RemoveAllObservers();
}

void TensorView::setTensor(const ExactTensor& tensor, bool smooth) {
    const bool reshaped = d->scene.setTensor(tensor);
    if (reshaped) d->cameraNeedsReset = true;
    const bool fades =
        smooth && !reshaped && d->initialized && d->scene.setFading(&d->shown, tensor) > 0;
    if (fades) {
        d->fadeClock.start();
        d->fade->start();
    } else {
        d->scene.setFading(nullptr, tensor);
        d->fade->stop();
    }
    d->shown = tensor;
    update();
}

void TensorView::setHighlight(const Term* term) {
    d->scene.setHighlight(term);
    update();
}

void TensorView::setGallery(const TensorSize& size, Field field, const std::vector<Term>& terms,
                            int current) {
    const int count = std::min<int>(int(terms.size()), galleryPageSize(size));
    std::vector<const Term*> shown;
    std::vector<int> numbers;
    for (int i = 0; i < count; ++i) {
        shown.push_back(&terms[std::size_t(i)]);
        numbers.push_back(i);
    }
    setGalleryPage(size, field, shown, numbers, current, count);
}

void TensorView::setGalleryPage(const TensorSize& size, Field field,
                                const std::vector<const Term*>& terms,
                                const std::vector<int>& numbers, int current, int slots) {
    const bool wasGallery = !d->gallery.empty();
    // The old scenes release their GL resources as they leave the window: in our context.
    if (d->initialized) makeCurrent();
    for (const auto& s : d->gallery) d->window->RemoveRenderer(s->renderer());
    d->gallery.clear();
    d->galleryNumbers.clear();
    // Each box holds a dense tensor of the full size: the page size bounds the total number of
    // entries, so that a page of <11,11,11> (1.77 million entries a box) stays quick.
    const int count = std::min<int>(int(terms.size()), galleryPageSize(size));
    if (count == 0) {
        if (wasGallery) {
            d->window->RemoveRenderer(d->backdrop);
            d->window->AddRenderer(d->scene.renderer());
        }
        update();
        return;
    }
    if (!wasGallery) {
        d->window->RemoveRenderer(d->scene.renderer());
        const QColor bg = VoxelPalette::backgroundColor();
        d->backdrop->SetBackground(bg.redF(), bg.greenF(), bg.blueF());
        d->backdrop->SetBackgroundAlpha(1.0);
        d->window->AddRenderer(d->backdrop);
    }
    // Roughly square boxes: as many columns as the view's aspect asks for.
    const int cells = std::max(slots, count);
    const double aspect = double(std::max(width(), 1)) / std::max(height(), 1);
    const int columns = std::clamp(int(std::ceil(std::sqrt(cells * aspect))), 1, cells);
    const int rows = (cells + columns - 1) / columns;
    d->galleryColumns = columns;
    for (int i = 0; i < count; ++i) {
        auto scene = std::make_unique<TensorScene>();
        scene->setTensor(termTensor(size, field, *terms[std::size_t(i)]));
        scene->setLabelsVisible(false);
        const int number = std::size_t(i) < numbers.size() ? numbers[std::size_t(i)] : i;
        scene->setCaption("m" + std::to_string(number + 1));
        const int row = i / columns, column = i % columns;
        scene->setViewport(double(column) / columns, 1.0 - double(row + 1) / rows,
                           double(column + 1) / columns, 1.0 - double(row) / rows);
        if (i > 0) scene->shareCamera(*d->gallery.front());
        d->window->AddRenderer(scene->renderer());
        d->gallery.push_back(std::move(scene));
        d->galleryNumbers.push_back(number);
    }
    d->galleryNeedsReset = true;
    setGalleryCurrent(current);
}

int TensorView::galleryTermNumber(int index) const {
    return d->galleryNumbers[std::size_t(index)];
}

void TensorView::setGalleryCurrent(int current) {
    for (std::size_t i = 0; i < d->gallery.size(); ++i)
        d->gallery[i]->setBackground(int(i) == current ? VoxelPalette::backgroundColor().darker(115)
                                                       : VoxelPalette::backgroundColor());
    update();
}

bool TensorView::initialized() const {
    return d->initialized;
}

int TensorView::fadingCount() const {
    return d->scene.fadingCount();
}

int TensorView::galleryCount() const {
    return int(d->gallery.size());
}

int TensorView::galleryVoxelCount(int index) const {
    return d->gallery[std::size_t(index)]->voxelCount();
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

int TensorView::frameCount() const {
    return d->frames;
}

void TensorView::orbit(double degrees) {
    vtkCamera* camera = d->camera();
    camera->Azimuth(degrees);
    camera->OrthogonalizeViewUp();
    cameraMoved();
}

void TensorView::drawNow() {
    // Into the widget's framebuffer, as paintEvent() would; Qt's composition of the window
    // (one textured quad) follows at the next update and is left out.
    QOpenGLContext* ctx = context();
    if (!ctx) return;
    makeCurrent();
    paintGL();
    ctx->functions()->glFinish();
    doneCurrent();
    update();
}

void TensorView::cameraMoved() {
    d->moving = true;
    d->settle->start();
    update();
}

bool TensorView::isMoving() const {
    return d->moving;
}

void TensorView::resetView() {
    d->cameraNeedsReset = true;
    d->galleryNeedsReset = true;
    // A jump to the view at rest, not a motion: drawn at full quality at once.
    d->moving = false;
    d->settle->stop();
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
    if (d->galleryNeedsReset && !d->gallery.empty()) {
        d->gallery.front()->resetCamera();
        d->galleryNeedsReset = false;
    }
    d->scene.renderer()->ResetCameraClippingRange();
    for (const auto& s : d->gallery) s->renderer()->ResetCameraClippingRange();
    // Multisampling is most of the cost of a frame under software OpenGL (Mesa llvmpipe draws
    // every sample): frames drawn while the camera moves go without it, and once it has stopped
    // for kSettleMilliseconds the view is drawn again at full quality.
    d->window->SetMultiSamples(d->moving ? 0 : d->stillSamples);
    d->window->SetReadyForRendering(true);
    d->window->Render();
    d->window->SetReadyForRendering(false);
    ++d->frames;
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

std::optional<TensorView::VoxelInfo> TensorView::voxelAt(const QPoint& position) const {
    if (!d->initialized || !d->gallery.empty()) return std::nullopt;
    const qreal dpr = devicePixelRatioF();
    const auto cell = d->scene.voxelAt(position.x() * dpr, (height() - position.y()) * dpr);
    if (!cell) return std::nullopt;
    VoxelInfo info;
    info.a = (*cell)[0];
    info.b = (*cell)[1];
    info.c = (*cell)[2];
    info.value = d->shown.at(info.a, info.b, info.c);
    const TensorSize& s = d->shown.size();
    const QString a = QString::fromStdString(s.aLabel(info.a));
    const QString b = QString::fromStdString(s.bLabel(info.b));
    const QString c = QString::fromStdString(s.cLabel(info.c));
    const QString value = QString::fromStdString(info.value.toString());
    // Entries of T say which products belong in which entry of C; anything else shown is a
    // product some move added that a later one must cancel.
    info.text = s.isMatMulEntry(info.a, info.b, info.c)
                    ? tr("%1\u00b7%2 contributes to %3 \u2014 entry %4").arg(a, b, c, value)
                    : tr("%1\u00b7%2 does not belong in %3 \u2014 entry %4 must be cancelled")
                          .arg(a, b, c, value);
    return info;
}

QString TensorView::defaultToolTip() const {
    return tr(
        "Left drag: rotate \u00b7 wheel: zoom \u00b7 right or middle drag (or Shift+left): "
        "pan \u00b7 point at a voxel to see what it means");
}

void TensorView::leaveEvent(QEvent* event) {
    if (!d->hovered.isEmpty()) {
        d->hovered.clear();
        setToolTip(defaultToolTip());
        Q_EMIT voxelHovered(QString());
    }
    QOpenGLWidget::leaveEvent(event);
}

void TensorView::mouseMoveEvent(QMouseEvent* event) {
    if (d->dragButton == Qt::NoButton) {
        const auto info = voxelAt(event->position().toPoint());
        const QString text = info ? info->text : QString();
        if (text != d->hovered) {
            d->hovered = text;
            setToolTip(text.isEmpty() ? defaultToolTip() : text);
            Q_EMIT voxelHovered(text);
        }
        return QOpenGLWidget::mouseMoveEvent(event);
    }
    const QPointF delta = event->position() - d->lastMouse;
    d->lastMouse = event->position();
    vtkCamera* camera = d->camera();
    if (d->dragPans)
        OrbitCamera::pan(camera, delta.x(), delta.y(), height());
    else
        OrbitCamera::rotate(camera, delta.x(), delta.y(), width(), height());
    event->accept();
    cameraMoved();
}

void TensorView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == d->dragButton) d->dragButton = Qt::NoButton;
    event->accept();
}

void TensorView::wheelEvent(QWheelEvent* event) {
    // One notch of a standard wheel is 120 units; touchpads send smaller steps.
    OrbitCamera::dolly(d->camera(), event->angleDelta().y() / 120.0);
    event->accept();
    cameraMoved();
}

}  // namespace tg
