#include "CompareFacts.h"

#include <QCoreApplication>
#include <exception>
#include <memory>

#include "core/io/SchemeSource.h"
#include "core/run/Task.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Rational.h"
#include "core/tensor/Stability.h"
#include "widgets/EngineBridge.h"

namespace tg {

SchemeFacts factsOf(const Scheme& s, const std::atomic<bool>* stop) {
    SchemeFacts facts;
    facts.size = s.size;
    facts.rank = s.rank();
    facts.field = s.field;
    facts.stability = stabilityFactor(s);
    try {
        facts.additions = additionsWithSharingWithin(s, kBackgroundSharingBudget, stop);
    } catch (const ArithmeticOverflow&) {
        facts.additions = std::nullopt;  // ratios past 64 bits: no count, the rest stands
    }
    return facts;
}

SchemeFacts loadFacts(const QString& spec, const std::atomic<bool>* stop) {
    try {
        const std::vector<LoadedScheme> loaded = loadSchemes(spec.toStdString());
        if (!loaded.empty()) return factsOf(loaded.front().scheme, stop);
    } catch (const std::exception& e) {
        SchemeFacts failed;
        failed.error = QString::fromStdString(e.what());
        return failed;
    }
    SchemeFacts empty;
    empty.error =
        QCoreApplication::translate("tg::SchemeFactsCache", "%1 holds no scheme").arg(spec);
    return empty;
}

QString stabilityText(double stability) {
    return QString::number(stability, 'g', 6);
}

QString ringText(Field field) {
    switch (field) {
        case Field::Z:
            return QCoreApplication::translate("tg::SchemeFactsCache", "Z");
        case Field::Q:
            return QCoreApplication::translate("tg::SchemeFactsCache", "Q");
        case Field::Z2:
            return QCoreApplication::translate("tg::SchemeFactsCache", "mod 2");
    }
    return {};
}

SchemeFactsCache::SchemeFactsCache(QObject* parent)
    : QObject(parent), bridge_(new EngineBridge(this)) {}

SchemeFactsCache::~SchemeFactsCache() {
    bridge_->shutdown();
}

const SchemeFacts* SchemeFactsCache::find(const QString& spec) const {
    const auto it = known_.find(spec);
    return it == known_.end() ? nullptr : &it->second;
}

void SchemeFactsCache::request(const QStringList& specs) {
    for (const QString& spec : specs)
        if (!spec.isEmpty() && !known_.count(spec) && !queued_.contains(spec)) queued_ << spec;
    if (!bridge_->isRunning()) startNext();
}

bool SchemeFactsCache::isBusy() const {
    return bridge_->isRunning() || !queued_.isEmpty();
}

// One task takes everything queued so far; what is asked for meanwhile waits for the next.
void SchemeFactsCache::startNext() {
    if (queued_.isEmpty()) return;
    const QStringList batch = queued_;
    auto work = [this, batch](const std::atomic<bool>& stop) {
        int done = 0;
        for (const QString& spec : batch) {
            if (stop) break;
            SchemeFacts facts = loadFacts(spec, &stop);
            bridge_->post([this, spec, facts = std::move(facts)] {
                known_[spec] = facts;
                queued_.removeOne(spec);
                Q_EMIT factsReady(spec);
            });
            ++done;
        }
        return done;
    };
    auto done = [this](std::optional<int>, const std::string&, run::EndReason) {
        bridge_->postLast([this] { startNext(); });
    };
    bridge_->start(std::make_unique<run::Task<int>>(work, done));
}

}  // namespace tg
