#pragma once
// Runs the real tensorgame-cli binary (TG_CLI_PATH) the way a script would and keeps its exit
// status and output, for the tests that drive the command line.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace tg::testing {

struct CliRun {
    int exitCode = -1;  // -1: did not finish in time; -2: crashed
    QString out;
    QString err;

    [[nodiscard]] QStringList lines() const { return out.split('\n', Qt::SkipEmptyParts); }
    // The JSON object on the last line of stdout (the --json contract of search and verify).
    [[nodiscard]] QJsonObject lastJson() const {
        const QStringList all = lines();
        return all.isEmpty() ? QJsonObject()
                             : QJsonDocument::fromJson(all.last().toUtf8()).object();
    }
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(TG_CLI_PATH, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace tg::testing
