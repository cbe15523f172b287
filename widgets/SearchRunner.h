#pragma once
// The Search dock's face of a search engine (the flip search, the MCTS agent): one QObject per
// engine kind that makes the engine for a request, runs it through the EngineBridge, and turns
// its listener's callbacks into signals on the GUI thread.
//
// Contract for a subclass:
// - makeEngine() builds the engine (not started) with the subclass's listener, or says why not.
//   The time limit is the engine's own (a stopper of its run); stopping is the bridge's.
// - The listener calls reportProgress / reportImprovement / reportFinished from the engine's
//   threads; reportFinished exactly once per run, after the last of the others.
// - Its destructor calls shutdownEngine() before its listener goes away.
// Every improvement is saved by reportImprovement on the engine's thread (outside the engine's
// lock, see core/run/BackgroundRun.h) before the signal is even queued: a window closed (or a
// process killed) a moment later keeps it.

#include <QObject>
#include <QString>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>

#include "core/game/Episode.h"
#include "core/run/Job.h"
#include "core/search/AgentSwitches.h"
#include "core/search/SearchListener.h"
#include "core/search/SearchSnapshot.h"
#include "core/tensor/Scheme.h"
#include "widgets/EngineBridge.h"
#include "widgets/SearchResults.h"

namespace tg {

struct SearchRequest {
    TensorSize size{2, 2, 2};
    Field field = Field::Z2;
    int targetRank = 0;           // stop when reached; 0: keep improving until stopped
    std::optional<Scheme> start;  // the engine's default start (naive scheme, empty game) if none
    double timeLimitSeconds = 0;  // 0: none
    int threads = 1;
    std::uint64_t seed = 1;
    QString model;  // for engines that need one (MCTS); others ignore it
    // The agent's hand-made parts (MCTS only; uniformModel aside: the model says it).
    search::AgentSwitches agentParts;
    // The flip search walks only cyclic-invariant schemes (square sizes); others ignore it.
    search::Symmetry symmetry = search::Symmetry::None;
    // The flip search continues this checkpoint's walkers (its settings win over the fields
    // above, which should describe it: size, field, target, threads, seed, start).
    std::shared_ptr<const search::SearchSnapshot> resume;
};

struct SearchProgressInfo {
    int bestRank = 0;
    double elapsedSeconds = 0;
    long long work = 0;  // flips, simulations, ...: what rateUnit() counts
    double rate = 0;     // work per second
    QString detail;      // engine-specific, one line
};

struct SearchImprovement {
    Scheme scheme;  // verified in the request's field
    double seconds = 0;
    QString path;   // where it was saved; empty when saving failed
    QString error;  // why saving failed
    QString description;
};

struct SearchOutcome {
    enum class End { ReachedTarget, Stopped, TimeLimit, Exhausted, Failed };
    End end = End::Stopped;
    bool found = false;
    int bestRank = 0;
    double seconds = 0;
    QString path;   // the final best scheme's file (may be an improvement's)
    QString note;   // a sentence: what else was saved or left out (the path of a walk, ...)
    QString error;  // for End::Failed, or a failed save
};

class SearchRunner : public QObject {
    Q_OBJECT

  public:
    explicit SearchRunner(QObject* parent = nullptr);
    ~SearchRunner() override;

    // A short id used in file names ("flip"), and what work() counts ("flips/s").
    [[nodiscard]] virtual QString engineId() const = 0;
    [[nodiscard]] virtual QString rateUnit() const = 0;

    // Starts a run; false with the reason in *error when one is running or the request is
    // refused by the engine. Returns at once.
    bool start(const SearchRequest& request, QString* error = nullptr);
    // Asks the run to stop and returns at once; finished() follows.
    void stop();
    // From start() until finished() has been emitted.
    [[nodiscard]] bool isRunning() const { return bridge_.isRunning(); }
    [[nodiscard]] const SearchRequest& request() const { return request_; }

    [[nodiscard]] QString resultsFolder() const { return store_.folder(); }
    // Refused (false) while running.
    bool setResultsFolder(const QString& folder);

  Q_SIGNALS:
    void started();
    void progress(const tg::SearchProgressInfo& info);
    void improved(const tg::SearchImprovement& improvement);
    void finished(const tg::SearchOutcome& outcome);

  protected:
    // The engine for `request`, not started; nullptr with the reason in *error when refused.
    virtual std::unique_ptr<run::Job> makeEngine(const SearchRequest& request, QString* error) = 0;
    void shutdownEngine() { bridge_.shutdown(); }
    // For makeEngine: the previous (finished) engine goes, then `Engine(params, listener)` is
    // made; nullptr with the reason in *error when its constructor refuses the parameters.
    template <class Engine, class Params, class Listener>
    std::unique_ptr<run::Job> makeEngineOf(Params params, Listener* listener, QString* error) {
        shutdownEngine();  // the previous run, finished: its threads are joined at once
        try {
            return std::make_unique<Engine>(std::move(params), listener);
        } catch (const std::exception& e) {
            if (error) *error = QString::fromStdString(e.what());
            return nullptr;
        }
    }
    // How a core search ended, as the dock says it; what was found and its path are the
    // caller's to fill in.
    [[nodiscard]] static SearchOutcome outcomeOf(const search::SearchResult& result);

    // Callable from any thread (the engine's).
    void reportProgress(const SearchProgressInfo& info);
    // Saves `episode` (whose terms are the verified `scheme`) and queues improved(); returns
    // what was saved so that the engine can refer to it later.
    SearchImprovement reportImprovement(const Scheme& scheme, const Episode& episode,
                                        double seconds, const QString& description);
    // Saves an episode without announcing it (a final choice); path, or empty and *error.
    QString saveResult(const Episode& episode, int rank, QString* error);
    [[nodiscard]] const ResultStore& store() const { return store_; }
    void reportFinished(const SearchOutcome& outcome);

  private:
    ResultStore store_;
    SearchRequest request_;
    EngineBridge bridge_;
};

}  // namespace tg

Q_DECLARE_METATYPE(tg::SearchProgressInfo)
Q_DECLARE_METATYPE(tg::SearchImprovement)
Q_DECLARE_METATYPE(tg::SearchOutcome)
