#pragma once
// The options several commands share, declared once: each command's table (CliOptions.h) lists
// them by these functions, with its own help text, default or range only where those really
// differ. They are constexpr, so that the tables stay constant (filled in at compile time, before
// any other static initialiser can look at them); hence here, in the header, not in a .cpp.
// Help texts are QT_TRANSLATE_NOOP("cli", ...), here or at the call, so that lupdate finds every
// one and the table translates it at use.
#include "CliOptions.h"

namespace tg::cli {

// The generic entries: their arguments follow OptionSpec's fields (the help text before those
// that most options leave at their defaults).
constexpr OptionSpec flagOption(const char* name, const char* help) {
    return {.name = name, .help = help};
}
// An option that takes one value of `type` (no range: not Integer or Real with bounds), given
// `defaultValue` (nullptr: none) when not given; `choices` for Field, Coefficients and Choice.
constexpr OptionSpec valueOption(const char* name, ValueType type, const char* valueName,
                                 const char* defaultValue, const char* help, unsigned flags = 0,
                                 const char* choices = nullptr) {
    return {.name = name,
            .type = type,
            .valueName = valueName,
            .defaultValue = defaultValue,
            .choices = choices,
            .flags = flags,
            .help = help};
}
constexpr OptionSpec textOption(const char* name, const char* valueName, const char* help,
                                unsigned flags = 0) {
    return valueOption(name, ValueType::Text, valueName, nullptr, help, flags);
}
// An Integer option; `defaultValue` may be nullptr (no default: the command asks has()).
constexpr OptionSpec integerOption(const char* name, const char* valueName,
                                   const char* defaultValue, double min, double max,
                                   const char* help) {
    return {.name = name,
            .type = ValueType::Integer,
            .valueName = valueName,
            .defaultValue = defaultValue,
            .min = min,
            .max = max,
            .help = help};
}

// --size n,m,p: one size, or (kRepeatable) several, their default separated by spaces.
constexpr OptionSpec sizeOption(const char* help, const char* defaultValue = nullptr,
                                unsigned flags = 0) {
    return valueOption("size", ValueType::Size, "n,m,p", defaultValue, help, flags);
}
// --size of the commands that cannot run without one.
constexpr OptionSpec requiredSizeOption() {
    return sizeOption(QT_TRANSLATE_NOOP("cli", "Matrix sizes n,m,p."), nullptr, kRequired);
}
// --size of a benchmark: the sizes to measure, one after another.
constexpr OptionSpec sizesToMeasureOption(const char* defaultValue, const char* help) {
    return sizeOption(help, defaultValue, kRepeatable);
}
// --size of the benchmarks of the agent and its network (bench mcts, bench nn).
constexpr OptionSpec agentSizesToMeasureOption() {
    return sizesToMeasureOption(
        "2,2,2 3,3,3",
        QT_TRANSLATE_NOOP("cli", "Sizes to measure (repeatable; default 2,2,2 and 3,3,3)."));
}

// --field, by default Z2 or Z and Z2 when not given.
constexpr OptionSpec fieldOption(const char* help = QT_TRANSLATE_NOOP(
                                     "cli", "Z2 (mod 2, default) or Z (coefficients -1, 0, 1)."),
                                 const char* defaultValue = "Z2", const char* choices = "Z2|Z",
                                 unsigned flags = 0) {
    return valueOption("field", ValueType::Field, "FIELD", defaultValue, help, flags, choices);
}

// --coefficients, one of the three sets, mod2 when not given.
constexpr OptionSpec coefficientsOption(
    const char* help = QT_TRANSLATE_NOOP("cli", "Coefficient set: mod2 (default), -1..1 or -2..2."),
    const char* defaultValue = "mod2") {
    return valueOption("coefficients", ValueType::Coefficients, "SET", defaultValue, help, 0,
                       "mod2|-1..1|-2..2");
}

// --target-rank R of a search (0: none).
constexpr OptionSpec targetRankOption(
    const char* help = QT_TRANSLATE_NOOP("cli", "Stop when this rank is reached."),
    const char* defaultValue = "0", double min = 0) {
    return integerOption("target-rank", "R", defaultValue, min, kIntMax, help);
}

// --time-limit SEC of a search or a training (0: none, or the command's own rule).
constexpr OptionSpec timeLimitOption(
    const char* help =
        QT_TRANSLATE_NOOP("cli", "Stop after SEC seconds (default: none with a target, else 10)."),
    const char* defaultValue = "0", unsigned flags = 0) {
    return valueOption("time-limit", ValueType::Real, "SEC", defaultValue, help, flags);
}

// --seed N, 1 when not given.
constexpr OptionSpec seedOption(const char* help = QT_TRANSLATE_NOOP("cli",
                                                                     "Random seed (default 1).")) {
    return valueOption("seed", ValueType::Seed, "N", "1", help);
}

// --threads T, 1 to 256.
constexpr OptionSpec threadsOption(const char* help, const char* defaultValue = "1") {
    return integerOption("threads", "T", defaultValue, 1, 256, help);
}
// --threads of the commands that run the network (train, bench nn).
constexpr OptionSpec libTorchThreadsOption() {
    return threadsOption(QT_TRANSLATE_NOOP("cli", "LibTorch threads (default 1)."));
}

// --seconds SEC of a benchmark: how long each measurement runs (above 0, at most an hour).
constexpr OptionSpec measureSecondsOption(const char* defaultValue, const char* help) {
    return {.name = "seconds",
            .type = ValueType::Real,
            .valueName = "SEC",
            .defaultValue = defaultValue,
            .max = 3600,
            .flags = kAboveMin,
            .help = help};
}

// --model MODEL: a model file, or 'uniform'.
constexpr OptionSpec modelOption(const char* help) {
    return textOption("model", "MODEL", help);
}

// --from SCHEME: the scheme a search starts from.
constexpr OptionSpec fromOption(const char* help) {
    return textOption("from", "SCHEME", help);
}

// --out FILE: where the result goes.
constexpr OptionSpec outOption(const char* help = QT_TRANSLATE_NOOP(
                                   "cli",
                                   "Write each better scheme to FILE (format from the extension)."),
                               const char* valueName = "FILE", unsigned flags = 0) {
    return textOption("out", valueName, help, flags);
}

// --json: machine-readable output, by default one object after the progress.
constexpr OptionSpec jsonOption(const char* help = QT_TRANSLATE_NOOP(
                                    "cli", "Print one JSON object as the last line of stdout.")) {
    return flagOption("json", help);
}
// --json of a benchmark that prints a line per measurement.
constexpr OptionSpec measurementJsonOption() {
    return jsonOption(QT_TRANSLATE_NOOP("cli", "One JSON object per measurement."));
}
// --json of a command that reports on each scheme it reads.
constexpr OptionSpec perSchemeJsonOption() {
    return jsonOption(QT_TRANSLATE_NOOP("cli", "One JSON object per scheme per line."));
}

// --quiet: no progress lines.
constexpr OptionSpec quietOption() {
    return flagOption("quiet", QT_TRANSLATE_NOOP("cli", "No progress on stderr."));
}

}  // namespace tg::cli
