#pragma once
// The agent's "Think" for the interactive panel: runs core's AgentThink (N simulations of the
// tree search on a game state, on its own thread) through the EngineBridge and hands the root's
// candidates back to the GUI thread as a signal. The GUI never waits for it: stop() only asks,
// and the bridge joins a think that is, by then, stopping.
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "core/search/AgentThink.h"
#include "widgets/EngineBridge.h"

namespace tg {

using ThinkRequest = search::ThinkRequest;
using ThinkResult = search::ThinkResult;

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
    [[nodiscard]] bool isBusy() const { return bridge_.isRunning(); }

  Q_SIGNALS:
    void progress(qint64 simulations, qint64 total);
    void finished(const tg::ThinkResult& result);

  private:
    class Listener;

    QString description_;
    search::EvaluatorSlot slot_;  // used by the think's thread only, while one runs
    std::unique_ptr<Listener> listener_;
    EngineBridge bridge_;  // last: joins the think before the slot and listener go
};

}  // namespace tg

Q_DECLARE_METATYPE(tg::ThinkResult)
