#pragma once
// Moves the mouse over a widget with no button pressed, as the widget sees it.
// QTest::mouseMove does that by warping the X pointer (QCursor::setPos) and waiting for the
// server's motion event, which goes to whichever window is on top at that point: under ctest -j
// on one Xvfb display, another test's window can be, and the hover never arrives
// (tst_tensorview_render failed 25 times of 25 beside tst_flipgraph_gui). A synthesized event
// reaches this widget only.
#include <QApplication>
#include <QMouseEvent>
#include <QPoint>
#include <QWidget>

namespace tg::testing {

// False when the widget does not track the mouse: a real pointer would send it no such event.
[[nodiscard]] inline bool hover(QWidget* widget, QPoint pos) {
    if (!widget->hasMouseTracking()) return false;
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(widget->mapToGlobal(pos)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    return true;
}

}  // namespace tg::testing
