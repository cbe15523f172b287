#pragma once
// The AlphaTensor-style agent (core/search/AgentSearch: games of tree search guided by a
// policy/value network) as a SearchRunner. Each improvement is the agent's game, saved as an
// episode of its moves (with their statistics), so replaying it shows how the agent played.
// The agent plays from the target tensor; a start scheme in the request is not used.
#include <functional>
#include <memory>

#include "core/game/CoefficientSet.h"
#include "core/search/Evaluator.h"
#include "widgets/SearchRunner.h"

namespace tg {

class AgentSearchRunner final : public SearchRunner {
    Q_OBJECT

  public:
    using EvaluatorFactory = std::function<std::unique_ptr<search::Evaluator>()>;
    // Turns the request's model (a file, empty for the default of the game, "uniform") into a
    // factory; returns an empty function with the reason in *error when it cannot.
    using EvaluatorResolver = std::function<EvaluatorFactory(
        const QString& model, const TensorSize& size, CoefficientSet set, QString* error)>;

    explicit AgentSearchRunner(EvaluatorResolver resolver, QObject* parent = nullptr);
    ~AgentSearchRunner() override;

    [[nodiscard]] QString engineId() const override { return QStringLiteral("mcts"); }
    [[nodiscard]] QString rateUnit() const override { return tr("simulations/s"); }

  protected:
    std::unique_ptr<run::Job> makeEngine(const SearchRequest& request, QString* error) override;

  private:
    class Listener;
    friend class Listener;
    EvaluatorResolver resolver_;
    std::unique_ptr<Listener> listener_;
};

}  // namespace tg
