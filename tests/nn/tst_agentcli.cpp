// The agent's ablation switches and `bench agent` through the real binary: every switch is
// accepted by search --engine mcts, the grid runs every configuration x size x seed and ends
// with its JSON table whose medians are those of its runs (the mean of the two middle values of
// an even count), and bad grids are refused.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "support/CliRun.h"

using tg::testing::runCli;

namespace {

// The median proper: of an even count, the mean of the two middle values.
double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype half = values.size() / 2;
    return values.size() % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2;
}

// Every row's medians are those of its runs' lines ("CONFIG SIZE seed S: best rank R, goal after
// T s (G games, N simulations, ...)"), two seeds per row here: the mean of the two, not the upper
// one; times and simulations of the runs that reached the goal.
void checkMediansOfRuns(const QStringList& lines, const QJsonArray& rows) {
    static const QRegularExpression run(
        R"(^(\S+) (\S+) seed \d+: best rank (\d+), (?:goal after ([0-9.e+-]+) s|goal not )"
        R"(reached) \(\d+ games, (\d+) simulations)");
    QMap<QString, QList<double>> ranks, times, simulations;
    for (const QString& line : lines) {
        const auto m = run.match(line);
        if (!m.hasMatch()) continue;
        const QString key = m.captured(1) + " " + m.captured(2);
        ranks[key] << m.captured(3).toDouble();
        if (!m.captured(4).isEmpty()) {
            times[key] << m.captured(4).toDouble();
            simulations[key] << m.captured(5).toDouble();
        }
    }
    for (const auto& x : rows) {
        const auto row = x.toObject();
        const QString key = row.value("config").toString() + " " + row.value("size").toString();
        QCOMPARE(ranks.value(key).size(), 2);
        QCOMPARE(row.value("median_best_rank").toDouble(), median(ranks.value(key)));
        if (times.value(key).isEmpty()) {
            QVERIFY(row.value("median_seconds_to_goal").isNull());
            QVERIFY(row.value("median_simulations_to_goal").isNull());
            continue;
        }
        QCOMPARE(row.value("median_simulations_to_goal").toDouble(),
                 median(simulations.value(key)));
        // The run lines print 3 significant digits of the time.
        const double t = row.value("median_seconds_to_goal").toDouble();
        QVERIFY2(std::abs(t - median(times.value(key))) <= 0.005 * t + 1e-3, qPrintable(key));
    }
}

// Every run line says when its best rank was first found, within the run; a run that reached
// the goal (here always the minimal rank, so its best) found its best at the goal's time.
void checkTimesToBest(const QStringList& lines) {
    static const QRegularExpression run(
        R"(seed \d+: best rank \d+, (?:goal after ([0-9.e+-]+) s|goal not reached) \(\d+ games, )"
        R"(\d+ simulations, ([0-9.e+-]+) s; best rank first at ([0-9.e+-]+) s\)$)");
    int checked = 0;
    for (const QString& line : lines) {
        if (!line.contains(" seed ")) continue;
        const auto m = run.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY2(m.captured(3).toDouble() <= m.captured(2).toDouble(), qPrintable(line));
        if (!m.captured(1).isEmpty()) QCOMPARE(m.captured(3), m.captured(1));
        ++checked;
    }
    QCOMPARE(checked, 8);
}

// The table's median time says what the JSON's does, to its three significant digits (on these
// small sizes the goal comes within milliseconds, which a fixed decimal would print as 0.0), and
// its median simulations exactly.
void checkTableCells(const QStringList& lines, const QJsonArray& rows) {
    QMap<QString, QString> cells, simulationCells;
    for (const QString& line : lines) {
        const QStringList words = line.split(' ', Qt::SkipEmptyParts);
        if (words.size() >= 6 && !line.contains(" seed ") && !line.startsWith('{')) {
            cells[words[0] + " " + words[1]] = words[4];
            simulationCells[words[0] + " " + words[1]] = words[5];
        }
    }
    for (const auto& x : rows) {
        const auto row = x.toObject();
        const QString key = row.value("config").toString() + " " + row.value("size").toString();
        QVERIFY2(cells.contains(key), qPrintable(key));
        if (row.value("median_seconds_to_goal").isNull()) {
            QCOMPARE(cells.value(key), QString("-"));
            QCOMPARE(simulationCells.value(key), QString("-"));
            continue;
        }
        QCOMPARE(simulationCells.value(key).toDouble(),
                 row.value("median_simulations_to_goal").toDouble());
        const double t = row.value("median_seconds_to_goal").toDouble();
        bool ok = false;
        const double printed = cells.value(key).toDouble(&ok);
        QVERIFY2(ok && std::abs(printed - t) <= 0.005 * t, qPrintable(key + ": " + cells[key]));
    }
}

}  // namespace

class TestAgentCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void searchTakesEverySwitch() {
        const auto r = runCli({"search",
                               "--engine",
                               "mcts",
                               "--size",
                               "2,2,2",
                               "--max-games",
                               "1",
                               "--simulations",
                               "8",
                               "--threads",
                               "1",
                               "--no-endgame",
                               "--no-completion",
                               "--uniform-share",
                               "0.5",
                               "--no-pruning",
                               "--no-random-basis",
                               "--mixture-correction",
                               "--no-lazy-candidates",
                               "--no-restart-focus",
                               "--no-plateau-walk",
                               "--below-naive",
                               "--samples",
                               "12",
                               "--network-depth",
                               "2",
                               "--json",
                               "--quiet"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = QJsonDocument::fromJson(r.lines().last().toUtf8()).object();
        QVERIFY(j.value("valid").toBool());
        QCOMPARE(j.value("games").toInt(), 1);
        QCOMPARE(runCli({"search", "--engine", "mcts", "--size", "2,2,2", "--uniform-share", "2"})
                     .exitCode,
                 2);
    }

    void missingModelIsSaid() {
        // No model is shipped for <4,4,4>: the agent plays without a network and says so.
        const auto r = runCli({"search", "--engine", "mcts", "--size", "4,4,4", "--max-games", "1",
                               "--simulations", "1", "--threads", "1", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("no model is shipped for 4x4x4 mod2"), qPrintable(r.err));
        const auto j = QJsonDocument::fromJson(r.lines().last().toUtf8()).object();
        QCOMPARE(j.value("model").toString(), QString("uniform"));
        QVERIFY(j.value("notice").toString().contains("4x4x4"));
        // Asking for the uniform evaluator is not a missing model.
        const auto u = runCli({"search", "--engine", "mcts", "--size", "1,2,2", "--model",
                               "uniform", "--max-games", "1", "--threads", "1", "--json"});
        QVERIFY2(u.exitCode == 0, qPrintable(u.err));
        QVERIFY(!u.err.contains("no model"));
    }

    void benchAgentRunsTheGrid() {
        const auto r = runCli({"bench", "agent", "--sizes", "2x2x2,1x2x2", "--configs",
                               "default,uniform+no-endgame", "--seeds", "1-2", "--time-limit",
                               "0.5", "--threads", "1", "--simulations", "8"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto lines = r.lines();
        const auto j = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(j.value("benchmark").toString(), QString("agent"));
        QCOMPARE(j.value("threads").toInt(), 1);
        const QJsonArray rows = j.value("rows").toArray();
        QCOMPARE(rows.size(), 4);  // 2 configurations x 2 sizes
        QStringList cells;
        for (const auto& x : rows) {
            const auto row = x.toObject();
            cells << row.value("config").toString() + " " + row.value("size").toString();
            QCOMPARE(row.value("runs").toInt(), 2);
            QVERIFY(row.value("reached").toInt() <= 2);
            // Every run finishes some scheme (the slice completion of an unfinished game).
            QVERIFY(row.value("median_best_rank").toDouble() > 0);
            if (row.value("config").toString().startsWith("uniform"))
                QCOMPARE(row.value("model").toString(), QString("uniform"));
        }
        QCOMPARE(cells, (QStringList{"default 2x2x2", "default 1x2x2", "uniform+no-endgame 2x2x2",
                                     "uniform+no-endgame 1x2x2"}));
        // <1,2,2> has rank 4, its naive rank: a goal every run reaches.
        for (const auto& x : rows)
            if (x.toObject().value("size").toString() == "1x2x2")
                QCOMPARE(x.toObject().value("goal").toInt(), 4);
        checkMediansOfRuns(lines, rows);
        checkTableCells(lines, rows);
        checkTimesToBest(lines);
    }

    void benchAgentNamesTheNewParts() {
        const auto r =
            runCli({"bench", "agent", "--sizes", "1x2x2", "--configs",
                    "no-lazy+no-restart-focus+no-plateau-walk+below-naive+samples12+netdepth2",
                    "--seeds", "1", "--time-limit", "0.5", "--threads", "1", "--simulations", "8"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = QJsonDocument::fromJson(r.lines().last().toUtf8()).object();
        const QJsonArray rows = j.value("rows").toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(
            rows[0].toObject().value("config").toString(),
            QString("no-lazy+no-restart-focus+no-plateau-walk+below-naive+samples12+netdepth2"));
        QCOMPARE(rows[0].toObject().value("reached").toInt(), 1);
    }

    void benchAgentRefusesBadGrids() {
        QCOMPARE(runCli({"bench", "agent", "--configs", "default,no-such-part"}).exitCode, 2);
        // Restarts and lazy candidates are on by default: only their switches off have names.
        QCOMPARE(runCli({"bench", "agent", "--configs", "restart"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "agent", "--configs", "lazy"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "agent", "--seeds", "5-1"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "agent", "--configs", "samples0"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "agent", "--configs", "samples1001"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "agent", "--configs", "batch65"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "agent", "--configs", "netdepth0"}).exitCode, 2);
        QCOMPARE(runCli({"bench", "agent", "--sizes", "2x2"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAgentCli)
#include "tst_agentcli.moc"
