// tensorgame: the desktop explorer. See MainWindow for the window; this file only reads the
// command line, sets up OpenGL and, with --screenshot, saves a picture of the window and exits.

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>
#include <QWindow>
#include <cstdio>

#include "MainWindow.h"
#include "widgets/OpenGLSetup.h"

namespace {

void printError(const QString& message) {
    std::fprintf(stderr, "tensorgame: %s\n", qPrintable(message));
}

// Waits until the window is on screen and painted, then saves it. grab() includes the
// QOpenGLWidget's framebuffer in Qt 6.
int saveScreenshot(tg::MainWindow& window, const QString& path) {
    QElapsedTimer clock;
    clock.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) &&
           clock.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    // A few more rounds for layouts, the first paint and the queued signals it may cause.
    for (int i = 0; i < 10; ++i) QApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!window.grab().save(path, "PNG")) {
        printError(QApplication::translate("main", "cannot write %1").arg(path));
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    tg::installDefaultSurfaceFormat();  // before the QApplication, see OpenGLSetup.h
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TensorGame Explorer"));
    QApplication::setOrganizationName(QStringLiteral("TensorGame Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(TG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Explore matrix-multiplication tensors and fast schemes step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("SCHEME"),
        QApplication::translate("main",
                                "A scheme or episode: a project JSON file, or builtin:KEY such "
                                "as builtin:laderman or builtin:naive:3,3,3 (default: "
                                "builtin:strassen)."),
        QStringLiteral("[SCHEME]"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  QApplication::translate("main", "Show the state after K moves."),
                                  QStringLiteral("K"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG picture of the window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size, e.g. 1200x800."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption no3d(
        QStringLiteral("no-3d"),
        QApplication::translate("main", "Do not use OpenGL: show the panels without the 3D view."));
    parser.addOptions({step, screenshot, size, no3d});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(QApplication::translate("main", "name at most one SCHEME"));
        return 2;
    }
    const QString spec = positional.isEmpty() ? QStringLiteral("builtin:strassen") : positional[0];
    const bool screenshotMode = parser.isSet(screenshot);

    tg::MainWindow window(parser.isSet(no3d) ? tg::MainWindow::Rendering::Disabled
                                             : tg::MainWindow::Rendering::Auto);
    if (!screenshotMode) window.restoreSettings();
    if (parser.isSet(size)) {
        const auto match =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!match.hasMatch()) {
            printError(QApplication::translate("main", "--size wants WxH, e.g. 1200x800"));
            return 2;
        }
        window.resize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    QString error;
    if (!window.openSource(spec, &error)) {
        if (screenshotMode) {
            printError(error);
            return 1;
        }
        QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open"), error);
        window.openSource(QStringLiteral("builtin:strassen"));
    }
    if (parser.isSet(step)) {
        bool ok = false;
        const int k = parser.value(step).toInt(&ok);
        if (!ok || k < 0) {
            printError(QApplication::translate("main", "--step wants a number of moves"));
            return 2;
        }
        window.seek(k);
    }
    window.show();
    if (screenshotMode) return saveScreenshot(window, parser.value(screenshot));
    return QApplication::exec();
}
