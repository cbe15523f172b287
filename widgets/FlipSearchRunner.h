#pragma once
// The flip-graph search (core/search/FlipSearch) as a SearchRunner: its listener callbacks,
// which run on the search's threads, save each improvement there and queue the signals.
//
// The walk's path (every flip, reduction and plus transition) is recorded for sizes up to
// 27 naive products (3x3x3), where a walk stays short; on larger sizes it would cost memory in
// proportion to millions of flips. A recorded path of the final scheme is saved beside its
// episode (ResultStore::saveBeside) when it has at most kMaxSavedPathSteps steps.

#include <memory>

#include "widgets/SearchRunner.h"

namespace tg {

class FlipSearchRunner final : public SearchRunner {
    Q_OBJECT

  public:
    static constexpr long long kMaxRecordedVolume = 27;  // n*m*p
    static constexpr int kMaxSavedPathSteps = 100000;

    explicit FlipSearchRunner(QObject* parent = nullptr);
    // Stops and joins the search (its walkers stop within a millisecond or so); what it found
    // is saved by then.
    ~FlipSearchRunner() override;

    [[nodiscard]] QString engineId() const override { return QStringLiteral("flip"); }
    [[nodiscard]] QString rateUnit() const override { return tr("flips/s"); }

  protected:
    std::unique_ptr<run::Job> makeEngine(const SearchRequest& request, QString* error) override;

  private:
    class Listener;
    friend class Listener;
    std::unique_ptr<Listener> listener_;
};

}  // namespace tg
