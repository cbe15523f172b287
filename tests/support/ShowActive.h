#pragma once
// Shows a window and makes it the active one, so that its menu shortcuts (the arrow keys) work.
// Xvfb has no window manager to activate windows; ask Qt directly when X does not.
#include <QApplication>
#include <QTest>
#include <QWidget>

namespace tg::testing {

inline bool showActive(QWidget& w) {
    w.show();
    w.activateWindow();
    if (!QTest::qWaitForWindowExposed(&w)) return false;
    if (!QTest::qWaitForWindowActive(&w, 1000)) QApplication::setActiveWindow(&w);
    return w.isActiveWindow();
}

}  // namespace tg::testing
