#pragma once
// The Transform menu: rotate, transpose, a random change of basis, and the Kronecker product with
// a built-in scheme. Each result is an edit of the document, a command on its undo stack (so
// Edit > Undo puts the scheme back as it was and Redo brings the same result back, even the
// random one), and is shown verified from step 0. Each transform has a dialog-free method that
// the tests call and the menu actions wrap.
//
// The menu's strings keep the translation context of MainWindow, where they were first written,
// so that the existing translations still find them; the commands' names are new, and its own.

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace tg {

class SchemeDocument;
struct Scheme;

class TransformActions : public QObject {
    Q_OBJECT

  public:
    // Dialogs (the Kronecker factor, failures) open over `window`.
    TransformActions(SchemeDocument* document, QWidget* window);

    void addActions(QMenu* menu);

  public Q_SLOTS:
    // False (with the reason) when nothing is on show or the result cannot be shown.
    bool rotate(QString* error = nullptr);
    bool transpose(QString* error = nullptr);
    bool randomBasisChange(QString* error = nullptr);
    // The scheme on show (x) the first scheme `spec` names.
    bool kroneckerWith(const QString& spec, QString* error = nullptr);
    void kroneckerInteractive();

  Q_SIGNALS:
    // A transform's result is on show; `what` says what made it ("rotated").
    void transformed(const QString& what);

  private:
    // Pushes `result` as the command `text`; `what` becomes its source.
    bool apply(Scheme result, const QString& what, const QString& text, QString* error);
    // Shows a failure of a menu command.
    void interactive(bool ok, const QString& error);

    SchemeDocument* document_;
    QWidget* window_;
};

}  // namespace tg
