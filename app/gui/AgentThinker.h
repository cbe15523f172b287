#pragma once
// The agent's "Think" for the interactive panel: runs N simulations of the tree search on a
// game state in an owned background thread and hands the root's candidates back to the GUI
// thread as a queued signal. The GUI never waits for it: stop() only raises a flag (the search
// checks it between simulations) and the destructor joins a thread that is, by then, stopping.
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "core/search/Evaluator.h"
#include "core/search/IntResidual.h"
#include "core/search/Mcts.h"

namespace tg {

struct ThinkRequest {
    search::IntResidual residual;
    int step = 0;
    std::vector<search::Action> history;
    search::AgentGame game;
    search::MctsParams params;
    std::uint64_t seed = 1;
};

struct ThinkResult {
    std::vector<search::CandidateStats> candidates;       // most visited first
    std::optional<std::vector<search::Action>> solution;  // an exact finish, when one was found
    std::optional<search::Action> best;                   // what the agent would play
    long long simulations = 0;
    double seconds = 0;
    bool stopped = false;
    bool hopeless = false;  // cannot finish within the game's limit
    QString error;          // the evaluator failed (a model that cannot be used)
};

class AgentThinker : public QObject {
    Q_OBJECT

  public:
    using EvaluatorFactory = std::function<std::unique_ptr<search::Evaluator>()>;

    explicit AgentThinker(QObject* parent = nullptr);
    ~AgentThinker() override;

    // Takes effect at the next think(); ignored while busy (returns false).
    bool setEvaluatorFactory(EvaluatorFactory factory, const QString& description);
    [[nodiscard]] QString evaluatorDescription() const { return description_; }

    // False (and nothing starts) while a think is running.
    bool think(ThinkRequest request);
    void stop();
    [[nodiscard]] bool isBusy() const { return busy_.load(); }

  Q_SIGNALS:
    void progress(qint64 simulations, qint64 total);
    void finished(const tg::ThinkResult& result);

  private:
    void run(ThinkRequest request);

    EvaluatorFactory factory_;
    QString description_;
    std::unique_ptr<search::Evaluator> evaluator_;  // used by the worker only
    std::atomic<bool> busy_{false};
    std::atomic<bool> stop_{false};
    std::jthread worker_;  // last member: joined first on destruction
};

}  // namespace tg

Q_DECLARE_METATYPE(tg::ThinkResult)
