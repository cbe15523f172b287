// The commands' option tables through the real tensorgame-cli binary: a bad or out-of-range value
// is refused (exit status 2) with a message that names that option and what it takes, --help
// still lists every option with its help text, and search and bench reach the right handler.
#include <QRegularExpression>
#include <QtTest>

#include "support/CliRun.h"

namespace {

using Run = tg::testing::CliRun;

Run cli(const QStringList& args) {
    return tg::testing::runCli(args, 60000);
}

// The options every command's --help must list (besides -h/--help), each with a help text.
const QStringList kFlipSearchOptions = {"size",        "engine",         "field",
                                        "target-rank", "time-limit",     "seed",
                                        "threads",     "from",           "out",
                                        "trace",       "path",           "max-flips",
                                        "plateau",     "plus-headroom",  "path-limit",
                                        "pool",        "plus-quiet",     "fresh-restarts",
                                        "lift",        "checkpoint",     "checkpoint-every",
                                        "resume",      "exchange-every", "json",
                                        "quiet",       "symmetry",       "dead-level-path"};
const QStringList kAgentSearchOptions = {"size",        "engine",      "field",   "coefficients",
                                         "target-rank", "time-limit",  "seed",    "threads",
                                         "model",       "simulations", "samples", "max-games",
                                         "out",         "trace",       "json",    "quiet"};
// The agent's switches (AgentConfig.h), also options of search --engine mcts.
const QStringList kAgentSwitchOptions = {
    "no-endgame",      "no-completion",      "uniform-share",    "no-pruning",
    "no-random-basis", "mixture-correction", "leaf-batch",       "no-completion-value",
    "no-pairs",        "no-best-line",       "spread",           "no-restart",
    "no-drops",        "no-lazy-candidates", "no-restart-focus", "no-plateau-walk",
    "below-naive",     "network-depth"};

// Whether `help` has a line for --NAME followed by a help text (Qt puts it two spaces or more
// after the option's column).
bool listsWithHelp(const QString& help, const QString& name) {
    const QRegularExpression line(
        "^\\s+(-\\w, )?--" + QRegularExpression::escape(name) + "( <[^>]+>)?\\s{2,}\\S",
        QRegularExpression::MultilineOption);
    return line.match(help).hasMatch();
}

}  // namespace

class TestCliOptions : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void badValueNamesTheOption_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("search --threads")
            << QStringList{"search", "--size", "2,2,2", "--threads", "abc"}
            << "search: --threads must be an integer from 1 to 256, not 'abc'";
        QTest::newRow("search --time-limit")
            << QStringList{"search", "--size", "2,2,2", "--time-limit", "soon"}
            << "search: --time-limit must be a non-negative number, not 'soon'";
        QTest::newRow("search --seed") << QStringList{"search", "--size", "2,2,2", "--seed", "-1"}
                                       << "search: --seed must be a non-negative integer, not '-1'";
        QTest::newRow("search --size") << QStringList{"search", "--size", "2x2"}
                                       << "search: --size must be n,m,p with each size from 1 to";
        QTest::newRow("search --engine")
            << QStringList{"search", "--size", "2,2,2", "--engine", "genetic"}
            << "search: --engine must be flip or mcts, not 'genetic'";
        QTest::newRow("search --engine mcts --max-games")
            << QStringList{"search", "--engine", "mcts", "--size", "2,2,2", "--max-games", "x"}
            << "search: --max-games must be a non-negative integer, not 'x'";
        QTest::newRow("lift --gauges") << QStringList{"lift", "--gauges", "many", "builtin:naive"}
                                       << "lift: --gauges must be an integer from 1 to 1000";
        QTest::newRow("bench verify --repeat")
            << QStringList{"bench", "verify", "--repeat", "x", "builtin:strassen"}
            << "bench verify: --repeat must be an integer from 1 to 1000, not 'x'";
        QTest::newRow("bench flips --field") << QStringList{"bench", "flips", "--field", "Q"}
                                             << "bench flips: --field must be Z2 or Z, not 'Q'";
        QTest::newRow("bench search --seeds")
            << QStringList{"bench", "search", "--seeds", "1,two"}
            << "bench search: --seeds must be non-negative integers separated by commas";
        QTest::newRow("bench mcts --seconds") << QStringList{"bench", "mcts", "--seconds", "inf"}
                                              << "bench mcts: --seconds must be a number";
        QTest::newRow("verify --field") << QStringList{"verify", "--field", "R", "builtin:strassen"}
                                        << "verify: --field must be Z, Q or Z2, not 'R'";
        QTest::newRow("convert --format")
            << QStringList{"convert", "--format", "docx", "builtin:strassen", "/tmp/x.docx"}
            << "convert: --format must be one of project, ";
#ifdef TG_TEST_WITH_NN
        QTest::newRow("train --batch")
            << QStringList{"train",   "--size", "2,2,2", "--out", "/nonexistent/m.tgm",
                           "--batch", "big"}
            << "train: --batch must be an integer from 1 to 65536, not 'big'";
        QTest::newRow("train --coefficients")
            << QStringList{"train",          "--size", "2,2,2", "--out", "/nonexistent/m.tgm",
                           "--coefficients", "any"}
            << "train: --coefficients must be mod2, -1..1 or -2..2, not 'any'";
        QTest::newRow("bench nn --threads") << QStringList{"bench", "nn", "--threads", "two"}
                                            << "bench nn: --threads must be an integer from 1";
#endif
    }
    void badValueNamesTheOption() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("tensorgame-cli: " + message), qPrintable(r.err));
        // One message, for that option alone (not one for a list of options).
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QCOMPARE(r.err.count("--"), 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void outOfRangeNamesTheRange_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("search --threads 0")
            << QStringList{"search", "--size", "2,2,2", "--threads", "0"}
            << "search: --threads must be an integer from 1 to 256, not '0'";
        QTest::newRow("search --threads 257")
            << QStringList{"search", "--size", "2,2,2", "--threads", "257"}
            << "search: --threads must be an integer from 1 to 256, not '257'";
        QTest::newRow("search --plus-headroom")
            << QStringList{"search", "--size", "2,2,2", "--plus-headroom", "65"}
            << "search: --plus-headroom must be an integer from 1 to 64, not '65'";
        QTest::newRow("search --pool")
            << QStringList{"search", "--size", "2,2,2", "--pool", "100001"}
            << "search: --pool must be an integer from 0 to 100000";
        QTest::newRow("search --size 17")
            << QStringList{"search", "--size", "17,2,2"}
            << "search: --size must be n,m,p with each size from 1 to 16, not '17,2,2'";
        QTest::newRow("search --engine mcts --simulations")
            << QStringList{"search", "--engine", "mcts", "--size", "2,2,2", "--simulations", "0"}
            << "search: --simulations must be an integer from 1 to 1000000, not '0'";
        QTest::newRow("lift --bits") << QStringList{"lift", "--bits", "99", "builtin:naive"}
                                     << "lift: --bits must be an integer from 2 to 60, not '99'";
        QTest::newRow("bench flips --seconds 0")
            << QStringList{"bench", "flips", "--seconds", "0"}
            << "bench flips: --seconds must be a number greater than 0 and at most 3600, not '0'";
        QTest::newRow("bench verify --repeat")
            << QStringList{"bench", "verify", "--repeat", "1001", "builtin:strassen"}
            << "bench verify: --repeat must be an integer from 1 to 1000, not '1001'";
        QTest::newRow("bench search --time-limit")
            << QStringList{"bench", "search", "--time-limit", "0"}
            << "bench search: --time-limit must be a positive number, not '0'";
#ifdef TG_TEST_WITH_NN
        QTest::newRow("train --threads")
            << QStringList{"train",     "--size", "2,2,2", "--out", "/nonexistent/m.tgm",
                           "--threads", "999"}
            << "train: --threads must be an integer from 1 to 256, not '999'";
        QTest::newRow("bench nn --samples") << QStringList{"bench", "nn", "--samples", "4097"}
                                            << "bench nn: --samples must be an integer from 0 to "
                                               "4096, not '4097'";
#endif
    }
    void outOfRangeNamesTheRange() {
        badValueNamesTheOption();
    }

    void requiredOptionsAreNamed() {
        Run r = cli({"search", "--engine", "mcts", "--time-limit", "1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("search: --size n,m,p is required"), qPrintable(r.err));
#ifdef TG_TEST_WITH_NN
        r = cli({"train", "--size", "2,2,2", "--steps", "1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("train: --out MODEL is required"), qPrintable(r.err));
#endif
    }

    void helpListsEveryOptionWithItsText_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("search") << QStringList{"search", "--help"} << kFlipSearchOptions;
        QTest::newRow("search --engine mcts") << QStringList{"search", "--engine", "mcts", "--help"}
                                              << kAgentSearchOptions + kAgentSwitchOptions;
        QTest::newRow("list") << QStringList{"list", "--help"} << QStringList{"json", "published"};
        QTest::newRow("verify") << QStringList{"verify", "--help"}
                                << QStringList{"field", "json", "no-work-limit"};
        QTest::newRow("replay") << QStringList{"replay", "--help"} << QStringList{"json"};
        QTest::newRow("convert") << QStringList{"convert", "--help"} << QStringList{"format"};
        QTest::newRow("lift") << QStringList{"lift", "--help"}
                              << QStringList{"out", "bits", "gauges", "seed", "json"};
        QTest::newRow("bench verify")
            << QStringList{"bench", "verify", "--help"} << QStringList{"repeat", "json"};
        QTest::newRow("bench flips") << QStringList{"bench", "flips", "--help"}
                                     << QStringList{"size", "field", "seconds", "json"};
        QTest::newRow("bench search")
            << QStringList{"bench", "search", "--help"}
            << QStringList{"size",       "field", "target-rank", "seeds",   "threads",
                           "time-limit", "from",  "json",        "symmetry"};
        QTest::newRow("bench mcts") << QStringList{"bench", "mcts", "--help"}
                                    << QStringList{"size", "field", "model", "seconds", "json"};
        QTest::newRow("bench agent")
            << QStringList{"bench", "agent", "--help"}
            << QStringList{"sizes",  "configs", "seeds", "time-limit", "threads",
                           "target", "field",   "model", "simulations"};
#ifdef TG_TEST_WITH_NN
        QTest::newRow("bench nn") << QStringList{"bench", "nn", "--help"}
                                  << QStringList{"size",  "coefficients", "samples", "threads",
                                                 "model", "seconds",      "json"};
        QTest::newRow("train") << QStringList{"train", "--help"}
                               << QStringList{"size",
                                              "coefficients",
                                              "time-limit",
                                              "steps",
                                              "seed",
                                              "threads",
                                              "batch",
                                              "checkpoint-every",
                                              "out",
                                              "resume",
                                              "json",
                                              "quiet",
                                              "self-play-every",
                                              "self-play-games",
                                              "self-play-target",
                                              "lesson-rank",
                                              "run-games",
                                              "run-threads",
                                              "no-random-basis",
                                              "generations",
                                              "generation-steps",
                                              "eval-games",
                                              "simulations",
                                              "buffer-share",
                                              "buffer-size",
                                              "curve",
                                              "init",
                                              "lessons"};
#endif
    }
    void helpListsEveryOptionWithItsText() {
        QFETCH(QStringList, args);
        QFETCH(QStringList, options);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(listsWithHelp(r.out, "help"), qPrintable(r.out));
        for (const QString& option : options)
            QVERIFY2(listsWithHelp(r.out, option), qPrintable(option + " in\n" + r.out));
        // Nothing more than the table: every option line is one of these.
        const QRegularExpression optionLine("^\\s+(-\\w, )?--([\\w-]+)",
                                            QRegularExpression::MultilineOption);
        for (auto it = optionLine.globalMatch(r.out); it.hasNext();) {
            const QString name = it.next().captured(2);
            QVERIFY2(name == "help" || options.contains(name), qPrintable(name));
        }
    }

    // search --engine picks the engine from the parsed option (either spelling), flip by default.
    void searchRoutesOnTheEngine() {
        for (const QStringList& agent : {QStringList{"--engine", "mcts"}, {"--engine=mcts"}}) {
            const Run r = cli(QStringList{"search", "--size", "2,2,2", "--model", "uniform",
                                          "--max-games", "1", "--json", "--quiet"} +
                              agent);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.lastJson().contains("simulations"), qPrintable(r.out));
            QCOMPARE(r.lastJson()["model"].toString(), QString("uniform"));
        }
        for (const QStringList& flip : {QStringList{}, {"--engine", "flip"}}) {
            const Run r = cli(QStringList{"search", "--size", "2,2,2", "--target-rank", "7",
                                          "--json", "--quiet"} +
                              flip);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.lastJson().contains("walker_steps"), qPrintable(r.out));
            QVERIFY(!r.lastJson().contains("simulations"));
        }
        // The engine's own table: the agent's options are unknown to the flip search.
        Run r = cli({"search", "--size", "2,2,2", "--model", "uniform"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Unknown option 'model'"), qPrintable(r.err));
        // --help is the engine's.
        r = cli({"search", "--engine", "mcts", "--help"});
        QVERIFY(r.out.contains("--simulations") && !r.out.contains("--plateau"));
        r = cli({"search", "--help"});
        QVERIFY(r.out.contains("--plateau") && !r.out.contains("--simulations"));
        // The engine comes from the parsed options, not from a scan of the words: here
        // "--engine" is the value of --trace (a file name), so the engine is the default.
        r = cli({"search", "--trace", "--engine", "mcts", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("--plateau"), qPrintable(r.out));
    }

    void benchRoutesOnItsName() {
        Run r = cli({"bench", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* what : {"verify", "flips", "search", "mcts"})
            QVERIFY2(r.out.contains(QRegularExpression(QString("^  %1 ").arg(what),
                                                       QRegularExpression::MultilineOption)),
                     qPrintable(r.out));
        r = cli({"bench", "flips", "--help"});
        QVERIFY(r.out.contains("--seconds") && !r.out.contains("--repeat"));
        r = cli({"bench", "frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bench: say what to measure: verify, flips, search, mcts"),
                 qPrintable(r.err));
        QCOMPARE(cli({"bench"}).exitCode, 2);
    }
};

QTEST_APPLESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
