#pragma once
// The flip graph of <2,2,2> mod 2 (core/search/FlipGraph.h) drawn as a navigable picture: one
// dot per orbit of schemes, in columns by their distance in flips from the naive scheme (the
// rank-7 orbit in a column of its own on the right), flips as grey lines and reductions as
// dashed green lines. A layered layout rather than a force-directed one: the columns read as "how
// far from the schoolbook algorithm", the question a learner asks, and it is the same every time.
//
// Navigation: the wheel and +/- zoom, dragging and the arrow keys pan, 0 fits the graph,
// PageDown/PageUp select the next/previous orbit, Return opens the selected one. Hovering a dot
// highlights the flips that leave it; clicking selects it and asks for it to be opened
// (vertexActivated). A walk (setWalk) colours the orbits it visits orange, darker the more
// often (a flip search's walk on <2,2,2> visits nearly every orbit, so the heat is what tells),
// and draws its last moves, up to the orbit it ends in, as a thick orange path.
#include <QGraphicsView>
#include <vector>

#include "core/search/FlipGraph.h"

class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsPathItem;

namespace tg {

class FlipGraphView : public QGraphicsView {
    Q_OBJECT

  public:
    explicit FlipGraphView(QWidget* parent = nullptr);

    // Replaces the picture; clears the walk and the selection.
    void setGraph(const search::FlipGraph& graph);
    // The orbits a walk visits, in order (-1: off the graph, skipped).
    void setWalk(const std::vector<int>& vertices);
    void clearWalk();

    [[nodiscard]] int vertexCount() const { return static_cast<int>(dots_.size()); }
    [[nodiscard]] int edgeCount() const { return static_cast<int>(lines_.size()); }
    // Distinct orbits the walk visits.
    [[nodiscard]] int walkVertexCount() const;
    [[nodiscard]] bool isOnWalk(int vertex) const;
    // The orbits of the walk's last moves, drawn as a path (oldest first).
    [[nodiscard]] const std::vector<int>& walkTail() const { return tail_; }
    [[nodiscard]] int selectedVertex() const { return selected_; }
    // The edges drawn highlighted (those of the hovered, else the selected, orbit).
    [[nodiscard]] std::vector<int> highlightedEdges() const;
    // Where vertex v is drawn, in view coordinates (for clicks in tests).
    [[nodiscard]] QPoint viewPosition(int vertex) const;
    [[nodiscard]] double zoom() const;

  public Q_SLOTS:
    // Selects (and centres on) vertex v without opening it; -1 clears.
    void selectVertex(int vertex);
    void zoomBy(double factor);
    void fitGraph();

  Q_SIGNALS:
    void vertexSelected(int vertex);
    // Clicked, or Return on the selection: open this orbit's scheme.
    void vertexActivated(int vertex);

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    // Keeps the whole graph in sight as the view changes size, until the user zooms.
    void resizeEvent(QResizeEvent* event) override;

  private:
    [[nodiscard]] int vertexAt(const QPoint& viewPos) const;
    void setHovered(int vertex);
    void restyle();
    void styleEdge(int e, bool lit);
    void styleDot(int v);

    search::FlipGraph graph_;
    std::vector<QGraphicsEllipseItem*> dots_;
    std::vector<QGraphicsLineItem*> lines_;
    std::vector<std::vector<int>> incident_;  // per vertex: its edges
    std::vector<int> visits_;                 // per vertex: how often the walk was there
    QGraphicsPathItem* walkPath_ = nullptr;
    int hovered_ = -1;
    int selected_ = -1;
    bool userZoomed_ = false;
    std::vector<int> tail_;
    int maxVisits_ = 0;
};

}  // namespace tg
