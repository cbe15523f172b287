#include "LaunchOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QRegularExpression>
#include <cstdio>

#include "i18n/Translations.h"

namespace tg {

namespace {

// The options of the command line, with their translated help.
struct GuiOptions {
    QCommandLineOption step{QStringLiteral("step"),
                            QApplication::translate("main", "Show the state after K moves."),
                            QStringLiteral("K")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG picture of the window to FILE and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption size{QStringLiteral("size"),
                            QApplication::translate("main", "Window size, e.g. 1200x800."),
                            QStringLiteral("WxH")};
    QCommandLineOption no3d{
        QStringLiteral("no-3d"),
        QApplication::translate("main", "Do not use OpenGL: show the panels without the 3D view.")};
    QCommandLineOption open{
        QStringLiteral("open"),
        QApplication::translate("main", "The scheme to open (the same as the SCHEME argument)."),
        QStringLiteral("SCHEME")};
    QCommandLineOption view{
        QStringLiteral("view"),
        QApplication::translate(
            "main", "What the 3D view shows: target, residual, term, overlay or gallery."),
        QStringLiteral("VIEW")};
    QCommandLineOption benchRender{
        QStringLiteral("bench-render"),
        QApplication::translate("main",
                                "Orbit the camera around SCHEME and print the time per frame and "
                                "the time to the first frame, then exit."),
        QStringLiteral("SCHEME")};
    QCommandLineOption benchMemory{
        QStringLiteral("bench-memory"),
        QApplication::translate("main",
                                "Open SCHEME, print the peak memory, what holds it and whether "
                                "LibTorch is loaded, then exit.")};
    QCommandLineOption frames{
        QStringLiteral("frames"),
        QApplication::translate("main", "Frames for --bench-render (default 120)."),
        QStringLiteral("N"), QStringLiteral("120")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QApplication::translate("main",
                                "Use this language (en or ru) instead of the one chosen in View > "
                                "Language or the system's."),
        QStringLiteral("CODE")};
    QCommandLineOption noTour{
        QStringLiteral("no-tour"),
        QApplication::translate("main", "Do not start the guided tour on the first run.")};
    QCommandLineOption flipGraph{
        QStringLiteral("flip-graph"),
        QApplication::translate("main",
                                "Open Search > Flip Graph with a flip search's walk drawn on it "
                                "(with --screenshot, the picture is of that window).")};
    QCommandLineOption searchPath{
        QStringLiteral("search-path"),
        QApplication::translate("main",
                                "Replay a search's recorded path (tensorgame-cli search --path "
                                "FILE) in the flip-graph window's Walk page."),
        QStringLiteral("FILE")};
    QCommandLineOption run{QStringLiteral("run"),
                           QApplication::translate(
                               "main",
                               "Run the scheme on matrices of these sizes in the Run panel, "
                               "e.g. 64,128,256 (with --screenshot, the picture follows the run)."),
                           QStringLiteral("SIZES")};
    QCommandLineOption compare{
        QStringLiteral("compare"),
        QApplication::translate("main",
                                "Open View > Compare Schemes on the schemes of the size on show "
                                "and wait for its measurements (with --screenshot, the picture "
                                "is of that dialog).")};

    void addTo(QCommandLineParser& parser) const {
        parser.setApplicationDescription(QApplication::translate(
            "main", "Explore matrix-multiplication tensors and fast schemes step by step."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("SCHEME"),
            QApplication::translate(
                "main",
                "A scheme or episode: a file in any readable format (project or "
                "FastMatrixMultiplication JSON, .exp, .m, .mpl, .txt, .npz), "
                "FILE.npz#n,m,p, or builtin:KEY such as builtin:laderman or "
                "builtin:naive:3,3,3 (default: builtin:strassen)."),
            QStringLiteral("[SCHEME]"));
        parser.addOptions({step, screenshot, size, no3d, open, view, benchRender, benchMemory,
                           frames, language, noTour, flipGraph, run, searchPath, compare});
    }
};

// The launch the command line asks for, or none (the error printed) when it is wrong.
std::optional<Launch> readLaunch(const QCommandLineParser& parser, const GuiOptions& o) {
    Launch launch;
    const QStringList positional = parser.positionalArguments();
    const int named =
        int(positional.size()) + int(parser.isSet(o.open)) + int(parser.isSet(o.benchRender));
    if (named > 1) {
        printError(QApplication::translate("main", "name at most one SCHEME"));
        return std::nullopt;
    }
    if (!positional.isEmpty()) launch.spec = positional[0];
    if (parser.isSet(o.open)) launch.spec = parser.value(o.open);
    if (parser.isSet(o.benchRender)) launch.spec = parser.value(o.benchRender);
    launch.bench = parser.isSet(o.benchRender);
    launch.benchMemory = parser.isSet(o.benchMemory);
    launch.screenshot = parser.value(o.screenshot);
    launch.no3d = parser.isSet(o.no3d);
    launch.noTour = parser.isSet(o.noTour);
    launch.flipGraph = parser.isSet(o.flipGraph);
    launch.searchPath = parser.value(o.searchPath);
    launch.runSizes = parser.value(o.run);
    launch.compare = parser.isSet(o.compare);
    if (parser.isSet(o.view)) {
        launch.view = parseViewMode(parser.value(o.view));
        if (!launch.view) {
            printError(
                QApplication::translate(
                    "main", "--view wants target, residual, term, overlay or gallery, not \"%1\"")
                    .arg(parser.value(o.view)));
            return std::nullopt;
        }
    }
    if (parser.isSet(o.language) && !supportedLanguages().contains(parser.value(o.language))) {
        printError(QApplication::translate("main", "--language wants one of: %1")
                       .arg(supportedLanguages().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    bool ok = false;
    launch.frames = parser.value(o.frames).toInt(&ok);
    if (!ok || launch.frames < 1) {
        printError(QApplication::translate("main", "--frames wants a positive number"));
        return std::nullopt;
    }
    if (parser.isSet(o.size)) {
        const auto match =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(o.size));
        if (!match.hasMatch()) {
            printError(QApplication::translate("main", "--size wants WxH, e.g. 1200x800"));
            return std::nullopt;
        }
        launch.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(o.step)) {
        const int k = parser.value(o.step).toInt(&ok);
        if (!ok || k < 0) {
            printError(QApplication::translate("main", "--step wants a number of moves"));
            return std::nullopt;
        }
        launch.step = k;
    }
    return launch;
}

}  // namespace

QString languageArgument(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--language" && i + 1 < argc) return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--language=")) return QString::fromLocal8Bit(a.mid(11));
    }
    return {};
}

void printError(const QString& message) {
    std::fprintf(stderr, "tensorgame: %s\n", qPrintable(message));
}

// --help and --version must work without a display: a QApplication would abort in the platform
// plugin first, so those two get a QCoreApplication, which is all they need.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    bool textOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        textOnly = textOnly || a == "-h" || a == "--help" || a == "--help-all" || a == "-v" ||
                   a == "--version";
    }
    if (textOnly) return std::make_unique<QCoreApplication>(argc, argv);
    auto app = std::make_unique<QApplication>(argc, argv);
    QIcon icon;
    for (int px : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/tensorgame-%1.png").arg(px), QSize(px, px));
    QApplication::setWindowIcon(icon);
    return app;
}

std::optional<Launch> readLaunch(QCoreApplication& app) {
    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    parser.process(app);
    return readLaunch(parser, options);
}

}  // namespace tg
