// tensorgame-cli lift: Hensel lifting of schemes valid mod 2 to schemes valid over Z (or Q with
// odd denominators), each result verified exactly; says so when no lift exists.
#include <QCoreApplication>
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/io/FileIO.h"
#include "core/io/SchemeFormat.h"
#include "core/search/HenselLift.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

constexpr PositionalSpec kPositionals[] = {
    {"SCHEME", QT_TRANSLATE_NOOP("cli", "Schemes valid mod 2."), "SCHEME..."}};

constexpr OptionSpec kOptions[] = {
    outOption(QT_TRANSLATE_NOOP(
        "cli", "Write the lifted schemes to FILE (format from the extension; several need .npz).")),
    integerOption("bits", "N", "40", 2, 60,
                  QT_TRANSLATE_NOOP("cli",
                                    "Hensel steps, i.e. precision 2^N before rational "
                                    "reconstruction (2..60, default 40).")),
    integerOption("gauges", "N", "4", 1, 1000,
                  QT_TRANSLATE_NOOP("cli",
                                    "Choices of free coefficients to try when the first gives no "
                                    "lift (default 4).")),
    seedOption(QT_TRANSLATE_NOOP("cli", "Seed for the gauges after the first (default 1).")),
    perSchemeJsonOption(),
};

constexpr CommandSpec kCommand{
    "lift",
    QT_TRANSLATE_NOOP("cli",
                      "Lift schemes valid mod 2 to schemes valid over Z (or over Q with odd "
                      "denominators) by Hensel lifting: one linear system over GF(2) per bit, "
                      "then rational reconstruction; every lift is verified exactly. When the "
                      "system mod 4 has no solution, no lift exists, and the command says so. "
                      "Exit status: 0 all lifted, 1 some did not lift, 2 bad input."),
    kPositionals, kOptions};

search::HenselLiftResult liftOne(const Scheme& scheme, const search::HenselLiftOptions& options) {
    if (verify(scheme, Field::Z).valid && scheme.isReducibleMod2()) {
        // Already a scheme over Z: nothing to lift (reported as a lift of 0 steps).
        search::HenselLiftResult r;
        r.status = search::HenselLiftResult::Status::Lifted;
        r.scheme = scheme;
        r.scheme->field = Field::Z;
        r.field = Field::Z;
        return r;
    }
    return search::henselLift(scheme, options);
}

void printLift(bool json, const LoadedScheme& l, const search::HenselLiftResult& r) {
    if (!json) {
        std::cout << l.source << ": " << l.scheme.size.toString() << " rank " << l.scheme.rank()
                  << ": " << r.describe() << '\n';
        return;
    }
    nlohmann::json j{
        {"source", l.source},       {"size", l.scheme.size.toString()},
        {"rank", l.scheme.rank()},  {"status", search::henselStatusName(r.status)},
        {"lifted", r.lifted()},     {"field", r.lifted() ? fieldName(r.field) : std::string()},
        {"steps", r.stepsDone},     {"unknowns", r.unknowns},
        {"equations", r.equations}, {"kernel_dim", r.kernelDim},
        {"gauges", r.gaugesTried},  {"max_coefficient", r.maxAbsCoefficient},
        {"message", r.describe()}};
    if (r.status == search::HenselLiftResult::Status::StepFailed) j["failed_step"] = r.failedStep;
    std::cout << j.dump() << '\n';
}

int execute(const Options& parsed) {
    search::HenselLiftOptions options;
    options.bits = parsed.get<int>("bits");
    options.gauges = parsed.get<int>("gauges");
    options.seed = parsed.get<std::uint64_t>("seed");
    if (parsed.positional().isEmpty())
        return fail(kCommand.name, Cli::tr("name at least one SCHEME"));
    const std::string out = parsed.text("out").toStdString();
    const auto format = outFormat(kCommand.name, out);
    if (!format) return kBadInput;

    bool failed = false;
    bool allLifted = true;
    std::vector<Scheme> lifted;
    for (const QString& src : parsed.positional()) {
        for (const LoadedScheme& l : loadAll({src}, failed)) {
            const search::HenselLiftResult r = liftOne(l.scheme, options);
            allLifted = allLifted && r.lifted();
            if (r.lifted()) lifted.push_back(*r.scheme);
            printLift(parsed.isSet("json"), l, r);
        }
    }
    if (!out.empty() && !lifted.empty()) {
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

}  // namespace

int runLift(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
