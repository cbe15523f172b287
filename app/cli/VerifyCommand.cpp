#include <QCoreApplication>
#include <iostream>
#include <limits>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/io/ReportJson.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

// describe(), with a note on its first line when 64-bit integers did not suffice: the answer is
// as exact either way, but a reader timing the check or comparing tools should know. English,
// like the rest of describe()'s text, which comes from core.
std::string describeWithArithmetic(const Scheme& s, const VerifyReport& r) {
    std::string text = describe(s.size, r);
    if (!r.arbitraryPrecision) return text;
    const std::size_t eol = text.find('\n');
    return text.insert(eol == std::string::npos ? text.size() : eol,
                       " (checked with arbitrary-precision integers)");
}

constexpr PositionalSpec kPositionals[] = {
    {"SCHEME", QT_TRANSLATE_NOOP("cli", "Schemes to verify."), "SCHEME..."}};

constexpr OptionSpec kOptions[] = {
    fieldOption(QT_TRANSLATE_NOOP("cli", "Check over FIELD: Z, Q or Z2."), nullptr, "Z|Q|Z2"),
    perSchemeJsonOption(),
    flagOption("no-work-limit",
               QT_TRANSLATE_NOOP("cli",
                                 "Check even schemes so dense that checking takes minutes (by "
                                 "default such a scheme is reported as not checked, exit status "
                                 "2).")),
};

constexpr CommandSpec kCommand{
    "verify",
    QT_TRANSLATE_NOOP("cli",
                      "Verify schemes exactly. Without --field each scheme is checked in the "
                      "field its source says (Z, Q or Z2); all three results are reported."),
    kPositionals, kOptions};

int execute(const Options& options) {
    const std::optional<Field> field = options.find<Field>("field");
    if (options.positional().isEmpty())
        return fail(kCommand.name, Cli::tr("name at least one SCHEME"));
    const std::int64_t workLimit = options.isSet("no-work-limit")
                                       ? std::numeric_limits<std::int64_t>::max()
                                       : kVerifyWorkLimit;

    bool failed = false;
    bool allValid = true;
    for (const QString& src : options.positional()) {
        // One source at a time keeps memory bounded when a source holds many schemes.
        for (const LoadedScheme& l : loadAll({src}, failed)) {
            const Field checked = field.value_or(l.scheme.field);
            const auto reports = verifyAll(l.scheme, workLimit);
            const VerifyReport& r = reports[checked == Field::Z ? 0 : checked == Field::Q ? 1 : 2];
            allValid = allValid && r.valid;
            // Not checked is not "not valid": it is a refusal, said on stderr.
            if (r.tooMuchWork) {
                printError(l.source + ": " + r.reason);
                failed = true;
            }
            if (options.isSet("json")) {
                std::cout << verifyJson(l.source, l.scheme, reports, checked) << '\n';
            } else {
                std::cout << l.source << ": " << l.scheme.size.toString() << " rank "
                          << l.scheme.rank() << ": " << describeWithArithmetic(l.scheme, r) << '\n';
            }
        }
    }
    if (failed) return kBadInput;
    return allValid ? kOk : kNotValid;
}

}  // namespace

int runVerify(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
