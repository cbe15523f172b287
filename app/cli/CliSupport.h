#pragma once
// What every CLI command shares: exit codes, option parsing, loading sources with a clear error.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/SchemeFormat.h"
#include "core/io/SchemeSource.h"

namespace tg::cli {

// The translation context of the CLI's texts ("cli"); lupdate reads it from here. Every message
// the CLI itself prints goes through it (core's messages, e.what(), are English).
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

enum ExitCode : int {
    kOk = 0,        // everything asked for holds (all schemes valid, target reached)
    kNotValid = 1,  // a scheme is not valid (or a search ran out of time)
    kBadInput = 2,  // bad usage or unreadable input, or a search that failed (its error said)
};

// Runs the parser on `args` (command name first); prints help or errors. Returns false when the
// command should exit with `exitCode` (help shown, or a usage error).
bool parseOrExit(QCommandLineParser& parser, const QStringList& args, int& exitCode);

// Loads each source; prints "tensorgame-cli: MESSAGE" to stderr for those that fail.
// `failed` is set when any source could not be loaded.
std::vector<LoadedScheme> loadAll(const QStringList& sources, bool& failed);

// The format --out's extension names (the project's JSON when `out` is empty); says so and
// returns nothing when the extension names none or the file's folder cannot take it.
std::optional<SchemeFormat> outFormat(std::string_view command, const std::string& out);

// Whether the folder of `path` exists and can be written to (an empty path asks nothing); says
// which when not. Checked before a search starts, so that hours of work are not lost to a typo.
bool folderCanTake(std::string_view command, const std::string& path);

void printError(const std::string& message);
// Prints "tensorgame-cli: COMMAND: MESSAGE" to stderr (`message` translated: Cli::tr).
void printError(std::string_view command, const QString& message);
// printError(command, message), then kBadInput: `return fail("search", Cli::tr("..."));`.
[[nodiscard]] int fail(std::string_view command, const QString& message);

}  // namespace tg::cli
