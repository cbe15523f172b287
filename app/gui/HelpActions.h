#pragma once
// The Help menu: the user guide shipped with the program (F1), the guided tour, the keyboard
// shortcuts, About (with the versions of Qt, VTK and LibTorch) and About Qt. The guide and the
// shortcuts open as non-modal windows, one of each.

#include <QObject>
#include <QPointer>

#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"

class QMenu;

namespace tg {

class MainWindow;

class HelpActions : public QObject {
    Q_OBJECT

  public:
    explicit HelpActions(MainWindow* window);

    void addActions(QMenu* menu);

    // The dialogs on show (nullptr when closed).
    [[nodiscard]] UserGuideDialog* userGuide() const { return guide_; }
    [[nodiscard]] ShortcutsDialog* shortcuts() const { return shortcuts_; }

  public Q_SLOTS:
    void showUserGuide();
    void showShortcuts();
    void startTour();

  private:
    MainWindow* window_;
    QPointer<UserGuideDialog> guide_;
    QPointer<ShortcutsDialog> shortcuts_;
};

}  // namespace tg
