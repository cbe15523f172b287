// tensorgame: the desktop explorer. See MainWindow for the window; this file only sets up
// OpenGL and the language, reads the command line (LaunchOptions.h), opens the window, does what
// the launch asks (LaunchModes.h: --screenshot, --run, --bench-render, ...) and starts the
// guided tour on the first run.

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <memory>
#include <optional>

#include "GuidedTour.h"
#include "LaunchModes.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "widgets/OpenGLSetup.h"

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    tg::installDefaultSurfaceFormat();  // before the QApplication, see OpenGLSetup.h
    const std::unique_ptr<QCoreApplication> app = tg::makeApplication(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TensorGame Explorer"));
    QApplication::setOrganizationName(QStringLiteral("TensorGame Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(TG_VERSION));
    // The command line's --language, else the preference (View > Language), else the system's.
    QString language = tg::languageArgument(argc, argv);
    if (language.isEmpty()) language = QSettings().value(tg::languageSettingKey()).toString();
    tg::installTranslations(tg::chooseLanguage(language));

    const std::optional<tg::Launch> launch = tg::readLaunch(*app);
    if (!launch) return 2;
    tg::MainWindow window(launch->no3d ? tg::MainWindow::Rendering::Disabled
                                       : tg::MainWindow::Rendering::Auto);
    if (const auto exitNow = tg::showWindow(window, *launch)) return *exitNow;
    if (const auto status = tg::runLaunchModes(window, *launch, sinceStart)) return *status;
    // Pictures and benchmarks above never see the tour; the first interactive start does.
    if (!launch->noTour) tg::GuidedTour::startIfFirstRun(&window);
    return QApplication::exec();
}
