#include "SearchOptions.h"

#include <QCoreApplication>

#include "CliSupport.h"
#include "CommonOptions.h"

namespace tg::cli {

namespace {

constexpr OptionSpec kFlipOptions[] = {
    sizeOption(QT_TRANSLATE_NOOP("cli", "Matrix sizes n,m,p (default: those of --from).")),
    valueOption("engine", ValueType::Choice, "ENGINE", "flip",
                QT_TRANSLATE_NOOP("cli",
                                  "Search engine: flip (default) or mcts (the agent; see search "
                                  "--engine mcts --help)."),
                0, "flip|mcts"),
    fieldOption(),
    targetRankOption(),
    timeLimitOption(),
    seedOption(),
    threadsOption(QT_TRANSLATE_NOOP("cli", "Walkers, one per thread (default 1).")),
    fromOption(QT_TRANSLATE_NOOP("cli",
                                 "Start from this scheme instead of the naive one (for cyclic "
                                 "walks: builtin:cyclic-start:n,n,n).")),
    symmetryOption(),
    outOption(),
    textOption("trace", "FILE",
               QT_TRANSLATE_NOOP("cli",
                                 "Write the result as an episode whose moves are the search's to "
                                 "FILE (.json).")),
    textOption("path", "FILE",
               QT_TRANSLATE_NOOP("cli",
                                 "Record the walk and write every flip and reduction that led to "
                                 "the result to FILE (JSON, for replay).")),
    integerOption("max-flips", "N", "0", 0, kNoMax,
                  QT_TRANSLATE_NOOP("cli", "Flip attempts per walker (default: unlimited).")),
    integerOption(
        "plateau", "N", nullptr, 1, kNoMax,
        QT_TRANSLATE_NOOP("cli", "Flip attempts without a reduction before a plus transition.")),
    integerOption("plus-headroom", "K", nullptr, 1, 64,
                  QT_TRANSLATE_NOOP("cli",
                                    "Plus transitions go at most this many ranks above the best "
                                    "(default 1 up to 3x3x3, else 3; 42 for cyclic walks).")),
    integerOption("path-limit", "N", nullptr, 1, kNoMax,
                  QT_TRANSLATE_NOOP(
                      "cli", "Flip attempts without improvement before a restart from the best.")),
    integerOption("pool", "N", nullptr, 0, 100000,
                  QT_TRANSLATE_NOOP("cli",
                                    "Restart from a pool of up to N distinct schemes of the best "
                                    "rank (default: the preset's).")),
    integerOption("plus-quiet", "N", nullptr, 0, kNoMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Flips without reductions after each plus transition "
                                    "(default: the preset's).")),
    flagOption("fresh-restarts",
               QT_TRANSLATE_NOOP("cli",
                                 "At the path limit start a new descent from the start scheme "
                                 "(default: the preset's).")),
    integerOption("dead-level-path", "N", nullptr, 0, kNoMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "With fresh restarts: flip attempts at a new level whose "
                                    "scheme has no flip (no two terms share a factor) before the "
                                    "next descent; 0: the path limit (default: the preset's).")),
    textOption("lift", "FILE",
               QT_TRANSLATE_NOOP("cli",
                                 "With --field Z2: lift the result to Z (Hensel lifting, see "
                                 "'lift --help') and write it to FILE if that succeeds.")),
    textOption("checkpoint", "FILE",
               QT_TRANSLATE_NOOP("cli",
                                 "Save the whole search (walkers, pools, random states) to FILE "
                                 "every --checkpoint-every seconds and at the end, for --resume "
                                 "(under mpirun: one file per rank, FILE.rankN).")),
    {.name = "checkpoint-every",
     .type = ValueType::Real,
     .valueName = "SEC",
     .defaultValue = "60",
     .min = 0,
     .max = 1e9,
     .help = QT_TRANSLATE_NOOP("cli", "Seconds between checkpoints (default 60).")},
    textOption("resume", "FILE",
               QT_TRANSLATE_NOOP("cli",
                                 "Continue the search saved in FILE by --checkpoint (its size, "
                                 "field, seed, threads and settings; --time-limit, --max-flips "
                                 "and --target-rank may be given anew).")),
    integerOption("exchange-every", "N", "1048576", 1, kNoMax,
                  QT_TRANSLATE_NOOP("cli",
                                    "Flip attempts per walker between checkpoint points and, under "
                                    "mpirun, between exchanges of the ranks' best schemes "
                                    "(rounded up to a multiple of 65536).")),
    jsonOption(),
    quietOption(),
};

constexpr OptionSpec kAgentOptions[] = {
    requiredSizeOption(),
    valueOption("engine", ValueType::Choice, "ENGINE", "mcts",
                QT_TRANSLATE_NOOP("cli", "Search engine: mcts here."), 0, "mcts"),
    fieldOption(),
    coefficientsOption(
        QT_TRANSLATE_NOOP("cli", "Coefficient set: mod2, -1..1 or -2..2 (default: from --field)."),
        nullptr),
    targetRankOption(),
    timeLimitOption(),
    seedOption(),
    threadsOption(QT_TRANSLATE_NOOP("cli", "Games in parallel, one per thread.")),
    modelOption(QT_TRANSLATE_NOOP("cli",
                                  "Policy/value network (a model file), or 'uniform' for none "
                                  "(default: the model shipped for the size, if any).")),
    integerOption("simulations", "N", nullptr, 1, 1000000,
                  QT_TRANSLATE_NOOP("cli", "Tree-search simulations per move.")),
    integerOption("samples", "K", nullptr, 1, 1000000,
                  QT_TRANSLATE_NOOP("cli", "Moves sampled from the policy per node.")),
    integerOption("max-games", "N", "0", 0, kIntMax,
                  QT_TRANSLATE_NOOP("cli", "Games per thread (default: unlimited).")),
    // The agent's hand-made parts, each switchable for ablations (AgentConfig.h).
    flagOption("no-endgame", QT_TRANSLATE_NOOP("cli", "Do not solve tight endgames exactly.")),
    flagOption("no-completion",
               QT_TRANSLATE_NOOP("cli", "Do not complete the best w for the sampled (u, v).")),
    {.name = "uniform-share",
     .type = ValueType::Real,
     .valueName = "S",
     .min = 0,
     .max = 1,
     .help = QT_TRANSLATE_NOOP("cli",
                               "Share of candidates drawn uniformly beside the policy's "
                               "(default 0.25).")},
    flagOption("no-pruning",
               QT_TRANSLATE_NOOP("cli", "Do not prune states by the flattening-rank bound.")),
    integerOption("leaf-batch", "N", "1", 1, 64,
                  QT_TRANSLATE_NOOP("cli",
                                    "Leaves evaluated per network call, spread by virtual loss "
                                    "(default 1).")),
    integerOption("network-depth", "D", "0", 0, 1000,
                  QT_TRANSLATE_NOOP("cli",
                                    "Ask the network for candidates only at nodes fewer than D "
                                    "moves below the root of each move; deeper ones draw "
                                    "uniformly (default 0: everywhere).")),
    flagOption("no-random-basis",
               QT_TRANSLATE_NOOP("cli", "Play every game on the target itself (mod 2).")),
    flagOption("mixture-correction",
               QT_TRANSLATE_NOOP("cli",
                                 "Correct the priors for the mixture of policy and uniform "
                                 "draws (sampled MuZero's beta-hat / beta).")),
    flagOption("no-completion-value",
               QT_TRANSLATE_NOOP("cli",
                                 "Value leaves by the network and the lower bound, not by their "
                                 "completion rank.")),
    flagOption("spread",
               QT_TRANSLATE_NOOP("cli",
                                 "Order leaves of equal completion rank by the other modes' "
                                 "completions (games without a target).")),
    flagOption("no-restart",
               QT_TRANSLATE_NOOP("cli",
                                 "Start every game from the target, none from the best scheme "
                                 "found less a few of its terms (games without a target).")),
    flagOption("no-restart-focus",
               QT_TRANSLATE_NOOP("cli",
                                 "Leave out of a restart the first terms drawn, not terms whose "
                                 "sum the flattening-rank bound lets be made up in fewer moves.")),
    flagOption("no-plateau-walk",
               QT_TRANSLATE_NOOP("cli",
                                 "Restart from the best scheme itself, not from it moved by random "
                                 "flips of the flip graph.")),
    flagOption("below-naive",
               QT_TRANSLATE_NOOP("cli",
                                 "Let the first games (before any scheme is found) aim one below "
                                 "the naive rank, not at it (games without a target).")),
    flagOption("no-pairs",
               QT_TRANSLATE_NOOP("cli", "Do not offer moves made of pairs of completion terms.")),
    flagOption("no-drops",
               QT_TRANSLATE_NOOP("cli", "Do not offer moves that lower a flattening rank.")),
    flagOption("no-best-line",
               QT_TRANSLATE_NOOP("cli",
                                 "Count only the games as played, not the best scheme the tree "
                                 "completes to.")),
    flagOption("no-lazy-candidates",
               QT_TRANSLATE_NOOP("cli",
                                 "Give a leaf its candidate moves when it is valued, not when a "
                                 "simulation first passes through it.")),
    outOption(),
    textOption("trace", "FILE",
               QT_TRANSLATE_NOOP("cli",
                                 "Write the agent's game for the result to FILE (episode JSON, "
                                 "for replay).")),
    jsonOption(),
    quietOption(),
};

}  // namespace

std::optional<search::Symmetry> symmetryFor(const char* command, const Options& o,
                                            const TensorSize& size) {
    if (o.text("symmetry") != QLatin1String("cyclic")) return search::Symmetry::None;
    if (size.n != size.m || size.m != size.p) {
        printError(command, Cli::tr("--symmetry cyclic needs a square size n,n,n, not %1")
                                .arg(QString::fromStdString(size.toString())));
        return std::nullopt;
    }
    return search::Symmetry::Cyclic;
}

const CommandSpec kFlipSearchCommand{
    "search",
    QT_TRANSLATE_NOOP("cli",
                      "Search for schemes of low rank by random walks on the flip graph. Exit "
                      "status: 0 when the target rank was reached (without a target: when a "
                      "scheme was found), 1 when time ran out first, 2 for bad input."),
    {},
    kFlipOptions};

const CommandSpec kAgentSearchCommand{
    "search",
    QT_TRANSLATE_NOOP("cli",
                      "Let the AlphaTensor-style agent (tree search guided by a policy/value "
                      "network) play TensorGame. Exit status: 0 when the target rank was reached "
                      "(without a target: when a scheme was found), 1 when time ran out first, 2 "
                      "for bad input."),
    {},
    kAgentOptions};

}  // namespace tg::cli
