#include <QCommandLineParser>
#include <QCoreApplication>
#include <iostream>
#include <limits>

#include "CliSupport.h"
#include "Commands.h"
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

}  // namespace

int runVerify(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Verify schemes exactly. Without --field each scheme is checked in the field its "
        "source says (Z, Q or Z2); all three results are reported."));
    parser.addPositionalArgument("SCHEME", QCoreApplication::translate("cli", "Schemes to verify."),
                                 "SCHEME...");
    const QCommandLineOption fieldOpt(
        "field", QCoreApplication::translate("cli", "Check over FIELD: Z, Q or Z2."), "FIELD");
    const QCommandLineOption json(
        "json", QCoreApplication::translate("cli", "One JSON object per scheme per line."));
    const QCommandLineOption noWorkLimit(
        "no-work-limit",
        QCoreApplication::translate(
            "cli",
            "Check even schemes so dense that checking takes minutes (by default such a "
            "scheme is reported as not checked, exit status 2)."));
    parser.addOption(fieldOpt);
    parser.addOption(json);
    parser.addOption(noWorkLimit);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;

    std::optional<Field> field;
    if (parser.isSet(fieldOpt)) {
        field = parseField(parser.value(fieldOpt).toStdString());
        if (!field) {
            printError("verify: --field must be Z, Q or Z2, not '" +
                       parser.value(fieldOpt).toStdString() + "'");
            return kBadInput;
        }
    }
    if (parser.positionalArguments().isEmpty()) {
        printError("verify: name at least one SCHEME");
        return kBadInput;
    }

    bool failed = false;
    bool allValid = true;
    for (const QString& src : parser.positionalArguments()) {
        // One source at a time keeps memory bounded when a source holds many schemes.
        for (const LoadedScheme& l : loadAll({src}, failed)) {
            const Field checked = field.value_or(l.scheme.field);
            const auto reports = verifyAll(l.scheme, parser.isSet(noWorkLimit)
                                                         ? std::numeric_limits<std::int64_t>::max()
                                                         : kVerifyWorkLimit);
            const VerifyReport& r = reports[checked == Field::Z ? 0 : checked == Field::Q ? 1 : 2];
            allValid = allValid && r.valid;
            // Not checked is not "not valid": it is a refusal, said on stderr.
            if (r.tooMuchWork) {
                printError(l.source + ": " + r.reason);
                failed = true;
            }
            if (parser.isSet(json)) {
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

}  // namespace tg::cli
