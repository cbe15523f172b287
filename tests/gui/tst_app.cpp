// The tensorgame executable as scripts and docs use it: --screenshot under Xvfb, and on a Qt
// platform without OpenGL widgets, where it must show its panels instead of crashing.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "PixelCounts.h"

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString errors;
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
        QCOMPARE(tg::test::countAnyPaletteShade(image), 0);
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
