#pragma once
// Every command declares its options once, in a table of OptionSpec (name, value type, range,
// default, help text). parseCommand builds the QCommandLineParser (and so the --help text) from
// that table and converts and range-checks every value by it, so that a bad value is refused with
// a message that names the option and what it takes:
//   tensorgame-cli: search: --threads must be an integer from 1 to 256, not 'abc'
// The commands then read typed values (Options::get) and never parse numbers themselves.
#include <QStringList>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/io/SchemeFormat.h"
#include "core/tensor/Field.h"
#include "core/tensor/TensorSize.h"

namespace tg::cli {

enum class ValueType {
    Flag,          // no value: given or not
    Text,          // any text: a file, a scheme, a model
    Integer,       // a whole number in [min, max]
    Seed,          // a whole number 0..2^64-1
    SeedList,      // whole numbers 0..2^64-1, comma-separated
    Real,          // a finite number in [min, max] (or (min, max] with kAboveMin)
    Size,          // n,m,p, each 1..16
    Field,         // a field whose name is one of `choices` ("Z2|Z"); aliases such as GF2 too
    Coefficients,  // a coefficient set whose name is one of `choices` ("mod2|-1..1|-2..2")
    Choice,        // exactly one of `choices` ("flip|mcts")
    Format,        // a format that can be written (convert --format)
};

enum OptionFlag : unsigned {
    kRequired = 1,    // the command cannot run without it (an empty value counts as missing)
    kRepeatable = 2,  // may be given several times; its default lists values separated by spaces
    kAboveMin = 4,    // Real: the value must be greater than min, not equal to it
};

// The largest `max` an int-valued option can have (so that get<int> never truncates).
inline constexpr double kIntMax = std::numeric_limits<int>::max();
inline constexpr double kNoMax = std::numeric_limits<double>::infinity();

struct OptionSpec {
    const char* name;                    // without dashes: "threads"
    ValueType type = ValueType::Flag;    // what the value must be
    const char* valueName = nullptr;     // shown in the help: --threads <T>
    const char* defaultValue = nullptr;  // taken when the option is not given
    double min = 0;                      // Integer, Real
    double max = kNoMax;                 // Integer, Real
    const char* choices = nullptr;       // Field, Coefficients, Choice: names separated by '|'
    unsigned flags = 0;                  // OptionFlag
    const char* help = "";               // QT_TRANSLATE_NOOP("cli", ...): translated at use
};

struct PositionalSpec {
    const char* name;         // "SCHEME"
    const char* help;         // QT_TRANSLATE_NOOP("cli", ...)
    const char* syntax = "";  // "SCHEME...", or empty for the name itself
};

struct CommandSpec {
    const char* name;         // as messages name it: "search", "bench flips"
    const char* description;  // QT_TRANSLATE_NOOP("cli", ...): the head of --help
    std::span<const PositionalSpec> positionals;
    std::span<const OptionSpec> options;
};

using OptionValue = std::variant<bool, long long, std::uint64_t, double, QString, TensorSize, Field,
                                 CoefficientSet, SchemeFormat, std::vector<std::uint64_t>>;

// The parsed command line: every option's values (given or default), converted by the table.
// Asking for an option the table does not declare, or for the wrong type, is a bug: it throws
// std::logic_error or std::bad_variant_access (main reports those as internal errors).
class Options {
  public:
    // Given on the command line (not only defaulted).
    [[nodiscard]] bool isSet(std::string_view name) const { return given_.contains(name); }
    // Given or defaulted.
    [[nodiscard]] bool has(std::string_view name) const { return !values(name).empty(); }

    // The value (the last one when given several times). T may be any integer type for Integer
    // options: the table's range guarantees that it fits.
    template <class T>
    [[nodiscard]] T get(std::string_view name) const {
        const std::vector<OptionValue>& all = values(name);
        if (all.empty()) throw std::logic_error("option without a value: " + std::string(name));
        return cast<T>(all.back());
    }
    template <class T>
    [[nodiscard]] std::optional<T> find(std::string_view name) const {
        return has(name) ? std::optional<T>(get<T>(name)) : std::nullopt;
    }
    template <class T>
    [[nodiscard]] std::vector<T> all(std::string_view name) const {
        std::vector<T> out;
        for (const OptionValue& v : values(name)) out.push_back(cast<T>(v));
        return out;
    }
    // Text options: the value, or an empty string when there is none.
    [[nodiscard]] QString text(std::string_view name) const {
        return find<QString>(name).value_or(QString());
    }
    [[nodiscard]] const QStringList& positional() const { return positional_; }

  private:
    friend std::optional<Options> parseCommand(const CommandSpec&, const QStringList&, int&);

    template <class T>
    static T cast(const OptionValue& v) {
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> &&
                      !std::is_same_v<T, std::uint64_t>)
            return static_cast<T>(std::get<long long>(v));
        else
            return std::get<T>(v);
    }
    [[nodiscard]] const std::vector<OptionValue>& values(std::string_view name) const;

    std::map<std::string, std::vector<OptionValue>, std::less<>> values_;
    std::set<std::string, std::less<>> given_;
    QStringList positional_;
};

// Parses `args` (the command's name first) by `command`'s table: prints the help for --help,
// refuses unknown options and bad values (naming the option and what it takes). Returns nothing
// when the command should end at once with `exitCode` (kOk after help, kBadInput otherwise).
[[nodiscard]] std::optional<Options> parseCommand(const CommandSpec& command,
                                                  const QStringList& args, int& exitCode);

// A command's entry point: parses `args` by `command`'s table and runs `execute` on the options.
// Returns what `execute` returns, or parseCommand's exit code when the command ends at once.
//   int runList(const QStringList& args) { return runCommand(kCommand, args, execute); }
template <class Execute>
int runCommand(const CommandSpec& command, const QStringList& args, Execute&& execute) {
    int exitCode = 0;  // set by parseCommand when it returns nothing
    const std::optional<Options> options = parseCommand(command, args, exitCode);
    return options ? execute(*options) : exitCode;
}

// The value `args` gives option `name`, parsed by the union of `tables` but neither checked nor
// acted on (no help, no errors): what a command that routes on an option (search --engine) reads
// before it knows which table is the command's. Empty when not given.
[[nodiscard]] QString peekOption(std::initializer_list<std::span<const OptionSpec>> tables,
                                 const QStringList& args, const QString& name);

}  // namespace tg::cli
