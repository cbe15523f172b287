// The tensorgame executable as scripts and docs use it: --screenshot under Xvfb, and on a Qt
// platform without OpenGL widgets, where it must show its panels instead of crashing.

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "PixelCounts.h"

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString errors;
    QString output;
};

Run runApp(const QStringList& args,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TG_GUI_PATH), args);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    run.output = QString::fromLocal8Bit(process.readAllStandardOutput());
    return run;
}

}  // namespace

class TestApp : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

  private Q_SLOTS:
    void screenshotShowsTheScheme() {
        const QString path = dir_.filePath(QStringLiteral("strassen.png"));
        const Run run = runApp({QStringLiteral("--screenshot"), path, QStringLiteral("--size"),
                                QStringLiteral("900x600"), QStringLiteral("builtin:strassen"),
                                QStringLiteral("--step"), QStringLiteral("2")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(900, 600));
        // After Strassen's m1 and m2 the residual holds both +1 and -1 entries.
        QVERIFY(tg::test::countShades(image, tg::EntryKind::PlusOne) > 300);
        QVERIFY(tg::test::countShades(image, tg::EntryKind::MinusOne) > 300);
    }

    void platformWithoutOpenGLShowsPanels() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The offscreen platform can make GL contexts (through GLX under Xvfb) but cannot
        // compose OpenGL widgets; the app must notice and keep going without the 3D view.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString path = dir_.filePath(QStringLiteral("offscreen.png"));
        const Run run = runApp({QStringLiteral("--screenshot"), path, QStringLiteral("--size"),
                                QStringLiteral("900x600"), QStringLiteral("builtin:laderman")},
                               env);
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(900, 600));
        // The 2D panels (the factor grids) use the palette too: the picture must hold exactly
        // what the same window shows with the 3D view switched off, and no voxels.
        const QString reference = dir_.filePath(QStringLiteral("no3d.png"));
        const Run plain = runApp({QStringLiteral("--screenshot"), reference,
                                  QStringLiteral("--size"), QStringLiteral("900x600"),
                                  QStringLiteral("--no-3d"), QStringLiteral("builtin:laderman")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.errors));
        const int panels = tg::test::countAnyPaletteShade(QImage(reference));
        QVERIFY(panels > 0);
        QCOMPARE(tg::test::countAnyPaletteShade(image), panels);
    }

    void viewOptionChoosesWhatIsShown() {
        // Laderman after 5 moves: the target has 27 ones, the current term alone far fewer
        // cells, so the picture of the term holds fewer voxel pixels than that of the target.
        int pixels[2] = {0, 0};
        const char* views[2] = {"target", "term"};
        for (int i = 0; i < 2; ++i) {
            const QString path = dir_.filePath(QStringLiteral("view_%1.png").arg(views[i]));
            const Run run = runApp({QStringLiteral("--screenshot"), path, QStringLiteral("--size"),
                                    QStringLiteral("1000x700"), QStringLiteral("--open"),
                                    QStringLiteral("builtin:laderman"), QStringLiteral("--step"),
                                    QStringLiteral("5"), QStringLiteral("--view"),
                                    QString::fromLatin1(views[i])});
            QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
            pixels[i] = tg::test::countAnyPaletteShade(QImage(path));
        }
        QVERIFY2(pixels[0] > 2 * pixels[1],
                 qPrintable(QStringLiteral("%1 vs %2").arg(pixels[0]).arg(pixels[1])));
    }

    void helpAndVersionNeedNoDisplay() {
        // A user on a terminal without X asks for --help: it must print, not abort in Qt's
        // platform plugin.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        Run run = runApp({QStringLiteral("--help")}, env);
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QStringLiteral("--screenshot")), qPrintable(run.output));
        run = runApp({QStringLiteral("--version")}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.output.contains(QStringLiteral("TensorGame Explorer")));
    }

    void badOptionsAreRefused() {
        const QString path = dir_.filePath(QStringLiteral("bad.png"));
        Run run = runApp({QStringLiteral("--screenshot"), path, QStringLiteral("--view"),
                          QStringLiteral("sideways")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errors.contains(QStringLiteral("--view")), qPrintable(run.errors));
        run = runApp({QStringLiteral("--screenshot"), path, QStringLiteral("--open"),
                      QStringLiteral("builtin:strassen"), QStringLiteral("builtin:laderman")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(path));
    }

    void benchRenderPrintsTheTimePerFrame() {
        const Run run =
            runApp({QStringLiteral("--bench-render"), QStringLiteral("builtin:strassen"),
                    QStringLiteral("--frames"), QStringLiteral("10")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        for (const QString& kind : {QStringLiteral("while moving"), QStringLiteral("at rest")}) {
            const auto frame =
                QRegularExpression(QStringLiteral("frame %1[^:]*: median ([0-9.]+) ms, 95th "
                                                  "percentile ([0-9.]+) ms \\((\\d+) frames\\)")
                                       .arg(kind))
                    .match(run.output);
            QVERIFY2(frame.hasMatch(), qPrintable(run.output));
            QVERIFY(frame.captured(1).toDouble() > 0);
            QVERIFY(frame.captured(2).toDouble() >= frame.captured(1).toDouble());
            if (kind == QLatin1String("while moving")) QCOMPARE(frame.captured(3).toInt(), 10);
        }
        QVERIFY(run.output.contains(QStringLiteral("time to first frame: ")));
    }

    // Issue 18: the window at rest on Strassen, without LibTorch, and what holds its memory.
    void benchMemoryPrintsPeakMemory() {
        const Run run =
            runApp({QStringLiteral("--bench-memory"), QStringLiteral("builtin:strassen")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const auto peak = QRegularExpression(QStringLiteral("peak resident memory: ([0-9.]+) MB"))
                              .match(run.output);
        QVERIFY2(peak.hasMatch() && peak.captured(1).toDouble() > 10, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("LibTorch loaded: no")),
                 qPrintable(run.output));
        QVERIFY(run.output.contains(QStringLiteral("Mesa and LLVM")));
    }

    void unreadableSchemeFailsTheScreenshot() {
        const QString path = dir_.filePath(QStringLiteral("none.png"));
        const Run run = runApp(
            {QStringLiteral("--screenshot"), path, QStringLiteral("/nonexistent/scheme.json")});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(QStringLiteral("no such file")), qPrintable(run.errors));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
