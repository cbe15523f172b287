#pragma once
// What the Library's number columns and the Compare Schemes table say of a scheme: its size,
// rank, ring, stability factor (core/tensor/Stability.h) and additions with shared
// subexpressions (the count the Formulas dock shows). Reading a published scheme and counting
// its additions takes from a millisecond to seconds (AlphaTensor's <11,11,11>), so the facts
// are computed in the background when first asked for and remembered by spec: opening the
// Library decodes nothing.
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <map>
#include <optional>

#include "core/tensor/Field.h"
#include "core/tensor/Scheme.h"
#include "core/tensor/TensorSize.h"

namespace tg {

class EngineBridge;

struct SchemeFacts {
    TensorSize size;
    int rank = 0;
    Field field = Field::Z;
    double stability = 0;
    std::optional<int> additions;  // nullopt: past the counting budget (or stopped)
    QString error;                 // the scheme could not be read: why (the rest is unset)
};

// A scheme the Compare Schemes dialog lists, as the Library names it.
struct CompareEntry {
    QString spec;
    QString name;     // "Strassen (1969)", "2x2x2, rank 7 over Z"
    QString source;   // the Library folder it comes from: "Built-in", "AlphaTensor (2022)"
    QString toolTip;  // the Library's tooltip: full name, citation, stability
};

// The facts of `s`; `stop` (a run's flag) ends the count of additions early.
[[nodiscard]] SchemeFacts factsOf(const Scheme& s, const std::atomic<bool>* stop = nullptr);
// The facts of the first scheme `spec` names (SchemeSource.h); a load failure goes in .error.
[[nodiscard]] SchemeFacts loadFacts(const QString& spec, const std::atomic<bool>* stop = nullptr);

// "12", "18", "40.5": as `info` and the Formulas dock write the factor.
[[nodiscard]] QString stabilityText(double stability);
// "Z", "Q", "mod 2".
[[nodiscard]] QString ringText(Field field);

// Facts by spec, computed in the background in the order asked for (core/run through an
// EngineBridge), each announced by factsReady when it is known.
class SchemeFactsCache : public QObject {
    Q_OBJECT

  public:
    explicit SchemeFactsCache(QObject* parent = nullptr);
    ~SchemeFactsCache() override;  // stops the computation and joins it

    // nullptr until known.
    [[nodiscard]] const SchemeFacts* find(const QString& spec) const;
    // Queues the specs that are neither known nor queued.
    void request(const QStringList& specs);
    [[nodiscard]] bool isBusy() const;

  Q_SIGNALS:
    void factsReady(const QString& spec);

  private:
    void startNext();

    std::map<QString, SchemeFacts> known_;
    QStringList queued_;
    EngineBridge* bridge_;
};

}  // namespace tg
