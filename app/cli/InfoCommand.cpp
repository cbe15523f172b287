#include <QCoreApplication>
#include <iostream>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "core/io/Formula.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Rational.h"
#include "core/tensor/Stability.h"
#include "core/tensor/Verification.h"

namespace tg::cli {

namespace {

// Sharing subexpressions divides coefficients by one another, which can overflow 64-bit parts
// for large legal coefficients (2^62 and fractions): that count is then unknown, and the other
// lines of the description still hold.
// The greedy sharing pass is quadratic in the form sizes: past a work budget (a dense
// <16,16,16> of rank 400, say) info says so instead of running for minutes.
std::string additionsWithSharingText(const Scheme& s) {
    try {
        const auto n = additionsWithSharingWithin(s);
        return n ? std::to_string(*n)
                 : std::string("not counted (too much work for a quick answer)");
    } catch (const ArithmeticOverflow&) {
        return "too large to count";
    }
}

constexpr PositionalSpec kPositionals[] = {
    {"SCHEME", QT_TRANSLATE_NOOP("cli", "Schemes to describe."), "SCHEME..."}};

constexpr CommandSpec kCommand{
    "info",
    QT_TRANSLATE_NOOP(
        "cli", "Describe schemes: size, rank, field, cost, validity, products and entries of C."),
    kPositionals,
    {}};

int execute(const Options& options) {
    if (options.positional().isEmpty())
        return fail(kCommand.name, Cli::tr("name at least one SCHEME"));
    bool failed = false;
    const auto loaded = loadAll(options.positional(), failed);
    for (const LoadedScheme& l : loaded) {
        const Scheme& s = l.scheme;
        const Cost c = cost(s);
        const auto reports = verifyAll(s);
        std::cout << l.source << '\n'
                  << "  name:            " << (s.name.empty() ? "-" : s.name) << '\n'
                  << "  size:            " << s.size.toString() << " (A " << s.size.n << "x"
                  << s.size.m << ", B " << s.size.m << "x" << s.size.p << ")\n"
                  << "  rank:            " << s.rank()
                  << " (naive: " << s.size.n * s.size.m * s.size.p << ")\n"
                  << "  field:           " << fieldName(s.field) << '\n'
                  << "  additions:       " << c.additions << " (straightforward evaluation), "
                  << additionsWithSharingText(s) << " (sharing common subexpressions)\n"
                  << "  scalings:        " << c.scalings << '\n'
                  << "  stability:       " << stabilityFactorText(s)
                  << " (factor e of Bini-Lotti and Ballard et al. 2016: max over entries of C of "
                     "sum |w| |u|_1 |v|_1)\n";
        if (l.statedAdditions)
            std::cout << "  stated additions: " << *l.statedAdditions
                      << " (the file's own evaluation with shared subexpressions)\n";
        for (const VerifyReport& r : reports)
            std::cout << "  " << describe(s.size, r).substr(0, 200) << '\n';
        if (!s.description.empty()) std::cout << "  about:           " << s.description << '\n';
        if (l.episode) std::cout << "  episode:         " << l.episode->length() << " moves\n";
        std::cout << "  products:\n";
        for (int r = 0; r < s.rank(); ++r)
            std::cout << "    " << productFormula(s.size, s.terms[std::size_t(r)], r) << '\n';
        std::cout << "  entries of C:\n";
        for (const std::string& e : entryFormulas(s)) std::cout << "    " << e << '\n';
    }
    return failed ? kBadInput : kOk;
}

}  // namespace

int runInfo(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
