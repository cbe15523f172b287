#include "widgets/TensorScene.h"

#include <vtkActor.h>
#include <vtkActor2D.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCubeSource.h>
#include <vtkGlyph3DMapper.h>
#include <vtkMath.h>
#include <vtkNew.h>
#include <vtkOutlineSource.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkStringArray.h>
#include <vtkTextActor.h>
#include <vtkTextMapper.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <string>

#include "widgets/OrbitCamera.h"
#include "widgets/VoxelPalette.h"

namespace tg {

namespace {

// A voxel fills most of its cell: the gaps keep neighbouring entries apart at any angle.
constexpr double kVoxelEdge = 0.78;
// Outlines of highlighted cells sit just outside the voxel so both stay visible.
constexpr double kHighlightEdge = 0.96;
// A term whose support is larger than this is not outlined: it would hide the whole tensor and
// cost more than the tensor itself (a dense term on <11,11,11> touches 1.77 million cells).
constexpr long long kMaxHighlightCells = 100'000;
// At most this many labels per axis; longer axes label the first entry of every matrix row
// (a_i1, b_j1, c_1k) or, if even those are too many, every k-th entry.
constexpr int kMaxLabelsPerAxis = 16;

// Which entries of an axis of `length` = rows * `rowLength` entries get a label.
int labelStride(int length, int rowLength) {
    if (length <= kMaxLabelsPerAxis) return 1;
    if (length / rowLength <= kMaxLabelsPerAxis) return rowLength;
    return (length + kMaxLabelsPerAxis - 1) / kMaxLabelsPerAxis;
}

// VTK draws UTF-8.
std::string translated(const char* text) {
    return QCoreApplication::translate("TensorScene", text).toStdString();
}

void setColor(vtkProperty* p, const QColor& c) {
    p->SetColor(c.redF(), c.greenF(), c.blueF());
}

void setColor(vtkTextProperty* p, const QColor& c) {
    p->SetColor(c.redF(), c.greenF(), c.blueF());
}

// Text anchored at points in the scene: one 2D actor per label, placed once in world
// coordinates. (vtkLabeledDataMapper draws every label through one shared actor that it moves
// from label to label, which makes each text mapper rebuild its vertex buffer on every frame;
// with dozens of labels that was a large part of the frame time under software OpenGL.)
struct Labels {
    std::vector<vtkSmartPointer<vtkActor2D>> actors;
    void clear(vtkRenderer* renderer) {
        for (const auto& a : actors) renderer->RemoveActor2D(a);
        actors.clear();
    }
    void add(vtkRenderer* renderer, vtkTextProperty* property, bool visible, double x, double y,
             double z, const std::string& s) {
        vtkNew<vtkTextMapper> mapper;
        mapper->SetInput(s.c_str());
        mapper->SetTextProperty(property);
        auto actor = vtkSmartPointer<vtkActor2D>::New();
        actor->SetMapper(mapper);
        actor->GetPositionCoordinate()->SetCoordinateSystemToWorld();
        actor->GetPositionCoordinate()->SetValue(x, y, z);
        actor->SetVisibility(visible);
        renderer->AddActor2D(actor);
        actors.push_back(actor);
    }
};

}  // namespace

struct TensorScene::Private {
    TensorSize size{};

    vtkNew<vtkRenderer> renderer;

    vtkNew<vtkCubeSource> voxelCube;
    vtkNew<vtkGlyph3DMapper> voxelMapper;
    vtkNew<vtkActor> voxels;
    int voxelCount = 0;
    std::vector<std::array<int, 3>> cells;  // (a, b, c) of every voxel, for picking

    vtkNew<vtkGlyph3DMapper> fadingMapper;
    vtkNew<vtkActor> fading;
    int fadingCount = 0;

    vtkNew<vtkPolyDataMapper> highlightMapper;
    vtkNew<vtkActor> highlight;
    int highlightCount = 0;

    vtkNew<vtkOutlineSource> box;
    vtkNew<vtkPolyDataMapper> boxMapper;
    vtkNew<vtkActor> boxActor;

    vtkNew<vtkTextProperty> tickText;
    vtkNew<vtkTextProperty> titleText;
    Labels labels;
    bool labelsVisible = true;

    std::array<double, 6> labelBounds{};
    vtkNew<vtkTextActor> caption;

    // World position of the centre of cell (a, b, c); see the header for the layout.
    [[nodiscard]] std::array<double, 3> cellCenter(int a, int b, int c) const {
        return {double(a), double(size.wSize() - 1 - c), double(b)};
    }
    // How far labels stand off the box: a fixed share of the box, at least half a cell.
    [[nodiscard]] double labelOffset() const {
        const int longest = std::max({size.uSize(), size.vSize(), size.wSize()});
        return std::max(0.55, 0.06 * longest);
    }

    void buildBoxAndLabels();
};

void TensorScene::Private::buildBoxAndLabels() {
    const double x1 = size.uSize() - 0.5, y1 = size.wSize() - 0.5, z1 = size.vSize() - 0.5;
    box->SetBounds(-0.5, x1, -0.5, y1, -0.5, z1);

    const double off = labelOffset();
    labels.clear(renderer);
    const auto tick = [this](double x, double y, double z, const std::string& s) {
        labels.add(renderer, tickText, labelsVisible, x, y, z, s);
    };
    // A's entries along the bottom front edge, B's along the bottom right edge, C's along the
    // front left edge: the three edges an oblique view from the front right shows unhidden.
    for (int a = 0; a < size.uSize(); a += labelStride(size.uSize(), size.m))
        tick(a, -0.5 - off, z1 + off, size.aLabel(a));
    for (int b = 0; b < size.vSize(); b += labelStride(size.vSize(), size.p))
        tick(x1 + off, -0.5 - off, b, size.bLabel(b));
    for (int c = 0; c < size.wSize(); c += labelStride(size.wSize(), size.n)) {
        const auto p = cellCenter(0, 0, c);
        tick(-0.5 - 1.3 * off, p[1], z1 + off, size.cLabel(c));
    }
    const auto title = [this](double x, double y, double z, const std::string& s) {
        labels.add(renderer, titleText, labelsVisible, x, y, z, s);
    };
    const double far = 2.4 * off;
    title(0.5 * x1 - 0.25, -0.5 - far, z1 + far,
          translated(QT_TRANSLATE_NOOP("TensorScene", "A (u)")));
    title(x1 + far, -0.5 - far, 0.5 * z1 - 0.25,
          translated(QT_TRANSLATE_NOOP("TensorScene", "B (v)")));
    title(-0.5 - 1.3 * off, y1 + 1.6 * off, z1 + off,
          translated(QT_TRANSLATE_NOOP("TensorScene", "C (w)")));

    labelBounds = {-0.5 - far, x1 + far, -0.5 - far, y1 + 2 * off, -0.5, z1 + far};
}

TensorScene::TensorScene() : d(std::make_unique<Private>()) {
    const QColor bg = VoxelPalette::backgroundColor();
    d->renderer->SetBackground(bg.redF(), bg.greenF(), bg.blueF());
    // An opaque background: VTK blends text and lines with alpha kept at 1 over it (blend
    // function ONE, ONE_MINUS_SRC_ALPHA for alpha), so the whole frame stays opaque and Qt composes
    // no partial alpha (labels would come out hollow) without an extra pass over the frame.
    d->renderer->SetBackgroundAlpha(1.0);

    d->voxelCube->SetXLength(kVoxelEdge);
    d->voxelCube->SetYLength(kVoxelEdge);
    d->voxelCube->SetZLength(kVoxelEdge);
    d->voxelMapper->SetSourceConnection(d->voxelCube->GetOutputPort());
    d->voxelMapper->ScalingOff();
    d->voxelMapper->OrientOff();
    d->voxelMapper->SetScalarModeToUsePointData();
    d->voxelMapper->SetColorModeToDirectScalars();
    d->voxelMapper->ScalarVisibilityOn();
    d->voxels->SetMapper(d->voxelMapper);
    // Much ambient light: the faces stay recognisably the palette colour from every side,
    // with enough diffuse shading to tell the faces of a cube apart.
    d->voxels->GetProperty()->SetAmbient(0.45);
    d->voxels->GetProperty()->SetDiffuse(0.55);
    d->voxels->GetProperty()->SetSpecular(0.0);
    d->voxels->VisibilityOff();
    d->renderer->AddActor(d->voxels);

    d->fadingMapper->SetSourceConnection(d->voxelCube->GetOutputPort());
    d->fadingMapper->ScalingOff();
    d->fadingMapper->OrientOff();
    d->fadingMapper->SetScalarModeToUsePointData();
    d->fadingMapper->SetColorModeToDirectScalars();
    d->fadingMapper->ScalarVisibilityOn();
    d->fading->SetMapper(d->fadingMapper);
    d->fading->GetProperty()->SetAmbient(0.45);
    d->fading->GetProperty()->SetDiffuse(0.55);
    d->fading->VisibilityOff();
    d->renderer->AddActor(d->fading);

    d->highlightMapper->ScalarVisibilityOff();
    d->highlight->SetMapper(d->highlightMapper);
    d->highlight->GetProperty()->LightingOff();
    setColor(d->highlight->GetProperty(), VoxelPalette::highlightColor());
    d->highlight->VisibilityOff();
    d->renderer->AddActor(d->highlight);

    d->boxMapper->SetInputConnection(d->box->GetOutputPort());
    d->boxActor->SetMapper(d->boxMapper);
    d->boxActor->GetProperty()->LightingOff();
    setColor(d->boxActor->GetProperty(), QColor(0x80, 0x80, 0x80));
    d->renderer->AddActor(d->boxActor);

    for (vtkTextProperty* text : {d->tickText.Get(), d->titleText.Get()}) {
        text->SetFontFamilyToArial();
        text->SetJustificationToCentered();
        text->SetVerticalJustificationToCentered();
        text->ShadowOff();
        text->ItalicOff();
        setColor(text, QColor(0x30, 0x30, 0x30));
    }
    d->tickText->SetFontSize(13);
    d->tickText->BoldOff();
    d->titleText->SetFontSize(16);
    d->titleText->BoldOn();

    d->renderer->GetActiveCamera()->SetViewAngle(24.0);
}

TensorScene::~TensorScene() = default;

vtkRenderer* TensorScene::renderer() const {
    return d->renderer;
}

bool TensorScene::setTensor(const ExactTensor& tensor) {
    const bool reshaped = !(tensor.size() == d->size);
    d->size = tensor.size();
    if (reshaped) d->buildBoxAndLabels();

    const std::vector<long long> nonZeros = tensor.nonZeroIndices();
    vtkNew<vtkPoints> points;
    points->SetDataTypeToFloat();
    points->SetNumberOfPoints(vtkIdType(nonZeros.size()));
    vtkNew<vtkUnsignedCharArray> colors;
    colors->SetName("colors");
    colors->SetNumberOfComponents(3);
    colors->SetNumberOfTuples(vtkIdType(nonZeros.size()));
    const long long vw = static_cast<long long>(d->size.vSize()) * d->size.wSize();
    d->cells.resize(nonZeros.size());
    for (std::size_t i = 0; i < nonZeros.size(); ++i) {
        const long long flat = nonZeros[i];
        const int a = int(flat / vw);
        const int b = int((flat % vw) / d->size.wSize());
        const int c = int(flat % d->size.wSize());
        const auto p = d->cellCenter(a, b, c);
        points->SetPoint(vtkIdType(i), p.data());
        d->cells[i] = {a, b, c};
        const QColor color =
            VoxelPalette::color(VoxelPalette::kindOf(tensor.rawAt(flat), tensor.denominator()));
        const unsigned char rgb[3] = {static_cast<unsigned char>(color.red()),
                                      static_cast<unsigned char>(color.green()),
                                      static_cast<unsigned char>(color.blue())};
        colors->SetTypedTuple(vtkIdType(i), rgb);
    }
    vtkNew<vtkPolyData> data;
    data->SetPoints(points);
    data->GetPointData()->SetScalars(colors);
    d->voxelMapper->SetInputData(data);
    d->voxelCount = int(nonZeros.size());
    // An empty glyph input draws nothing anyway; hiding the actor also keeps VTK from warning.
    d->voxels->SetVisibility(d->voxelCount > 0);
    return reshaped;
}

void TensorScene::setHighlight(const Term* term) {
    d->highlightCount = 0;
    const auto fits = [&] {
        return term && int(term->u.size()) == d->size.uSize() &&
               int(term->v.size()) == d->size.vSize() && int(term->w.size()) == d->size.wSize();
    };
    if (!fits() || static_cast<long long>(nonZeroCount(term->u)) * nonZeroCount(term->v) *
                           nonZeroCount(term->w) >
                       kMaxHighlightCells) {
        d->highlight->VisibilityOff();
        return;
    }
    // The twelve edges of every cell, as plain lines: a polydata mapper draws wide lines even
    // in a core profile (VTK emulates them), which instanced glyphs do not.
    vtkNew<vtkPoints> points;
    points->SetDataTypeToFloat();
    vtkNew<vtkCellArray> lines;
    constexpr int kEdges[12][2] = {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3},
                                   {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};
    int cells = 0;
    for (int a = 0; a < d->size.uSize(); ++a) {
        if (term->u[std::size_t(a)].isZero()) continue;
        for (int b = 0; b < d->size.vSize(); ++b) {
            if (term->v[std::size_t(b)].isZero()) continue;
            for (int c = 0; c < d->size.wSize(); ++c) {
                if (term->w[std::size_t(c)].isZero()) continue;
                const auto center = d->cellCenter(a, b, c);
                const vtkIdType first = points->GetNumberOfPoints();
                for (int corner = 0; corner < 8; ++corner) {
                    const double h = kHighlightEdge / 2;
                    points->InsertNextPoint(center[0] + ((corner & 1) ? h : -h),
                                            center[1] + ((corner & 2) ? h : -h),
                                            center[2] + ((corner & 4) ? h : -h));
                }
                for (const auto& edge : kEdges) {
                    const vtkIdType ids[2] = {first + edge[0], first + edge[1]};
                    lines->InsertNextCell(2, ids);
                }
                ++cells;
            }
        }
    }
    vtkNew<vtkPolyData> data;
    data->SetPoints(points);
    data->SetLines(lines);
    d->highlightMapper->SetInputData(data);
    // On a large tensor a cell is a few pixels wide and a term touches thousands of them:
    // bold outlines would bury the voxels, so they turn thin and faint.
    const bool large = std::max({d->size.uSize(), d->size.vSize(), d->size.wSize()}) > 32;
    d->highlight->GetProperty()->SetLineWidth(large ? 1.0f : 2.5f);
    d->highlight->GetProperty()->SetOpacity(large ? 0.35 : 1.0);
    d->highlightCount = cells;
    d->highlight->SetVisibility(d->highlightCount > 0);
}

int TensorScene::voxelCount() const {
    return d->voxelCount;
}

int TensorScene::highlightCount() const {
    return d->highlightCount;
}

const TensorSize& TensorScene::size() const {
    return d->size;
}

int TensorScene::setFading(const ExactTensor* previous, const ExactTensor& current) {
    d->fadingCount = 0;
    if (!previous || !(previous->size() == current.size()) || !(current.size() == d->size)) {
        d->fading->VisibilityOff();
        return 0;
    }
    vtkNew<vtkPoints> points;
    points->SetDataTypeToFloat();
    vtkNew<vtkUnsignedCharArray> colors;
    colors->SetName("colors");
    colors->SetNumberOfComponents(3);
    const long long vw = static_cast<long long>(d->size.vSize()) * d->size.wSize();
    for (const long long flat : previous->nonZeroIndices()) {
        const int a = int(flat / vw), b = int((flat % vw) / d->size.wSize()),
                  c = int(flat % d->size.wSize());
        if (previous->at(a, b, c) == current.at(a, b, c)) continue;
        const auto p = d->cellCenter(a, b, c);
        points->InsertNextPoint(p.data());
        const QColor color = VoxelPalette::color(
            VoxelPalette::kindOf(previous->rawAt(flat), previous->denominator()));
        const unsigned char rgb[3] = {static_cast<unsigned char>(color.red()),
                                      static_cast<unsigned char>(color.green()),
                                      static_cast<unsigned char>(color.blue())};
        colors->InsertNextTypedTuple(rgb);
        ++d->fadingCount;
    }
    vtkNew<vtkPolyData> data;
    data->SetPoints(points);
    data->GetPointData()->SetScalars(colors);
    d->fadingMapper->SetInputData(data);
    d->fading->SetVisibility(d->fadingCount > 0);
    d->fading->GetProperty()->SetOpacity(1.0);
    return d->fadingCount;
}

void TensorScene::setFadingOpacity(double opacity) {
    d->fading->GetProperty()->SetOpacity(opacity);
    d->fading->SetVisibility(d->fadingCount > 0 && opacity > 0.0);
}

int TensorScene::fadingCount() const {
    return d->fading->GetVisibility() ? d->fadingCount : 0;
}

void TensorScene::setLabelsVisible(bool visible) {
    d->labelsVisible = visible;
    for (const auto& a : d->labels.actors) a->SetVisibility(visible);
}

void TensorScene::setViewport(double xmin, double ymin, double xmax, double ymax) {
    d->renderer->SetViewport(xmin, ymin, xmax, ymax);
}

void TensorScene::shareCamera(const TensorScene& other) {
    d->renderer->SetActiveCamera(other.d->renderer->GetActiveCamera());
}

void TensorScene::setCaption(const std::string& text) {
    d->caption->SetInput(text.c_str());
    if (!d->renderer->HasViewProp(d->caption)) {
        vtkTextProperty* p = d->caption->GetTextProperty();
        p->SetFontSize(12);
        p->SetFontFamilyToArial();
        p->BoldOn();
        p->ShadowOff();
        setColor(p, QColor(0x30, 0x30, 0x30));
        p->SetVerticalJustificationToTop();
        // Normalized viewport coordinates: stays in the corner whatever the box's size.
        d->caption->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
        d->caption->SetPosition(0.04, 0.95);
        d->renderer->AddActor2D(d->caption);
    }
    d->caption->SetVisibility(!text.empty());
}

void TensorScene::setBackground(const QColor& colour) {
    d->renderer->SetBackground(colour.redF(), colour.greenF(), colour.blueF());
}

std::optional<std::array<int, 3>> TensorScene::voxelAt(double x, double y) const {
    if (d->cells.empty()) return std::nullopt;
    double ends[2][4];
    for (int i = 0; i < 2; ++i) {
        d->renderer->SetDisplayPoint(x, y, double(i));  // depth 0: near plane, 1: far plane
        d->renderer->DisplayToWorld();
        d->renderer->GetWorldPoint(ends[i]);
        if (ends[i][3] == 0.0) return std::nullopt;
        for (int k = 0; k < 3; ++k) ends[i][k] /= ends[i][3];
    }
    const double origin[3] = {ends[0][0], ends[0][1], ends[0][2]};
    const double dir[3] = {ends[1][0] - origin[0], ends[1][1] - origin[1], ends[1][2] - origin[2]};
    // Slab test against each voxel's cube; keep the nearest hit along the ray.
    double best = 2.0;
    std::optional<std::array<int, 3>> hit;
    const double h = kVoxelEdge / 2;
    for (const auto& cell : d->cells) {
        const auto centre = d->cellCenter(cell[0], cell[1], cell[2]);
        double t0 = 0.0, t1 = best;
        for (int k = 0; k < 3 && t0 <= t1; ++k) {
            const double lo = centre[std::size_t(k)] - h - origin[k];
            const double hi = centre[std::size_t(k)] + h - origin[k];
            if (std::abs(dir[k]) < 1e-12) {
                if (lo > 0 || hi < 0) t0 = 2.0;
                continue;
            }
            double a = lo / dir[k], b = hi / dir[k];
            if (a > b) std::swap(a, b);
            t0 = std::max(t0, a);
            t1 = std::min(t1, b);
        }
        if (t0 <= t1 && t0 < best) {
            best = t0;
            hit = cell;
        }
    }
    return hit;
}

void TensorScene::resetCamera() {
    vtkCamera* camera = d->renderer->GetActiveCamera();
    const auto& b = d->labelBounds;
    const double center[3] = {0.5 * (b[0] + b[1]), 0.5 * (b[2] + b[3]), 0.5 * (b[4] + b[5])};
    // From the front right and a little above: all three label edges and the top face show.
    const double direction[3] = {0.85, 0.65, 1.35};
    camera->SetFocalPoint(center);
    camera->SetPosition(center[0] + direction[0], center[1] + direction[1],
                        center[2] + direction[2]);
    camera->SetViewUp(0.0, 1.0, 0.0);
    d->renderer->ResetCamera(b.data());
    // ResetCamera fits a bounding sphere, which leaves a wide margin around a box. Centre and
    // fill the view with the projected corners of the box and its labels instead (twice: the
    // projection of a perspective view changes a little with the first correction).
    for (int pass = 0; pass < 2; ++pass) {
        double lo[2] = {1e300, 1e300}, hi[2] = {-1e300, -1e300};
        for (int corner = 0; corner < 8; ++corner) {
            double x = b[(corner & 1) ? 1 : 0], y = b[(corner & 2) ? 3 : 2],
                   z = b[(corner & 4) ? 5 : 4];
            d->renderer->WorldToView(x, y, z);
            lo[0] = std::min(lo[0], x), hi[0] = std::max(hi[0], x);
            lo[1] = std::min(lo[1], y), hi[1] = std::max(hi[1], y);
        }
        const double aspect = d->renderer->GetTiledAspectRatio();
        const double halfHeight = camera->GetDistance() *
                                  std::tan(vtkMath::RadiansFromDegrees(camera->GetViewAngle()) / 2);
        OrbitCamera::shift(camera, 0.5 * (lo[0] + hi[0]) * halfHeight * aspect,
                           0.5 * (lo[1] + hi[1]) * halfHeight);
        // View coordinates run from -1 to 1: fill 88% of the longer side.
        camera->Zoom(1.76 / std::max(hi[0] - lo[0], hi[1] - lo[1]));
    }
    d->renderer->ResetCameraClippingRange();
}

}  // namespace tg
