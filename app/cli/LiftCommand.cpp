// tensorgame-cli lift: Hensel lifting of schemes valid mod 2 to schemes valid over Z (or Q with
// odd denominators), each result verified exactly; says so when no lift exists.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliSupport.h"
#include "Commands.h"
#include "core/io/FileIO.h"
#include "core/io/SchemeFormat.h"
#include "core/search/HenselLift.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

int runLift(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Lift schemes valid mod 2 to schemes valid over Z (or over Q with odd denominators) by "
        "Hensel lifting: one linear system over GF(2) per bit, then rational reconstruction; "
        "every lift is verified exactly. When the system mod 4 has no solution, no lift "
        "exists, and the command says so. Exit status: 0 all lifted, 1 some did not lift, "
        "2 bad input."));
    parser.addPositionalArgument("SCHEME", Cli::tr("Schemes valid mod 2."), "SCHEME...");
    const QCommandLineOption outOpt(
        "out",
        Cli::tr("Write the lifted schemes to FILE (format from the extension; several need .npz)."),
        "FILE");
    const QCommandLineOption bitsOpt(
        "bits",
        Cli::tr("Hensel steps, i.e. precision 2^N before rational reconstruction (2..60, "
                "default 40)."),
        "N", "40");
    const QCommandLineOption gaugesOpt(
        "gauges",
        Cli::tr("Choices of free coefficients to try when the first gives no lift (default 4)."),
        "N", "4");
    const QCommandLineOption seedOpt(
        "seed", Cli::tr("Seed for the gauges after the first (default 1)."), "N", "1");
    const QCommandLineOption jsonOpt("json", Cli::tr("One JSON object per scheme per line."));
    for (const auto* o : {&outOpt, &bitsOpt, &gaugesOpt, &seedOpt, &jsonOpt}) parser.addOption(*o);
    int code = kOk;
    if (!parseOrExit(parser, args, code)) return code;

    bool ok1 = false, ok2 = false, ok3 = false;
    search::HenselLiftOptions options;
    options.bits = parser.value(bitsOpt).toInt(&ok1);
    options.gauges = parser.value(gaugesOpt).toInt(&ok2);
    options.seed = parser.value(seedOpt).toULongLong(&ok3);
    if (!ok1 || options.bits < 2 || options.bits > 60 || !ok2 || options.gauges < 1 ||
        options.gauges > 1000 || !ok3) {
        printError("lift: --bits must be 2..60, --gauges 1..1000, --seed a non-negative number");
        return kBadInput;
    }
    if (parser.positionalArguments().isEmpty()) {
        printError("lift: name at least one SCHEME");
        return kBadInput;
    }
    const std::string out = parser.value(outOpt).toStdString();
    std::optional<SchemeFormat> format;
    if (!out.empty()) {
        format = formatForWriting(out);
        if (!format) {
            printError("lift: cannot tell the format of --out from its extension: " + out);
            return kBadInput;
        }
    }

    bool failed = false;
    bool allLifted = true;
    std::vector<Scheme> lifted;
    for (const QString& src : parser.positionalArguments()) {
        for (const LoadedScheme& l : loadAll({src}, failed)) {
            search::HenselLiftResult r;
            if (verify(l.scheme, Field::Z).valid && l.scheme.isReducibleMod2()) {
                // Already a scheme over Z: nothing to lift (reported as a lift of 0 steps).
                r.status = search::HenselLiftResult::Status::Lifted;
                r.scheme = l.scheme;
                r.scheme->field = Field::Z;
                r.field = Field::Z;
            } else {
                r = search::henselLift(l.scheme, options);
            }
            allLifted = allLifted && r.lifted();
            if (r.lifted()) lifted.push_back(*r.scheme);
            if (parser.isSet(jsonOpt)) {
                nlohmann::json j{{"source", l.source},
                                 {"size", l.scheme.size.toString()},
                                 {"rank", l.scheme.rank()},
                                 {"status", search::henselStatusName(r.status)},
                                 {"lifted", r.lifted()},
                                 {"field", r.lifted() ? fieldName(r.field) : std::string()},
                                 {"steps", r.stepsDone},
                                 {"unknowns", r.unknowns},
                                 {"equations", r.equations},
                                 {"kernel_dim", r.kernelDim},
                                 {"gauges", r.gaugesTried},
                                 {"max_coefficient", r.maxAbsCoefficient},
                                 {"message", r.describe()}};
                if (r.status == search::HenselLiftResult::Status::StepFailed)
                    j["failed_step"] = r.failedStep;
                std::cout << j.dump() << '\n';
            } else {
                std::cout << l.source << ": " << l.scheme.size.toString() << " rank "
                          << l.scheme.rank() << ": " << r.describe() << '\n';
            }
        }
    }
    if (format && !lifted.empty()) {
        try {
            writeFileAtomic(out, writeSchemes(*format, lifted));
        } catch (const std::exception& e) {
            printError(std::string("lift: ") + e.what());
            return kBadInput;
        }
    }
    if (failed) return kBadInput;
    return allLifted ? kOk : kNotValid;
}

}  // namespace tg::cli
