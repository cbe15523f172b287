#pragma once
// The command line of the desktop explorer: its options with their translated help, and what
// they ask for, checked (Launch). LaunchModes.h does what a launch asks; main.cpp ties the two.
#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <memory>
#include <optional>

#include "widgets/SceneContent.h"

namespace tg {

// What the command line asks for, checked.
struct Launch {
    QString spec = QStringLiteral("builtin:strassen");
    std::optional<int> step;
    std::optional<QSize> size;
    std::optional<ViewMode> view;
    QString screenshot;
    bool bench = false;
    bool benchMemory = false;
    int frames = 120;
    bool no3d = false;
    bool noTour = false;
    bool flipGraph = false;
    QString searchPath;
    QString runSizes;      // --run
    bool compare = false;  // --compare
    [[nodiscard]] bool pictureOnly() const { return bench || benchMemory || !screenshot.isEmpty(); }
};

// The value of --language (or --language=CODE), read before the parser exists: the parser's own
// texts (--help) must already be translated.
[[nodiscard]] QString languageArgument(int argc, char** argv);
// A QApplication with the window icon, or a QCoreApplication for --help and --version.
[[nodiscard]] std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);
// Parses the command line of `app` (--help and --version print and exit here); none, the
// error printed, when it is wrong.
[[nodiscard]] std::optional<Launch> readLaunch(QCoreApplication& app);
// "tensorgame: MESSAGE" on stderr: how every launch mode reports what went wrong.
void printError(const QString& message);

}  // namespace tg
