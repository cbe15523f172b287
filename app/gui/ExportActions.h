#pragma once
// What the explorer can write out: the 3D view or the whole window as PNG, the scheme in every
// writable format (File > Export, filters from allFormats()), the episode as a PNG sequence,
// and the scheme as text, LaTeX or code on the clipboard. Each export has a dialog-free method
// that the tests call and the menu actions wrap.

#include <QObject>
#include <QString>

class QMenu;

namespace tg {

class MainWindow;

class ExportActions : public QObject {
    Q_OBJECT

  public:
    enum class Copy { Text, Latex, Cpp, Python };

    explicit ExportActions(MainWindow* window);

    void addActions(QMenu* menu);
    void addCopyActions(QMenu* menu);

    bool saveViewPng(const QString& path, QString* error = nullptr);
    bool saveWindowPng(const QString& path, QString* error = nullptr);
    // The format comes from the extension (.json: project JSON).
    bool saveScheme(const QString& path, QString* error = nullptr);
    // step_000.png .. step_R.png in `directory`; returns the number written (-1 on failure).
    int saveEpisodeFrames(const QString& directory, QString* error = nullptr);
    // The text put on the clipboard.
    QString copyScheme(Copy kind);

  private:
    void interactive(bool ok, const QString& error, const QString& done);
    [[nodiscard]] QString askPath(const QString& title, const QString& filters,
                                  const QString& suggestion);

    MainWindow* window_;
};

}  // namespace tg
