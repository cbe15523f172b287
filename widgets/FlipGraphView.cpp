#include "widgets/FlipGraphView.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainterPath>
#include <QResizeEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <map>

namespace tg {

namespace {

constexpr double kColumnGap = 260;
constexpr double kRowGap = 20;
constexpr int kTailMoves = 12;  // the walk's last moves drawn as a path
constexpr double kRadius = 8;

const QColor kRank8(0x00, 0x72, 0xB2);     // blue
const QColor kRank7(0x00, 0x9E, 0x73);     // bluish green
const QColor kWalk(0xE6, 0x9F, 0x00);      // orange
const QColor kSelected(0xD5, 0x5E, 0x00);  // vermillion
const QColor kEdge(0xC8, 0xC8, 0xC8);
const QColor kLitEdge(0x20, 0x20, 0x20);

// Pale for an orbit the walk passed once, deep orange for the one it stayed in most (on a log
// scale: a few orbits take most of a walk's steps).
QColor heat(int visits, int most) {
    const double t = most > 1 ? std::log(double(visits)) / std::log(double(most)) : 1.0;
    const QColor pale(0xFF, 0xE3, 0xA0);
    const QColor deep(0xC0, 0x4A, 0x00);
    return QColor::fromRgbF(float(pale.redF() + t * (deep.redF() - pale.redF())),
                            float(pale.greenF() + t * (deep.greenF() - pale.greenF())),
                            float(pale.blueF() + t * (deep.blueF() - pale.blueF())));
}

// Columns by distance from the naive scheme; within a column, orbits sorted by the mean row of
// their neighbours already placed (one barycentre pass), which keeps most flips short.
std::vector<QPointF> layeredLayout(const search::FlipGraph& g,
                                   const std::vector<std::vector<int>>& incident) {
    const int n = static_cast<int>(g.vertices.size());
    std::map<int, std::vector<int>> columns;
    for (int v = 0; v < n; ++v) {
        const auto& vx = g.vertices[std::size_t(v)];
        columns[vx.rank() < 8 ? g.depthReached + 1 : vx.depth].push_back(v);
    }
    std::vector<QPointF> pos(static_cast<std::size_t>(n));
    std::vector<char> placed(static_cast<std::size_t>(n), 0);
    for (auto& [column, members] : columns) {
        std::vector<std::pair<double, int>> order;
        for (int v : members) {
            double sum = 0;
            int count = 0;
            for (int e : incident[std::size_t(v)]) {
                const auto& edge = g.edges[std::size_t(e)];
                const int other = edge.from == v ? edge.to : edge.from;
                if (!placed[std::size_t(other)]) continue;
                sum += pos[std::size_t(other)].y();
                ++count;
            }
            order.emplace_back(count ? sum / count : 0.0, v);
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        const double top = -0.5 * kRowGap * double(order.size() - 1);
        for (std::size_t r = 0; r < order.size(); ++r) {
            const int v = order[r].second;
            pos[std::size_t(v)] = QPointF(column * kColumnGap, top + double(r) * kRowGap);
            placed[std::size_t(v)] = 1;
        }
    }
    return pos;
}

}  // namespace

FlipGraphView::FlipGraphView(QWidget* parent) : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(Qt::white);
    setAccessibleName(tr("Flip graph"));
}

void FlipGraphView::setGraph(const search::FlipGraph& graph) {
    scene()->clear();
    dots_.clear();
    lines_.clear();
    walkPath_ = nullptr;
    hovered_ = -1;
    selected_ = -1;
    graph_ = graph;
    const std::size_t n = graph_.vertices.size();
    incident_.assign(n, {});
    visits_.assign(n, 0);
    tail_.clear();
    maxVisits_ = 0;
    for (std::size_t e = 0; e < graph_.edges.size(); ++e) {
        incident_[std::size_t(graph_.edges[e].from)].push_back(int(e));
        incident_[std::size_t(graph_.edges[e].to)].push_back(int(e));
    }
    const std::vector<QPointF> pos = layeredLayout(graph_, incident_);
    for (const auto& e : graph_.edges) {
        auto* line = scene()->addLine(QLineF(pos[std::size_t(e.from)], pos[std::size_t(e.to)]));
        line->setZValue(0);
        lines_.push_back(line);
    }
    for (std::size_t v = 0; v < n; ++v) {
        const auto& vx = graph_.vertices[v];
        auto* dot = scene()->addEllipse(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius);
        dot->setPos(pos[v]);
        dot->setZValue(2);
        dot->setData(0, int(v));
        dot->setToolTip(tr("Orbit %1: rank %2, %3 flips from the naive scheme, %4 schemes "
                           "in the orbit, %5 edges")
                            .arg(v)
                            .arg(vx.rank())
                            .arg(vx.depth)
                            .arg(vx.orbitSize)
                            .arg(incident_[v].size()));
        dots_.push_back(dot);
    }
    restyle();
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    fitGraph();
}

void FlipGraphView::setWalk(const std::vector<int>& vertices) {
    clearWalk();
    // The tail: the last distinct orbits the walk passed through, so the path ends where the
    // walk did and shows how it got there.
    for (auto it = vertices.rbegin(); it != vertices.rend(); ++it) {
        const int v = *it;
        if (v < 0 || v >= vertexCount()) continue;
        if (tail_.size() > static_cast<std::size_t>(kTailMoves)) break;
        if (tail_.empty() || tail_.back() != v) tail_.push_back(v);
    }
    std::reverse(tail_.begin(), tail_.end());
    for (int v : vertices) {
        if (v < 0 || v >= vertexCount()) continue;
        maxVisits_ = std::max(maxVisits_, ++visits_[std::size_t(v)]);
    }
    QPainterPath path;
    for (std::size_t n = 0; n < tail_.size(); ++n) {
        const QPointF p = dots_[std::size_t(tail_[n])]->pos();
        if (n == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    walkPath_ = scene()->addPath(
        path, QPen(kWalk.darker(115), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    walkPath_->setZValue(1.8);
    restyle();
}

void FlipGraphView::clearWalk() {
    std::fill(visits_.begin(), visits_.end(), 0);
    tail_.clear();
    maxVisits_ = 0;
    if (walkPath_) {
        scene()->removeItem(walkPath_);
        delete walkPath_;
        walkPath_ = nullptr;
    }
    restyle();
}

int FlipGraphView::walkVertexCount() const {
    return static_cast<int>(
        std::count_if(visits_.begin(), visits_.end(), [](int n) { return n > 0; }));
}

bool FlipGraphView::isOnWalk(int vertex) const {
    return vertex >= 0 && vertex < vertexCount() && visits_[std::size_t(vertex)] > 0;
}

std::vector<int> FlipGraphView::highlightedEdges() const {
    const int focus = hovered_ >= 0 ? hovered_ : selected_;
    if (focus < 0) return {};
    return incident_[std::size_t(focus)];
}

QPoint FlipGraphView::viewPosition(int vertex) const {
    return mapFromScene(dots_[std::size_t(vertex)]->pos());
}

double FlipGraphView::zoom() const {
    return transform().m11();
}

void FlipGraphView::selectVertex(int vertex) {
    if (vertex < -1 || vertex >= vertexCount()) return;
    selected_ = vertex;
    restyle();
    if (vertex >= 0) centerOn(dots_[std::size_t(vertex)]);
    Q_EMIT vertexSelected(vertex);
}

void FlipGraphView::zoomBy(double factor) {
    // Bounded both ways: a whole graph of thousands of orbits still fits, a dot never fills
    // the view.
    const double next = zoom() * factor;
    if (next < 0.02 || next > 8) return;
    scale(factor, factor);
    userZoomed_ = true;
}

void FlipGraphView::fitGraph() {
    userZoomed_ = false;
    if (scene()->items().isEmpty()) return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void FlipGraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (!userZoomed_) fitGraph();
}

void FlipGraphView::keyPressEvent(QKeyEvent* event) {
    const int n = vertexCount();
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return;
        case Qt::Key_Minus:
            zoomBy(0.8);
            return;
        case Qt::Key_0:
            fitGraph();
            return;
        case Qt::Key_PageDown:
            if (n > 0) selectVertex((selected_ + 1) % n);
            return;
        case Qt::Key_PageUp:
            if (n > 0) selectVertex(selected_ <= 0 ? n - 1 : selected_ - 1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (selected_ >= 0) Q_EMIT vertexActivated(selected_);
            return;
        default:
            QGraphicsView::keyPressEvent(event);  // the arrow keys scroll
    }
}

void FlipGraphView::wheelEvent(QWheelEvent* event) {
    const int delta = event->angleDelta().y();
    if (delta == 0) return QGraphicsView::wheelEvent(event);
    zoomBy(delta > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void FlipGraphView::mousePressEvent(QMouseEvent* event) {
    const int v = event->button() == Qt::LeftButton ? vertexAt(event->pos()) : -1;
    if (v < 0) return QGraphicsView::mousePressEvent(event);  // drag to pan
    selectVertex(v);
    Q_EMIT vertexActivated(v);
    event->accept();
}

void FlipGraphView::mouseMoveEvent(QMouseEvent* event) {
    setHovered(vertexAt(event->pos()));
    QGraphicsView::mouseMoveEvent(event);
}

void FlipGraphView::leaveEvent(QEvent* event) {
    setHovered(-1);
    QGraphicsView::leaveEvent(event);
}

int FlipGraphView::vertexAt(const QPoint& viewPos) const {
    for (QGraphicsItem* item : items(viewPos)) {
        const QVariant v = item->data(0);
        if (v.isValid()) return v.toInt();
    }
    return -1;
}

void FlipGraphView::setHovered(int vertex) {
    if (vertex == hovered_) return;
    hovered_ = vertex;
    restyle();
}

void FlipGraphView::styleEdge(int e, bool lit) {
    const auto& edge = graph_.edges[std::size_t(e)];
    QColor color = edge.reduction ? kRank7 : kEdge;
    if (lit) color = edge.reduction ? kRank7.darker(130) : kLitEdge;
    QPen pen(color, lit ? 2.5 : 1, edge.reduction ? Qt::DashLine : Qt::SolidLine);
    pen.setCosmetic(!lit);
    lines_[std::size_t(e)]->setPen(pen);
    lines_[std::size_t(e)]->setZValue(lit ? 1.5 : 0);
}

void FlipGraphView::styleDot(int v) {
    const auto& vx = graph_.vertices[std::size_t(v)];
    QGraphicsEllipseItem* dot = dots_[std::size_t(v)];
    const int visits = visits_[std::size_t(v)];
    dot->setBrush(visits > 0 && vx.rank() == 8 ? heat(visits, maxVisits_)
                                               : (vx.rank() < 8 ? kRank7 : kRank8));
    const bool focus = v == selected_ || v == hovered_;
    dot->setPen(QPen(focus ? kSelected : Qt::white, focus ? 3 : 1));
    const double s = (v == 0 || vx.rank() < 8) ? 1.6 : 1.0;  // the start and the goal stand out
    dot->setScale(s);
}

void FlipGraphView::restyle() {
    const std::vector<int> lit = highlightedEdges();
    for (int e = 0; e < edgeCount(); ++e) styleEdge(e, false);
    for (int e : lit) styleEdge(e, true);
    for (int v = 0; v < vertexCount(); ++v) styleDot(v);
}

}  // namespace tg
