#pragma once
// Help > About: what the program is, its version and the versions of the libraries it was
// built with (Qt, VTK, LibTorch), and the OpenGL the 3D view runs on, selectable for bug
// reports.

#include <QDialog>
#include <QString>

class QLabel;

namespace tg {

// The LibTorch version the build found (CMake's Torch_VERSION), empty when it found none.
// The GUI does not link LibTorch: the version comes in as a compile definition.
QString libTorchVersion();

class AboutDialog : public QDialog {
    Q_OBJECT

  public:
    // `openGL` describes the 3D view's context (empty without one).
    explicit AboutDialog(const QString& openGL, QWidget* parent = nullptr);

    // The versions as plain text, one per line ("Qt 6.4.2"), as shown and copied.
    [[nodiscard]] QString versionsText() const;

  private:
    QString versions_;
};

}  // namespace tg
