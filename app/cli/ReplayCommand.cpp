#include <QCoreApplication>
#include <iostream>

#include "CliOptions.h"
#include "CliSupport.h"
#include "Commands.h"
#include "CommonOptions.h"
#include "core/game/ReplayCursor.h"
#include "core/io/Formula.h"
#include "core/io/ReportJson.h"

namespace tg::cli {

namespace {

void printStep(const Episode& e, const StepFacts& f, const Move* move) {
    std::cout << "step " << f.step << "/" << e.length();
    if (move)
        std::cout << "  [" << actorName(move->actor) << "] "
                  << productFormula(e.size, move->term, f.step - 1);
    std::cout << "\n    residual nonzeros " << f.residualNonZeros << ", flattening ranks "
              << f.flatteningRanks[0] << "/" << f.flatteningRanks[1] << "/" << f.flatteningRanks[2]
              << " (at least " << f.rankLowerBound << " more products)";
    std::string complete;
    for (int i = 0; i < e.size.n; ++i)
        for (int k = 0; k < e.size.p; ++k)
            if (f.completeC[std::size_t(e.size.cIndex(i, k))])
                complete += " " + e.size.cLabel(e.size.cIndex(i, k));
    if (!complete.empty()) std::cout << "\n    complete:" << complete;
    if (f.solved) std::cout << "\n    solved: the residual is zero";
    std::cout << '\n';
}

constexpr PositionalSpec kPositionals[] = {
    {"SOURCE", QT_TRANSLATE_NOOP("cli", "A scheme or an episode.")}};

constexpr OptionSpec kOptions[] = {
    jsonOption(QT_TRANSLATE_NOOP("cli", "One JSON object per step.")),
};

constexpr CommandSpec kCommand{
    "replay",
    QT_TRANSLATE_NOOP("cli",
                      "Play a scheme or a recorded episode move by move from the target tensor, "
                      "showing what is left after each step."),
    kPositionals, kOptions};

int execute(const Options& options) {
    if (options.positional().size() != 1)
        return fail(kCommand.name, Cli::tr("name exactly one SCHEME or EPISODE"));
    bool failed = false;
    const auto loaded = loadAll(options.positional(), failed);
    if (failed) return kBadInput;
    bool allSolved = true;
    for (const LoadedScheme& l : loaded) {
        ReplayCursor cursor(episodeOf(l));
        const Episode& e = cursor.episode();
        while (true) {
            const StepFacts facts = cursor.facts();
            const Move* move = facts.step > 0 ? &e.moves[std::size_t(facts.step - 1)] : nullptr;
            if (options.isSet("json"))
                std::cout << stepJson(e, facts, move) << '\n';
            else
                printStep(e, facts, move);
            if (!cursor.forward()) {
                allSolved = allSolved && facts.solved;
                break;
            }
        }
    }
    return allSolved ? kOk : kNotValid;
}

}  // namespace

int runReplay(const QStringList& args) {
    return runCommand(kCommand, args, execute);
}

}  // namespace tg::cli
