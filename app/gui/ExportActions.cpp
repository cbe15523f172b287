#include "ExportActions.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <exception>

#include "MainWindow.h"
#include "core/io/CodeExport.h"
#include "core/io/FileIO.h"
#include "core/io/SchemeFormat.h"
#include "widgets/StepControl.h"
#include "widgets/TensorView.h"

namespace tg {

namespace {
const QString kExportDirectoryKey = QStringLiteral("exportDirectory");
}  // namespace

ExportActions::ExportActions(MainWindow* window) : QObject(window), window_(window) {}

void ExportActions::addActions(QMenu* menu) {
    const QString png = tr("PNG image (*.png)");
    QAction* view = menu->addAction(tr("3D &View as PNG\u2026"), this, [this, png] {
        const QString path = askPath(tr("Export 3D View"), png, QStringLiteral("view.png"));
        QString error;
        if (!path.isEmpty()) interactive(saveViewPng(path, &error), error, path);
    });
    view->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    view->setEnabled(window_->tensorView() != nullptr);
    menu->addAction(tr("&Window as PNG\u2026"), this, [this, png] {
        const QString path = askPath(tr("Export Window"), png, QStringLiteral("window.png"));
        QString error;
        if (!path.isEmpty()) interactive(saveWindowPng(path, &error), error, path);
    });
    menu->addAction(tr("&Scheme As\u2026"), this,
                    [this] {
                        QStringList filters;
                        for (const FormatInfo& f : allFormats()) {
                            if (!f.writable) continue;
                            QStringList patterns;
                            for (const QString& ext :
                                 QString::fromLatin1(f.extensions).split(QLatin1Char(' ')))
                                patterns << QStringLiteral("*") + ext;
                            filters << QStringLiteral("%1 (%2)").arg(
                                QString::fromUtf8(f.title), patterns.join(QLatin1Char(' ')));
                        }
                        const QString path =
                            askPath(tr("Export Scheme"), filters.join(QStringLiteral(";;")),
                                    QStringLiteral("scheme.json"));
                        QString error;
                        if (!path.isEmpty()) interactive(saveScheme(path, &error), error, path);
                    })
        ->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction* frames = menu->addAction(tr("&Episode as PNG Sequence\u2026"), this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(window_, tr("Export Episode Frames"),
                                              QSettings().value(kExportDirectoryKey).toString());
        if (dir.isEmpty()) return;
        QString error;
        const int count = saveEpisodeFrames(dir, &error);
        interactive(count >= 0, error, tr("%n frames in %1", nullptr, count).arg(dir));
    });
    frames->setEnabled(window_->tensorView() != nullptr);
}

void ExportActions::addCopyActions(QMenu* menu) {
    const std::pair<Copy, QString> kinds[] = {{Copy::Text, tr("&Formulas")},
                                              {Copy::Latex, tr("&LaTeX")},
                                              {Copy::Cpp, tr("&C++ Code")},
                                              {Copy::Python, tr("&Python Code")}};
    for (const auto& [kind, title] : kinds) {
        QAction* a = menu->addAction(title, this, [this, k = kind] {
            copyScheme(k);
            window_->showStatus(tr("Copied to the clipboard"), 3000);
        });
        if (kind == Copy::Text) a->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    }
}

QString ExportActions::askPath(const QString& title, const QString& filters,
                               const QString& suggestion) {
    QSettings settings;
    const QString dir = settings.value(kExportDirectoryKey, QDir::homePath()).toString();
    QString path =
        QFileDialog::getSaveFileName(window_, title, QDir(dir).filePath(suggestion), filters);
    if (!path.isEmpty()) settings.setValue(kExportDirectoryKey, QFileInfo(path).absolutePath());
    return path;
}

void ExportActions::interactive(bool ok, const QString& error, const QString& done) {
    if (!ok) return (void)QMessageBox::warning(window_, tr("Export Failed"), error);
    window_->showStatus(tr("Exported %1").arg(done), 4000);
}

bool ExportActions::saveViewPng(const QString& path, QString* error) {
    TensorView* view = window_->tensorView();
    if (!view || !view->isRenderingAvailable()) {
        if (error) *error = tr("the 3D view is not available");
        return false;
    }
    if (view->grabFramebuffer().save(path, "PNG")) return true;
    if (error) *error = tr("cannot write %1").arg(path);
    return false;
}

bool ExportActions::saveWindowPng(const QString& path, QString* error) {
    if (window_->grab().save(path, "PNG")) return true;
    if (error) *error = tr("cannot write %1").arg(path);
    return false;
}

bool ExportActions::saveScheme(const QString& path, QString* error) {
    const auto format = formatForWriting(path.toStdString());
    if (!format) {
        if (error) *error = tr("%1: no writable format has this extension").arg(path);
        return false;
    }
    try {
        writeFileAtomic(path.toStdString(), writeSchemes(*format, {window_->scheme()}));
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

int ExportActions::saveEpisodeFrames(const QString& directory, QString* error) {
    if (!window_->cursor()) return 0;
    const int length = window_->cursor()->length();
    const int restore = window_->cursor()->position();
    int written = 0;
    // Wide enough for every step number, so the files sort in order.
    const int digits = std::max(3, int(QString::number(length).size()));
    for (int k = 0; k <= length; ++k) {
        window_->seek(k);
        const QString path = QDir(directory).filePath(
            QStringLiteral("step_%1.png").arg(k, digits, 10, QLatin1Char('0')));
        if (!saveViewPng(path, error)) {
            window_->seek(restore);
            return -1;
        }
        ++written;
    }
    window_->seek(restore);
    return written;
}

QString ExportActions::copyScheme(Copy kind) {
    const Scheme& s = window_->scheme();
    std::string text;
    switch (kind) {
        case Copy::Text:
            text = formulasText(s);
            break;
        case Copy::Latex:
            text = latexText(s);
            break;
        case Copy::Cpp:
            text = cppCode(s);
            break;
        case Copy::Python:
            text = pythonCode(s);
            break;
    }
    QString result = QString::fromStdString(text);
    QGuiApplication::clipboard()->setText(result);
    return result;
}

}  // namespace tg
